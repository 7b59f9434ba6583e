// The articles `diplograph ingest --queue` enqueues: files and folders, "-" for standard input (JSON,
// JSONL or plain text, told apart by its first character), and http(s) URLs fetched once here with the
// watcher's limits and read like a saved page. Never throws: every input that gives nothing is a problem.
import { listInputFiles, readInputFile, readerFor, htmlArticle, validateArticleObject } from '../../ingest/index.js';
import { WATCH_DEFAULTS, decodeBody, fetchLimited } from '../../watch/index.js';
import type { ArticleInput } from '../../types/index.js';

/** Where the text of standard input comes from (read once, by the caller's choice; a test passes a string). */
export type ReadStdin = () => Promise<string>;

/** Reads all of standard input as UTF-8. */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const URL_ARG = /^https?:\/\//i;

/** The articles of the inputs, in the order given, and one line per input that failed. */
export async function readQueueInputs(inputs: string[], options: { date: string | null; stdin?: ReadStdin; fetch?: typeof fetch }): Promise<{ articles: ArticleInput[]; problems: string[] }> {
  const articles: ArticleInput[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const text = (await (options.stdin ?? readAllStdin)()).replace(/^\uFEFF/, '');
      if (!text.trim()) { problems.push('stdin: no text'); continue; }
      // "[…]": a JSON list; "{…}" lines: JSONL (or one object over several lines); anything else: one text.
      // An article keeps its own id if it has one; none is made from the name "stdin".
      const first = text.trimStart()[0];
      const lines = text.split(/\r?\n/).filter((l) => l.trim());
      const objects: [string, string][] = first === '[' ? [['stdin', text]] : first === '{' && lines.every((l) => l.trimStart().startsWith('{') && l.trimEnd().endsWith('}')) ? lines.map((l, i) => [`stdin line ${i + 1}`, l]) : first === '{' ? [['stdin', text]] : [];
      if (!objects.length) {
        articles.push(...readerFor('stdin.txt')!.read('stdin.txt', text, { date: options.date }).articles.map((a) => ({ ...a, id: null })));
        continue;
      }
      for (const [where, json] of objects) {
        try {
          const parsed: unknown = JSON.parse(json);
          for (const x of Array.isArray(parsed) ? parsed : [parsed]) {
            const a = validateArticleObject(x);
            articles.push({ ...a, date: a.date ?? options.date });
          }
        } catch (err) {
          problems.push(`${where}: ${(err as Error).message}`);
        }
      }
    } else if (URL_ARG.test(input)) {
      try {
        const page = await fetchLimited(input, { timeoutMs: WATCH_DEFAULTS.timeoutMs, maxBytes: WATCH_DEFAULTS.maxPageBytes, maxRedirects: 5, userAgent: WATCH_DEFAULTS.userAgent, fetch: options.fetch });
        if (page.status < 200 || page.status >= 300) { problems.push(`${input}: HTTP ${page.status}`); continue; }
        const article = htmlArticle(decodeBody(page.bytes, page.headers.get('content-type')));
        if (!article) { problems.push(`${input}: no readable text on the page`); continue; }
        articles.push({ ...article, url: page.url, date: article.date ?? options.date });
      } catch (err) {
        problems.push(`${input}: ${(err as Error).message}`);
      }
    } else {
      const { files, missing } = listInputFiles([input]);
      problems.push(...missing.map((m) => `${m}: no such file or folder`));
      for (const f of files) {
        const r = readInputFile(f, { date: options.date });
        problems.push(...r.problems.map((p) => `${f}: ${p}`));
        articles.push(...r.articles);
      }
    }
  }
  return { articles, problems };
}
