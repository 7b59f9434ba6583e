// Finds actors by any name form (label, aliases, and forms the store saw), ignoring case and
// accents, ranked: exact name, then name prefix, then word prefix, then substring.
import type { DiploGraph } from '../build.js';
import type { EntityKind } from '../../types/index.js';

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

/** Extra name forms for an actor (from the store), if any. */
export type NameFormsLookup = (id: string) => readonly string[];

/** Folds case and accents: "Élysée" → "elysee". */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function scoreForm(form: string, q: string, isLabel: boolean): number {
  const f = foldName(form);
  const bonus = isLabel ? 5 : 0;
  if (!f) return 0;
  if (f === q) return 100 + bonus;
  if (f.startsWith(q)) return 80 + bonus;
  if (f.split(' ').some((w) => w.startsWith(q)) || f.includes(` ${q}`)) return 60 + bonus;
  if (f.includes(q)) return 40 + bonus;
  return 0;
}

/** Every actor matching `query`, best first (ties: more events first, then label). */
export function searchActors(graph: DiploGraph, query: string, moreForms?: NameFormsLookup): SearchHit[] {
  const q = foldName(query);
  if (!q) return [];
  const hits: Array<SearchHit & { degree: number }> = [];
  graph.forEachNode((id, a) => {
    let best = { score: 0, matched: '' };
    const forms: Array<[string, boolean]> = [[a.label ?? id, true], ...(a.aliases ?? []).map((x): [string, boolean] => [x, false])];
    for (const f of moreForms?.(id) ?? []) forms.push([f, false]);
    for (const [form, isLabel] of forms) {
      const score = scoreForm(form, q, isLabel);
      if (score > best.score) best = { score, matched: form };
    }
    if (best.score > 0) {
      hits.push({ id, label: a.label ?? id, kind: a.kind, state: a.state ?? null, role: a.role ?? null, ...best, degree: graph.degree(id) });
    }
  });
  hits.sort((x, y) => y.score - x.score || y.degree - x.degree || x.label.localeCompare(y.label) || (x.id < y.id ? -1 : 1));
  return hits.map(({ degree: _degree, ...hit }) => hit);
}
