// The store half of ingesting an article, in one transaction: the duplicate check, a unique id, actor
// resolution and event clustering against what is stored, the write. On PostgreSQL a write transaction
// holds the store's write lock, so concurrent writers (servers, workers) each see the others' articles.
import type { Store } from '../store/index.js';
import { uniqueId } from './article-id.js';
import type { IngestOptions, IngestOutcome } from './ingest-article.js';
import { NO_RULES } from './merge-rules.js';
import { planArticle } from './plan-article.js';
import { prepareArticle, type PreparedArticle } from './prepare-article.js';

/** Writes a prepared article unless the store holds it already (same URL or same text). */
export async function commitArticle(store: Store, prepared: PreparedArticle, options: IngestOptions = {}): Promise<IngestOutcome> {
  const { input, contentHash } = prepared;
  return store.transaction(async (tx) => {
    const dup = await tx.findDuplicate({ url: input.url, contentHash });
    if (dup) return { status: 'duplicate', id: dup, duplicateOf: dup };
    const id = await uniqueId(prepared.wantedId, (x) => tx.hasArticle(x));
    // event ids derive from the article id: another id means another extraction (rare: a taken id)
    const extracted = id === prepared.wantedId ? prepared.extracted : prepareArticle({ ...input, id }, options.extract).extracted;
    const record = {
      id, url: input.url, title: input.title ?? extracted.title ?? null, source: input.source ?? null,
      date: input.date ?? extracted.date ?? null, text: input.text, contentHash,
      ingestedAt: (options.now?.() ?? new Date()).toISOString(),
    };
    const plan = await planArticle(tx, record, { ...extracted, id }, options.rules ?? NO_RULES);
    await tx.writeArticle(plan);
    return { status: 'added', id, article: { ...extracted, id } };
  });
}
