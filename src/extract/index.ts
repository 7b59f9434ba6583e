// The one entry of extraction: an article's text and metadata in, its actors and events out.
// Pure and deterministic: the lexicon is loaded once from data/lexicon; no network, no model.
import { createHash } from 'node:crypto';
import type { ArticleInput, DiplomaticEvent, Entity, ExtractedArticle } from '../types/index.js';
import type { Doc } from './document.js';
import { loadLexicon } from './lexicon/load.js';
import { PIPELINE } from './pipeline.js';
import { eventId } from './stages/finalize.js';
import { provenanceOf } from './provenance.js';

export { loadLexicon } from './lexicon/load.js';

/** Runs the pipeline and returns the internal document (for `--explain` and tests). */
export function runPipeline(input: ArticleInput): Doc {
  const lexicon = loadLexicon();
  const text = typeof input.text === 'string' ? input.text : '';
  let doc: Doc = {
    id: input.id ?? 'article-' + createHash('sha1').update(text).digest('hex').slice(0, 12),
    title: input.title ?? null, date: validDate(input.date), text,
    sentences: [], mentions: [], entities: new Map(), events: [], homeState: null, diagnostics: [],
  };
  for (const stage of PIPELINE) doc = stage(doc, { lexicon });
  return doc;
}

/** Extracts the actors and diplomatic events of one article. Never throws on odd text. */
export function extractArticle(input: ArticleInput): ExtractedArticle {
  let doc: Doc;
  loadLexicon(); // a broken data file fails loudly here (it is loaded once), odd text below does not
  try { doc = runPipeline(input); } catch (e) {
    // lenient on text: a bug on odd input yields no events, not a crash
    return { id: input.id ?? 'article', title: input.title ?? null, date: validDate(input.date), entities: [], events: [] };
  }
  const entities: Entity[] = [...doc.entities.values()].sort((a, b) => a.order - b.order).map((e) => {
    const out: Entity = { id: e.id, kind: e.kind, name: e.name, state: e.state, role: e.role, aliases: [...e.aliases].filter((a) => a !== e.name).sort() };
    const provenance = provenanceOf(e);
    if (provenance) out.provenance = provenance;
    return out;
  });
  const events: DiplomaticEvent[] = doc.events.map((e) => {
    const { sentenceIndex: _s, triggerAt: _t, ...rest } = e;
    const out: DiplomaticEvent = { id: eventId(doc.id, e), ...rest };
    if (!e.context) delete out.context;
    return out;
  });
  return { id: doc.id, title: doc.title, date: doc.date, entities, events };
}

function validDate(d: unknown): string | null {
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}
