// Finds actors by any name form (label, aliases, and forms the store saw), ignoring case and
// accents, ranked: exact name, then name prefix, then word prefix, then substring.
import type { DiploGraph } from '../build.js';
import type { EntityKind } from '../../types/index.js';
import { foldName, formsContaining, type NameFormsLookup } from './name-index.js';

export { foldName, type NameFormsLookup } from './name-index.js';

/** A search hit. */
export interface SearchHit {
  id: string;
  label: string;
  kind: EntityKind;
  state: string | null;
  role: string | null;
  /** The name form that matched best. */
  matched: string;
  score: number;
}

// `f` contains `q` (the index found it); `spaced` is " " + q, a word of `f` starting with `q`.
function scoreForm(f: string, q: string, spaced: string, isLabel: boolean): number {
  const bonus = isLabel ? 5 : 0;
  if (f === q) return 100 + bonus;
  if (f.startsWith(q)) return 80 + bonus;
  if (f.includes(spaced)) return 60 + bonus;
  return 40 + bonus;
}

/** Label order for ties: the default locale's collation (String#localeCompare), made once. */
const byLabel = new Intl.Collator().compare;

/**
 * Every actor matching `query`, best first (ties: more events first, then label). Name forms are
 * folded once and indexed (see name-index.ts): pass one `moreForms` function per source, not one per call.
 */
export function searchActors(graph: DiploGraph, query: string, moreForms?: NameFormsLookup): SearchHit[] {
  const q = foldName(query);
  if (!q) return [];
  // each node's best form: highest score, then earliest in the node's order (label first)
  const best = new Map<string, { score: number; ordinal: number; matched: string }>();
  const spaced = ` ${q}`;
  for (const { node, ordinal, form, folded, isLabel } of formsContaining(graph, q, moreForms)) {
    const score = scoreForm(folded, q, spaced, isLabel);
    const prev = best.get(node);
    if (!prev || score > prev.score || (score === prev.score && ordinal < prev.ordinal)) best.set(node, { score, ordinal, matched: form });
  }
  const hits: Array<SearchHit & { degree: number }> = [];
  for (const [id, { score, matched }] of best) {
    const a = graph.getNodeAttributes(id);
    hits.push({ id, label: a.label ?? id, kind: a.kind, state: a.state ?? null, role: a.role ?? null, matched, score, degree: graph.degree(id) });
  }
  hits.sort((x, y) => y.score - x.score || y.degree - x.degree || byLabel(x.label, y.label) || (x.id < y.id ? -1 : 1));
  return hits.map(({ degree: _degree, ...hit }) => hit);
}
