// Builds the graphology graph from extracted articles: one node per actor, one edge per event, and an
// affiliation edge from each person, organization and group to its state. Idempotent: keys are
// deterministic, so adding the same article twice gives the same graph. Linear in the input: a node's
// name forms and articles are kept sorted by insertion, never re-sorted whole.
import graphology from 'graphology';
import { strongerFact, type DiplomaticEvent, type EdgeAttributes, type Entity, type ExtractedArticle, type NodeAttributes } from '../types/index.js';

const { MultiDirectedGraph } = graphology;
/** The diplomatic graph: a directed multigraph of actors and events. */
export type DiploGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

/** An empty diplomatic graph. */
export function createGraph(): DiploGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

// Inserts `value` into the sorted array `list` unless it is there; binary search, no copy.
function insertSorted(list: string[], value: string): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

function removeSorted(list: string[], value: string): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

// The longest name is the label; every other form is an alias.
function mergeEntity(graph: DiploGraph, e: Entity, articleId: string): void {
  if (!graph.hasNode(e.id)) {
    const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort();
    graph.addNode(e.id, { label: e.name, kind: e.kind, state: e.state, role: e.role, aliases, articles: [articleId] });
    mergeProvenance(graph.getNodeAttributes(e.id), e);
    return;
  }
  // in place, but through updateNodeAttributes so that listeners (the search index) hear of it
  graph.updateNodeAttributes(e.id, (node) => {
    for (const a of e.aliases) if (a !== node.label) insertSorted(node.aliases, a);
    if (e.name.length > node.label.length) {
      insertSorted(node.aliases, node.label);
      removeSorted(node.aliases, e.name);
      node.label = e.name;
    } else if (e.name !== node.label) insertSorted(node.aliases, e.name);
    node.state ??= e.state;
    node.role ??= e.role;
    mergeProvenance(node, e);
    insertSorted(node.articles, articleId);
    return node;
  });
}

// Where the node's state and role came from: an article's fact of the node's own value, the
// strongest source winning ("text" over "dictionary"), the first article on a tie. Meaning, not looks.
function mergeProvenance(node: NodeAttributes, e: Entity): void {
  const p = e.provenance;
  if (!p) return;
  const state = p.state && e.state === node.state ? p.state : undefined;
  const role = p.role && e.role === node.role ? p.role : undefined;
  if (!state && !role) return;
  const q = (node.provenance ??= {});
  if (state) q.state = strongerFact(q.state, state);
  if (role) q.role = strongerFact(q.role, role);
}

function eventAttributes(ev: DiplomaticEvent, articleId: string): EdgeAttributes {
  const attrs: EdgeAttributes = {
    type: ev.type, date: ev.date, location: ev.location, sentence: ev.sentence, article: articleId,
    start: ev.start, end: ev.end, confidence: ev.confidence, rule: ev.rule,
    cameo: ev.cameo, plover: ev.plover, quadClass: ev.quadClass,
  };
  if (ev.context) attrs.context = ev.context;
  return attrs;
}

/** Adds one article's entities and events to `graph` (in place) and returns it. */
export function addArticle(graph: DiploGraph, article: ExtractedArticle): DiploGraph {
  for (const e of article.entities) mergeEntity(graph, e, article.id);
  addEdges(graph, article);
  return graph;
}

// The affiliation edges of an article's actors and the edges of its events.
function addEdges(graph: DiploGraph, article: ExtractedArticle): void {
  for (const e of article.entities) {
    if (e.kind === 'state' || !e.state) continue;
    const sid = `state:${e.state}`;
    if (!graph.hasNode(sid)) continue;
    graph.mergeEdgeWithKey(`affiliation:${e.id}->${sid}`, e.id, sid, {
      type: 'affiliation', date: null, location: null, sentence: null, article: null,
      start: null, end: null, confidence: 1, rule: 'affiliation',
    });
  }
  for (const ev of article.events) {
    if (!ev.target) continue; // an event with no counterpart has no edge; it stays in the store
    graph.mergeEdgeWithKey(`${article.id}:${ev.id}`, ev.source, ev.target, eventAttributes(ev, article.id));
  }
}

/** Builds a graph from many articles (name forms and articles gathered in sets, sorted once). */
export function buildGraph(articles: Iterable<ExtractedArticle>): DiploGraph {
  const graph = createGraph();
  const forms = new Map<string, { aliases: Set<string>; articles: Set<string> }>();
  for (const a of articles) {
    for (const e of a.entities) {
      let f = forms.get(e.id);
      if (!f) {
        f = { aliases: new Set(), articles: new Set() };
        forms.set(e.id, f);
        graph.addNode(e.id, { label: e.name, kind: e.kind, state: e.state, role: e.role, aliases: [], articles: [] });
      }
      const node = graph.getNodeAttributes(e.id);
      for (const x of e.aliases) f.aliases.add(x);
      if (e.name.length > node.label.length) { f.aliases.add(node.label); node.label = e.name; } else f.aliases.add(e.name);
      node.state ??= e.state;
      node.role ??= e.role;
      mergeProvenance(node, e);
      f.articles.add(a.id);
    }
    addEdges(graph, a);
  }
  for (const [id, f] of forms) {
    const node = graph.getNodeAttributes(id);
    f.aliases.delete(node.label);
    node.aliases = [...f.aliases].sort();
    node.articles = [...f.articles].sort();
  }
  return graph;
}
