// Events in date order (eventSortKey's order: date, undated last, then key), kept per scope: every
// event, one actor's, one pair's. A scope is sorted when first asked for, then kept in step with
// the graph through its events (an added event is inserted where it belongs, a dropped one taken
// out), so a page of events reads a page's worth, not every event of a hub.
import type { DiploGraph } from '../build.js';
import type { EdgeAttributes } from '../../types/index.js';
import { UNDATED } from './evidence.js';
import { isEventEdge } from './filters.js';

/** A scope's events, sorted, with counts by type: all of them, and those with a context (negated, hypothetical, future). */
export interface OrderedEvents {
  keys: string[];
  byType: Map<string, number>;
  withContextByType: Map<string, number>;
}

const add = (m: Map<string, number>, type: string, n: number) => m.set(type, (m.get(type) ?? 0) + n);

function count(s: OrderedEvents, a: EdgeAttributes, n: number): void {
  add(s.byType, a.type, n);
  if (a.context) add(s.withContextByType, a.type, n);
}

const dateOf = (a: EdgeAttributes) => a.date ?? UNDATED;

// (date, key) order: the same as comparing eventSortKey strings ("2024" before "2024-05": the
// separator in those strings sorts below any date character).
const compare = (d1: string, k1: string, d2: string, k2: string): number =>
  d1 < d2 ? -1 : d1 > d2 ? 1 : k1 < k2 ? -1 : k1 > k2 ? 1 : 0;

/** The scope names. */
const ALL = '';
const actorScope = (node: string) => `a\u0000${node}`;
const pairScope = (a: string, b: string) => (a < b ? `p\u0000${a}\u0000${b}` : `p\u0000${b}\u0000${a}`);

class EventOrder {
  private readonly scopes = new Map<string, OrderedEvents>();

  constructor(private readonly graph: DiploGraph) {
    graph.on('edgeAdded', ({ key, source, target, attributes }) => {
      if (isEventEdge(attributes)) this.each(source, target, (s) => this.insert(s, key, attributes));
    });
    graph.on('edgeDropped', ({ key, source, target, attributes }) => {
      if (isEventEdge(attributes)) this.each(source, target, (s) => this.remove(s, key, attributes));
    });
    // an event's date may have changed and the old one is gone: sort its scopes again when next asked
    // (affiliations, merged again by every article that names a person, are in no scope)
    graph.on('edgeAttributesUpdated', ({ key, attributes }) => {
      if (!isEventEdge(attributes)) return;
      const [s, t] = graph.extremities(key);
      for (const name of [ALL, actorScope(s), actorScope(t), pairScope(s, t)]) this.scopes.delete(name);
    });
    graph.on('eachEdgeAttributesUpdated', () => this.scopes.clear());
    graph.on('edgesCleared', () => this.scopes.clear());
    graph.on('cleared', () => this.scopes.clear());
  }

  /** Every event edge in order. */
  all(): OrderedEvents {
    return this.scope(ALL, (push) => this.graph.forEachEdge((k, a) => push(k, a)));
  }

  /** The event edges of `node`, in order. */
  ofActor(node: string): OrderedEvents {
    return this.scope(actorScope(node), (push) => this.graph.forEachEdge(node, (k, a) => push(k, a)));
  }

  /** The event edges between `a` and `b`, either direction, in order. */
  between(a: string, b: string): OrderedEvents {
    return this.scope(pairScope(a, b), (push) => {
      this.graph.forEachOutEdge(a, b, (k, at) => push(k, at));
      if (a !== b) this.graph.forEachOutEdge(b, a, (k, at) => push(k, at));
    });
  }

  private scope(name: string, fill: (push: (key: string, a: EdgeAttributes) => void) => void): OrderedEvents {
    let s = this.scopes.get(name);
    if (s) return s;
    const dated: Array<{ key: string; date: string }> = [];
    const made: OrderedEvents = { keys: [], byType: new Map(), withContextByType: new Map() };
    fill((key, a) => {
      if (!isEventEdge(a)) return;
      dated.push({ key, date: dateOf(a) });
      count(made, a, 1);
    });
    dated.sort((x, y) => compare(x.date, x.key, y.date, y.key));
    made.keys = dated.map((x) => x.key);
    s = made;
    this.scopes.set(name, s);
    return s;
  }

  private each(source: string, target: string, fn: (s: OrderedEvents) => void): void {
    for (const name of new Set([ALL, actorScope(source), actorScope(target), pairScope(source, target)])) {
      const s = this.scopes.get(name);
      if (s) fn(s);
    }
  }

  private insert(s: OrderedEvents, key: string, a: EdgeAttributes): void {
    s.keys.splice(this.position(s.keys, dateOf(a), key), 0, key);
    count(s, a, 1);
  }

  private remove(s: OrderedEvents, key: string, a: EdgeAttributes): void {
    const i = this.position(s.keys, dateOf(a), key);
    if (s.keys[i] !== key) return;
    s.keys.splice(i, 1);
    count(s, a, -1);
  }

  /** The index of the first key at or after (date, key). Keys in a scope are edges of the graph. */
  position(keys: readonly string[], date: string, key: string): number {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      // the key itself may be an edge being dropped, gone from the graph already
      const d = k === key ? date : dateOf(this.graph.getEdgeAttributes(k));
      if (compare(d, k, date, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const orders = new WeakMap<DiploGraph, EventOrder>();

/** The event order kept for `graph`. */
export function eventOrder(graph: DiploGraph): EventOrder {
  let o = orders.get(graph);
  if (!o) orders.set(graph, (o = new EventOrder(graph)));
  return o;
}

/** Where a cursor's sort key (eventSortKey) falls in `keys`: the index of the first key after it. */
export function positionAfter(graph: DiploGraph, keys: readonly string[], after: string): number {
  const sep = after.indexOf('\u0001');
  if (!after.startsWith('k:') || sep < 0) return keys.length;
  const date = after.slice(2, sep);
  const key = after.slice(sep + 1);
  const i = eventOrder(graph).position(keys, date, key);
  return keys[i] === key ? i + 1 : i;
}
