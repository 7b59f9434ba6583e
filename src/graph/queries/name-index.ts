// The folded name forms of each node, kept between searches: folding every name of every node
// (and asking the store for more) on each request cost seconds on large graphs. An entry is checked
// against its node on every use (label, aliases, articles) and refolded when an article changed it,
// since addArticle edits attributes in place without graph events; drops and clears do emit them.
import type { DiploGraph } from '../build.js';
import type { NodeAttributes } from '../../types/index.js';

/** Extra name forms for an actor (from the store), if any. */
export type NameFormsLookup = (id: string) => readonly string[];

/** One name form: as written, folded, and whether it is the node's label. */
export interface FoldedForm {
  form: string;
  folded: string;
  isLabel: boolean;
}

interface Entry {
  label: string | undefined;
  aliases: readonly string[] | undefined;
  aliasCount: number;
  articleCount: number;
  forms: FoldedForm[];
}

/** Folds case and accents: "Élysée" → "elysee". */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const NO_LOOKUP = {};

/** A graph's entries, one map per lookup; `all` lets graph events reach every map. */
interface GraphIndex {
  byLookup: WeakMap<object, Map<string, Entry>>;
  all: Array<Map<string, Entry>>;
}
const indexes = new WeakMap<DiploGraph, GraphIndex>();

function indexFor(graph: DiploGraph, lookup: NameFormsLookup | undefined): Map<string, Entry> {
  let g = indexes.get(graph);
  if (!g) {
    const made: GraphIndex = { byLookup: new WeakMap(), all: [] };
    indexes.set(graph, (g = made));
    graph.on('nodeDropped', ({ key }) => { for (const m of made.all) m.delete(key); });
    graph.on('cleared', () => { for (const m of made.all) m.clear(); });
  }
  const key = lookup ?? NO_LOOKUP;
  let index = g.byLookup.get(key);
  if (!index) {
    g.byLookup.set(key, (index = new Map()));
    g.all.push(index);
  }
  return index;
}

/**
 * The name forms of node `id` in match order (label, aliases, then the lookup's forms), folded.
 * Pass the same `lookup` function for the same source: entries are kept per graph and per lookup.
 */
export function foldedForms(graph: DiploGraph, id: string, a: NodeAttributes, lookup?: NameFormsLookup): readonly FoldedForm[] {
  const index = indexFor(graph, lookup);
  const e = index.get(id);
  if (e && e.label === a.label && e.aliases === a.aliases && e.aliasCount === (a.aliases?.length ?? 0)
    && e.articleCount === (a.articles?.length ?? 0)) return e.forms;
  const forms: FoldedForm[] = [];
  const add = (form: string, isLabel: boolean) => forms.push({ form, folded: foldName(form), isLabel });
  add(a.label ?? id, true);
  for (const x of a.aliases ?? []) add(x, false);
  for (const x of lookup?.(id) ?? []) add(x, false);
  index.set(id, { label: a.label, aliases: a.aliases, aliasCount: a.aliases?.length ?? 0, articleCount: a.articles?.length ?? 0, forms });
  return forms;
}
