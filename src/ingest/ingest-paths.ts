// Ingests files and folders: reads every input, then stores article by article (each its own
// transaction), reporting progress; a bad file or article is recorded and skipped, the rest goes in.
// A database that cannot be written (full disk, read-only file) stops the run: every article would fail.
import { isStorageFailure, type Store } from '../store/index.js';
import { ingestArticle, type IngestOptions } from './ingest-article.js';
import { listInputFiles, readInputFile } from './read-inputs.js';
import type { ReadOptions } from './readers.js';

/** Progress after each article. */
export interface IngestProgress {
  done: number;
  total: number;
  /** Events found so far in added articles. */
  events: number;
  file: string;
}

/** Options of `ingestPaths`. */
export interface IngestPathsOptions extends IngestOptions, ReadOptions {
  /** Called once the inputs are read, with the number of articles to go. */
  onStart?: (total: number) => void;
  onProgress?: (p: IngestProgress) => void;
}

/** What an ingest run did. */
export interface IngestSummary {
  added: Array<{ id: string; file: string; events: number }>;
  duplicates: Array<{ file: string; id: string | null; duplicateOf: string }>;
  failed: Array<{ file: string; reason: string }>;
  /** Events found in the added articles. */
  events: number;
}

/**
 * Ingests every article under `paths` into `store`. Never throws for a bad input (see `failed`); throws
 * a `StorageStopped` when the database itself fails, after the articles already committed.
 */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { added: [], duplicates: [], failed: [], events: 0 };
  const { files, missing } = listInputFiles(paths);
  for (const m of missing) summary.failed.push({ file: m, reason: 'no such file or folder' });
  const inputs = files.map((f) => readInputFile(f, options));
  for (const input of inputs) for (const p of input.problems) summary.failed.push({ file: input.file, reason: p });

  const total = inputs.reduce((n, i) => n + i.articles.length, 0);
  options.onStart?.(total);
  let done = 0;
  for (const { file, articles } of inputs) {
    for (const article of articles) {
      try {
        const out = await ingestArticle(store, article, options);
        if (out.status === 'added') {
          summary.added.push({ id: out.id, file, events: out.article.events.length });
          summary.events += out.article.events.length;
        } else {
          summary.duplicates.push({ file, id: article.id ?? null, duplicateOf: out.duplicateOf });
        }
      } catch (err) {
        if (isStorageFailure(err)) throw new StorageStopped(err as Error, summary);
        summary.failed.push({ file: articles.length > 1 && article.id ? `${file} (${article.id})` : file, reason: (err as Error).message });
      }
      options.onProgress?.({ done: ++done, total, events: summary.events, file });
    }
  }
  return summary;
}

/** The database failed mid-run; `summary` says what was stored before (each article is all or nothing). */
export class StorageStopped extends Error {
  constructor(override readonly cause: Error, readonly summary: IngestSummary) {
    super(`the database cannot be written (${cause.message}); stopped after ${summary.added.length} articles were stored`);
    this.name = 'StorageStopped';
  }
}
