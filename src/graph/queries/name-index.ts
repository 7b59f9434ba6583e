// The folded name forms of every node, kept between searches with an index of their three-letter
// pieces, so a search reads the forms that can contain the query instead of every form of every
// node (seconds on large graphs). The index follows the graph through its events: a node added,
// dropped or updated (addArticle updates each actor it touches), and clears. A changed node is
// refolded, and its forms asked of the lookup again, at the next search.
import type { DiploGraph } from '../build.js';

/** Extra name forms for an actor (from the store), if any. */
export type NameFormsLookup = (id: string) => readonly string[];

/** One name form: as written, folded, and whether it is the node's label. */
export interface FoldedForm {
  /** The node it names. */
  node: string;
  /** Its place among the node's forms: label first, then aliases, then the lookup's forms (one per folded form). */
  ordinal: number;
  form: string;
  folded: string;
  isLabel: boolean;
}

/** Folds case and accents: "Élysée" → "elysee". */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Length of the indexed pieces; shorter queries read every form. */
const GRAM = 3;

function* grams(folded: string): Generator<string> {
  for (let i = 0; i + GRAM <= folded.length; i++) yield folded.slice(i, i + GRAM);
}

/** The forms of one graph for one lookup. */
class NameIndex {
  /** Forms by id; a removed form leaves a hole (ids are never reused). */
  private forms: Array<FoldedForm | undefined> = [];
  private live = 0;
  private byNode = new Map<string, number[]>();
  /** Piece → ids of the forms holding it (removed ids stay until the next compaction). */
  private byGram = new Map<string, number[]>();
  private dirty = new Set<string>();
  private everything = true;

  constructor(private readonly graph: DiploGraph, private readonly lookup: NameFormsLookup | undefined) {}

  changed(node: string): void {
    if (!this.everything) this.dirty.add(node);
  }

  reset(): void {
    this.everything = true;
    this.dirty.clear();
  }

  /** The forms that contain `q` (folded, non-empty). */
  matching(q: string): FoldedForm[] {
    this.refresh();
    const out: FoldedForm[] = [];
    const consider = (id: number) => {
      const f = this.forms[id];
      if (f && f.folded.includes(q)) out.push(f);
    };
    if (q.length < GRAM) {
      for (let id = 0; id < this.forms.length; id++) consider(id);
      return out;
    }
    // the rarest piece of the query bounds the candidates; every match holds all of its pieces
    let best: number[] | undefined;
    for (const g of grams(q)) {
      const ids = this.byGram.get(g);
      if (!ids) return out;
      if (!best || ids.length < best.length) best = ids;
    }
    for (const id of best!) consider(id);
    return out;
  }

  private refresh(): void {
    if (this.everything) {
      this.forms = [];
      this.live = 0;
      this.byNode.clear();
      this.byGram.clear();
      this.dirty.clear();
      this.everything = false;
      this.graph.forEachNode((n) => this.add(n));
      return;
    }
    if (!this.dirty.size) return;
    for (const n of this.dirty) {
      this.remove(n);
      if (this.graph.hasNode(n)) this.add(n);
    }
    this.dirty.clear();
    // removed ids linger in the piece lists: rebuild once they outnumber the live forms
    if (this.forms.length > 2 * this.live + 1024) this.everything = true;
  }

  private add(node: string): void {
    const a = this.graph.getNodeAttributes(node);
    const ids: number[] = [];
    const own = new Set<string>();
    const push = (form: string, isLabel: boolean) => {
      const folded = foldName(form);
      // a form folding like an earlier one of the node scores no better than it: keep the first
      if (own.has(folded)) return;
      own.add(folded);
      const id = this.forms.length;
      this.forms.push({ node, ordinal: ids.length, form, folded, isLabel });
      ids.push(id);
      const seen = new Set<string>();
      for (const g of grams(folded)) {
        if (seen.has(g)) continue;
        seen.add(g);
        const list = this.byGram.get(g);
        if (list) list.push(id);
        else this.byGram.set(g, [id]);
      }
    };
    push(a.label ?? node, true);
    for (const x of a.aliases ?? []) push(x, false);
    for (const x of this.lookup?.(node) ?? []) push(x, false);
    this.byNode.set(node, ids);
    this.live += ids.length;
  }

  private remove(node: string): void {
    const ids = this.byNode.get(node);
    if (!ids) return;
    for (const id of ids) this.forms[id] = undefined;
    this.live -= ids.length;
    this.byNode.delete(node);
  }
}

const NO_LOOKUP = {};

/** A graph's indexes, one per lookup; `all` lets graph events reach every one. */
interface GraphIndexes {
  byLookup: WeakMap<object, NameIndex>;
  all: NameIndex[];
}
const indexes = new WeakMap<DiploGraph, GraphIndexes>();

function indexFor(graph: DiploGraph, lookup: NameFormsLookup | undefined): NameIndex {
  let g = indexes.get(graph);
  if (!g) {
    const made: GraphIndexes = { byLookup: new WeakMap(), all: [] };
    indexes.set(graph, (g = made));
    const changed = ({ key }: { key: string }) => { for (const x of made.all) x.changed(key); };
    const reset = () => { for (const x of made.all) x.reset(); };
    graph.on('nodeAdded', changed);
    graph.on('nodeDropped', changed);
    graph.on('nodeAttributesUpdated', changed);
    graph.on('eachNodeAttributesUpdated', reset);
    graph.on('cleared', reset);
  }
  const key = lookup ?? NO_LOOKUP;
  let index = g.byLookup.get(key);
  if (!index) {
    g.byLookup.set(key, (index = new NameIndex(graph, lookup)));
    g.all.push(index);
  }
  return index;
}

/**
 * Every name form of the graph's nodes that contains the folded query `q`: labels, aliases and the
 * lookup's forms. Pass the same `lookup` function for the same source: indexes are kept per graph
 * and per lookup.
 */
export function formsContaining(graph: DiploGraph, q: string, lookup?: NameFormsLookup): FoldedForm[] {
  return q ? indexFor(graph, lookup).matching(q) : [];
}
