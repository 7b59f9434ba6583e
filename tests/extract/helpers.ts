// Helpers for extraction tests: run the extractor on a text and read events as "type source->target".
import { extractArticle } from '../../src/extract/index.js';
import type { ExtractedArticle } from '../../src/types/index.js';

/** Extracts a made-up text (dated so relative dates resolve). */
export function extract(text: string, date = '2024-03-15'): ExtractedArticle {
  return extractArticle({ id: 'test', text, date });
}

/** The name of an entity id in an extraction (or the id). */
export function nameOf(a: ExtractedArticle, id: string | null): string {
  if (!id) return '-';
  return a.entities.find((e) => e.id === id)?.name ?? id;
}

/** Asserted events as "type source->target" with entity names, leaving out events with a context. */
export function events(a: ExtractedArticle, withContext = false): string[] {
  return a.events.filter((e) => withContext || !e.context).map((e) => `${e.type} ${nameOf(a, e.source)}->${nameOf(a, e.target)}`);
}
