// Takes a news page apart: the main text through Readability (on linkedom's DOM, no browser), one
// paragraph per line, boilerplate lines dropped; title, date, URL and outlet from the page's metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../types/index.js';
import { dropBoilerplate } from './boilerplate.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function isoDate(s: string | null | undefined): string | null {
  const m = s ? /(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1]! : null;
}

function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = blocks.length ? blocks.map((el) => el.textContent ?? '') : [document.body.textContent ?? ''];
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

/** The article of an HTML page, or null when the page has no readable text. Never throws on broken markup. */
export function htmlArticle(html: string): ArticleInput | null {
  try {
    return readPage(html);
  } catch {
    // linkedom and Readability trip on some broken pages ("", "<html><ody><p>…"): keep the block text alone
    let text: string;
    try {
      text = dropBoilerplate(blockText(html));
    } catch {
      return null;
    }
    return text ? { title: null, date: null, url: null, source: null, text } : null;
  }
}

function readPage(html: string): ArticleInput | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const ogTitle = meta(doc, 'og:title', 'twitter:title');
  const date = isoDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date'))
    ?? isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url');
  const source = meta(doc, 'og:site_name');
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const text = dropBoilerplate(parsed?.content ? blockText(parsed.content) : blockText(doc.body?.innerHTML ?? ''));
  if (!text) return null;
  const title = ogTitle || parsed?.title?.trim() || doc.querySelector('title')?.textContent?.trim() || null;
  return { title, date, url: url || null, source: source ?? parsed?.siteName ?? null, text };
}
