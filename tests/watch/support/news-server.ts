// A local news site for the watch tests: an HTTP server on 127.0.0.1 (port 0) whose pages are made
// from the shipped Wikinews articles (data/articles, © Wikinews contributors, CC BY 2.5) and whose
// feeds, robots.txt and faults (slow answers, 429, redirects) each test sets up. Closed by its handle.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A shipped Wikinews article. */
export interface Wikinews { id: string; title: string; date: string; url: string; text: string }

const DATA = path.resolve(import.meta.dirname, '../../../data/articles');

/** The shipped single-article Wikinews files, sorted by name. */
export function wikinewsArticles(): Wikinews[] {
  return fs.readdirSync(DATA).filter((f) => /^wikinews-\d{4}-\d{2}-\d{2}-.*\.json$/.test(f)).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as Wikinews);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page for `a`: furniture around the article, its date in metadata unless `date: false`. */
export function articlePage(a: Wikinews, o: { date?: boolean; canonical?: string | null; charset?: string } = {}): string {
  const paras = a.text.split(/\n\n+/).slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html><head>${o.charset ? `<meta charset="${o.charset}">` : '<meta charset="utf-8">'}<title>${esc(a.title)} - Wikinews</title>
${o.date === false ? '' : `<meta property="article:published_time" content="${a.date}T12:00:00Z">`}
${o.canonical === null ? '' : `<link rel="canonical" href="${esc(o.canonical ?? a.url)}">`}
<meta property="og:site_name" content="Wikinews"></head>
<body><nav><a href="/">Main page</a> <a href="/world">World</a></nav>
<article><h1>${esc(a.title)}</h1>${paras}</article><footer>Text CC BY 2.5</footer></body></html>`;
}

/** An RSS 2.0 feed of `items`. */
export function rss(items: Array<{ link: string; title?: string; date?: string | null }>): string {
  const rows = items.map((i) => `<item><title>${esc(i.title ?? i.link)}</title><link>${esc(i.link)}</link><guid>${esc(i.link)}</guid>${
    i.date ? `<pubDate>${new Date(`${i.date}T12:00:00Z`).toUTCString()}</pubDate>` : ''}</item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local news</title><link>/</link>${rows}</channel></rss>`;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** The running site. */
export interface NewsServer {
  url: string;
  /** Serves `handler` at `pathname` (replacing any earlier one). */
  route(pathname: string, handler: Handler): void;
  /** Serves a fixed answer at `pathname`, with an ETag and 304s for If-None-Match. */
  page(pathname: string, body: string | Buffer, type?: string, headers?: Record<string, string>): void;
  /** Every request's path, in order, with its request headers. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  /** Requests to one path. */
  hits(pathname: string): number;
  close(): Promise<void>;
}

/** Starts the site on 127.0.0.1 at a free port. */
export async function startNewsServer(): Promise<NewsServer> {
  const routes = new Map<string, Handler>();
  const requests: NewsServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path: p, headers: req.headers });
    const h = routes.get(p);
    if (h) return h(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const site: NewsServer = {
    url, requests,
    route: (p, h) => void routes.set(p, h),
    page(p, body, type = 'text/html; charset=utf-8', headers = {}) {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      routes.set(p, (req, res) => {
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
        res.writeHead(200, { 'content-type': type, etag, ...headers }).end(body);
      });
    },
    hits: (p) => requests.filter((r) => r.path === p).length,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  return site;
}
