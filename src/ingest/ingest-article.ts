// One article's way in: duplicate check, extraction (outside any transaction), then resolution and the
// write in one transaction (commit-article.ts). Re-ingesting the same article (same URL or same text)
// changes nothing and says which stored article it duplicates.
import { contentHash, type Store } from '../store/index.js';
import type { ArticleInput, ExtractedArticle } from '../types/index.js';
import { commitArticle } from './commit-article.js';
import type { MergeRules } from './merge-rules.js';
import { prepareArticle, type Extractor } from './prepare-article.js';

/** The outcome of ingesting one article. */
export type IngestOutcome =
  | { status: 'added'; id: string; article: ExtractedArticle }
  | { status: 'duplicate'; id: string; duplicateOf: string };

/** Options of `ingestArticle`. */
export interface IngestOptions {
  rules?: MergeRules;
  /** The ingestion timestamp (tests fix it). */
  now?: () => Date;
  /** The extractor (tests give a fixed one); `extractArticle` by default. */
  extract?: Extractor;
}

/** Stores one article with its extracted events; returns what happened. Throws if extraction or the write fails. */
export async function ingestArticle(store: Store, input: ArticleInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const text = input.text;
  if (typeof text !== 'string' || !text.trim()) throw new Error('the article has no text');
  // a known article costs no extraction
  const dup = await store.findDuplicate({ url: input.url?.trim() || null, contentHash: contentHash(text) });
  if (dup) return { status: 'duplicate', id: dup, duplicateOf: dup };
  return commitArticle(store, prepareArticle(input, options.extract), options);
}
