// The one entry of extraction: an article's text and metadata in, its actors and events out.
// Pure and deterministic: no I/O beyond the lexicon loaded once from data/lexicon.
import type { ArticleInput, ExtractedArticle } from '../types/index.js';

/** Extracts the actors and diplomatic events of one article. Never throws on odd text. */
export function extractArticle(input: ArticleInput): ExtractedArticle {
  // placeholder until the pipeline lands (same session)
  return { id: input.id ?? 'article', title: input.title ?? null, date: input.date ?? null, entities: [], events: [] };
}
