// The store-free half of ingesting an article: checks its text and extracts it under the id it asks
// for. Workers run this in parallel; `commitArticle` then writes the result in one transaction.
import { extractArticle } from '../extract/index.js';
import { contentHash } from '../store/index.js';
import type { ArticleInput, ExtractedArticle } from '../types/index.js';
import { idFromContent } from './article-id.js';

/** An article extracted and ready to be written. */
export interface PreparedArticle {
  /** The input with its URL trimmed (null when none). */
  input: ArticleInput & { url: string | null };
  contentHash: string;
  /** The id the article asks for; the store may make it unique ("…-2"). */
  wantedId: string;
  /** Extraction output under `wantedId`. */
  extracted: ExtractedArticle;
}

/** The extractor `prepareArticle` uses. */
export type Extractor = (input: ArticleInput) => ExtractedArticle;

/** Extracts one article. Throws (a plain Error naming the problem) when it has no text. */
export function prepareArticle(input: ArticleInput, extract: Extractor = extractArticle): PreparedArticle {
  const text = input.text;
  if (typeof text !== 'string' || !text.trim()) throw new Error('the article has no text');
  const hash = contentHash(text);
  const url = input.url?.trim() || null;
  const wantedId = input.id?.trim() || idFromContent(input.title, hash);
  return { input: { ...input, url, text }, contentHash: hash, wantedId, extracted: extract({ ...input, id: wantedId, url, text }) };
}
