// Reads input files and folders into articles: folders are walked recursively, README and NOTICE
// files and unknown extensions are passed over, and a file that cannot be read becomes a failure.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../types/index.js';
import { type ReadOptions, readerFor } from './readers.js';

/** The articles of one file, or why it failed. */
export interface FileInput {
  file: string;
  articles: ArticleInput[];
  /** One-line problems: the whole file (then no articles) or parts of it (a bad JSONL line). */
  problems: string[];
}

const IGNORED = /^(readme|notice|license|licence|copying)(\.[a-z]+)?$/i;

/** Is `file` an input the ingester reads (by name and extension)? */
export function isInputFile(file: string): boolean {
  const base = path.basename(file);
  return !IGNORED.test(base) && !base.startsWith('.') && !!readerFor(base);
}

/** The input files named by `paths`: files as given, folders walked recursively (sorted). */
export function listInputFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && isInputFile(p)) files.push(p);
    }
  };
  for (const p of paths) {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) missing.push(p);
    else if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** Reads one file with the reader its extension names. Never throws: problems are returned. */
export function readInputFile(file: string, options: ReadOptions = {}): FileInput {
  const reader = readerFor(file);
  if (!reader) return { file, articles: [], problems: ['unsupported file type (use .txt, .json, .jsonl, .html or .htm)'] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a folder' : e.message;
    return { file, articles: [], problems: [`cannot read the file: ${why}`] };
  }
  try {
    const { articles, problems } = reader.read(file, text.replace(/^\uFEFF/, ''), options);
    return { file, articles, problems };
  } catch (err) {
    return { file, articles: [], problems: [(err as Error).message] };
  }
}
