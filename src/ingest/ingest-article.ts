// One article's way in: duplicate check, extraction, resolution, one transaction. Re-ingesting the
// same article (same URL or same text) changes nothing and says which stored article it duplicates.
import { extractArticle } from '../extract/index.js';
import { contentHash, type Store } from '../store/index.js';
import type { ArticleInput, ExtractedArticle } from '../types/index.js';
import { idFromContent, uniqueId } from './article-id.js';
import { NO_RULES, type MergeRules } from './merge-rules.js';
import { planArticle } from './plan-article.js';

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
  extract?: (input: ArticleInput) => ExtractedArticle;
}

/** Stores one article with its extracted events; returns what happened. Throws if extraction or the write fails. */
export async function ingestArticle(store: Store, input: ArticleInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const text = input.text;
  if (typeof text !== 'string' || !text.trim()) throw new Error('the article has no text');
  const hash = contentHash(text);
  const url = input.url?.trim() || null;
  const dup = await store.findDuplicate({ url, contentHash: hash });
  if (dup) return { status: 'duplicate', id: dup, duplicateOf: dup };

  const id = await uniqueId(input.id?.trim() || idFromContent(input.title, hash), (x) => store.hasArticle(x));
  const extracted = (options.extract ?? extractArticle)({ ...input, id, url, text });
  const record = {
    id, url, title: input.title ?? extracted.title ?? null, source: input.source ?? null,
    date: input.date ?? extracted.date ?? null, text, contentHash: hash,
    ingestedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  // planned outside the write: a PostgreSQL transaction then holds its locks for the inserts alone
  const plan = await planArticle(store, record, { ...extracted, id }, options.rules ?? NO_RULES);
  await store.writeArticle(plan);
  return { status: 'added', id, article: { ...extracted, id } };
}
