// Finds actors by any name form (label, aliases, and forms the store saw), ignoring case and
// accents, ranked: exact name, then name prefix, then word prefix, then substring.
import type { DiploGraph } from '../build.js';
import type { EntityKind } from '../../types/index.js';
import { foldName, formsContaining, type NameFormsLookup } from './name-index.js';
import { encodeCursor, rankKey, topRanked, type Page, type PageRequest } from './paging.js';

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

/** A hit with what ties are broken by. */
type RankedHit = SearchHit & { degree: number };

// Best first: score, then more events, then label, then id.
const compareHits = (x: RankedHit, y: RankedHit): number =>
  y.score - x.score || y.degree - x.degree || byLabel(x.label, y.label) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

// Every actor with a form containing the query, unordered, each with its best form.
function searchHits(graph: DiploGraph, query: string, moreForms?: NameFormsLookup): RankedHit[] {
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
  const hits: RankedHit[] = [];
  for (const [id, { score, matched }] of best) {
    const a = graph.getNodeAttributes(id);
    hits.push({ id, label: a.label ?? id, kind: a.kind, state: a.state ?? null, role: a.role ?? null, matched, score, degree: graph.degree(id) });
  }
  return hits;
}

const strip = ({ degree: _degree, ...hit }: RankedHit): SearchHit => hit;

/**
 * Every actor matching `query`, best first (ties: more events first, then label). Name forms are
 * folded once and indexed (see name-index.ts): pass one `moreForms` function per source, not one per call.
 */
export function searchActors(graph: DiploGraph, query: string, moreForms?: NameFormsLookup): SearchHit[] {
  return searchHits(graph, query, moreForms).sort(compareHits).map(strip);
}

/**
 * One page of searchActors' list among the hits `keep` accepts, ranking only as far as the page
 * (a short query on a large graph matches thousands). Cursors hold the rank of the last hit sent.
 */
export function searchPage(
  graph: DiploGraph, query: string, moreForms: NameFormsLookup | undefined, keep: (hit: SearchHit) => boolean, page: PageRequest,
): Page<SearchHit> {
  const hits = searchHits(graph, query, moreForms).filter(keep);
  const m = page.after === undefined ? null : /^k:(\d+)$/.exec(page.after);
  const start = page.after === undefined ? 0 : m ? Number(m[1]) + 1 : hits.length;
  const items = topRanked(hits, compareHits, start, page.limit);
  const truncated = start + items.length < hits.length;
  return {
    items: items.map(strip),
    total: hits.length,
    truncated,
    nextCursor: truncated && items.length ? encodeCursor(rankKey(start + items.length - 1)) : null,
  };
}
