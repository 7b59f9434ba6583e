// Actor search over every name form (label and aliases), accent-insensitive: "ilham eliyev" finds
// "İlham Əliyev". Pure: build an index from the graph, then match queries against it.
import type { ViewGraph } from './graph-source.js';

/** One searchable actor. */
export interface SearchEntry {
  id: string;
  label: string;
  kind: string;
  /** Normalized name forms. */
  names: string[];
  /** Original name forms, parallel to `names`. */
  forms: string[];
}

/** One result: the actor and the name form that matched. */
export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  matched: string;
}

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLD: Record<string, string> = { ı: 'i', ə: 'e', ø: 'o', ł: 'l', ß: 'ss', đ: 'd', æ: 'ae', œ: 'oe', þ: 'th' };

/** Lower case, no accents, no punctuation, single spaces. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıəøłßđæœþ]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Indexes every node's label and aliases. */
export function buildSearchIndex(graph: ViewGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((id, attrs) => {
    const forms = [attrs.label, ...(attrs.aliases ?? [])].filter((f) => typeof f === 'string' && f);
    entries.push({ id, label: attrs.label, kind: attrs.kind, forms, names: forms.map(normalizeName) });
  });
  return entries;
}

/** Ranks actors for a query: whole-name prefix, then word prefix, then substring; shorter labels first. */
export function searchActors(index: SearchEntry[], query: string, limit: number): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const e of index) {
    let best = Infinity;
    let matched = '';
    e.names.forEach((name, i) => {
      const score = name.startsWith(q) ? 0 : name.includes(` ${q}`) ? 1 : name.includes(q) ? 2 : Infinity;
      if (score < best) {
        best = score;
        matched = e.forms[i];
      }
    });
    if (best < Infinity) scored.push({ hit: { id: e.id, label: e.label, kind: e.kind, matched }, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.label.length - b.hit.label.length || a.hit.label.localeCompare(b.hit.label));
  return scored.slice(0, limit).map((s) => s.hit);
}
