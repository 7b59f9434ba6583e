// Input formats as a registry of readers, one per kind of file: .txt, .json, .jsonl, .html/.htm.
// A reader turns a file's text into articles and throws a one-line message when the file is malformed.
import type { ArticleInput } from '../types/index.js';
import { idFromFileName } from './article-id.js';
import { htmlArticle } from './html-article.js';

/** Options every reader gets. */
export interface ReadOptions {
  /** Publication date for .txt files (YYYY-MM-DD). */
  date?: string | null;
}

/** What a reader found: the articles, and the problems of parts it skipped (a bad JSONL line). */
export interface ReadResult {
  articles: ArticleInput[];
  problems: string[];
}

/** One input format. */
export interface InputReader {
  name: string;
  /** Lower-case extensions with the dot. */
  extensions: readonly string[];
  /** The articles in `text` (the contents of `file`). Throws when the whole file is unusable. */
  read(file: string, text: string, options: ReadOptions): ReadResult;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one article object from JSON; returns it typed or throws saying what is wrong. */
export function validateArticleObject(x: unknown): ArticleInput {
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw new Error('expected a JSON object with a "text" field');
  const o = x as Record<string, unknown>;
  if (typeof o.text !== 'string' || !o.text.trim()) throw new Error('"text" must be a non-empty string');
  for (const k of ['id', 'title', 'date', 'url', 'source'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new Error(`"${k}" must be a string or null`);
  }
  if (typeof o.date === 'string' && o.date && !DATE.test(o.date)) throw new Error(`"date" must be YYYY-MM-DD, got "${o.date}"`);
  const s = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : null);
  return { id: s('id'), title: s('title'), date: s('date'), url: s('url'), source: s('source'), text: o.text };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`invalid JSON (${(err as Error).message})`);
  }
}

const txt: InputReader = {
  name: 'text', extensions: ['.txt'],
  read(file, text, { date }) {
    if (!text.trim()) throw new Error('the file is empty');
    return { articles: [{ id: idFromFileName(file), title: null, date: date ?? null, text }], problems: [] };
  },
};

const json: InputReader = {
  name: 'json', extensions: ['.json'],
  read(file, text) {
    const a = validateArticleObject(parseJson(text));
    return { articles: [{ ...a, id: a.id ?? idFromFileName(file) }], problems: [] };
  },
};

const jsonl: InputReader = {
  name: 'jsonl', extensions: ['.jsonl', '.ndjson'],
  read(file, text) {
    const out: ArticleInput[] = [];
    const problems: string[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const a = validateArticleObject(parseJson(line));
        out.push({ ...a, id: a.id ?? `${idFromFileName(file)}-${i + 1}` });
      } catch (err) {
        problems.push(`line ${i + 1}: ${(err as Error).message}`);
      }
    });
    if (!out.length) throw new Error(problems[0] ?? 'the file has no articles');
    return { articles: out, problems };
  },
};

const html: InputReader = {
  name: 'html', extensions: ['.html', '.htm'],
  read(file, text) {
    const a = htmlArticle(text);
    if (!a) throw new Error('no article text found in the page');
    return { articles: [{ ...a, id: idFromFileName(file) }], problems: [] };
  },
};

/** Every input format. */
export const READERS: readonly InputReader[] = [txt, json, jsonl, html];

/** The reader for `file` by its extension, or undefined. */
export function readerFor(file: string): InputReader | undefined {
  const lower = file.toLowerCase();
  return READERS.find((r) => r.extensions.some((e) => lower.endsWith(e)));
}
