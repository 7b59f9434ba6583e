// Builds the graphology graph from extracted articles: one node per actor, one edge per event, and an
// affiliation edge from each person, organization and group to its state. Idempotent: keys are
// deterministic, so adding the same article twice gives the same graph.
import graphology from 'graphology';
import type { DiplomaticEvent, EdgeAttributes, Entity, ExtractedArticle, NodeAttributes } from '../types/index.js';

const { MultiDirectedGraph } = graphology;
/** The diplomatic graph: a directed multigraph of actors and events. */
export type DiploGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

/** An empty diplomatic graph. */
export function createGraph(): DiploGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

const stateId = (iso3: string) => `state:${iso3}`;

function mergeEntity(graph: DiploGraph, e: Entity, articleId: string): void {
  const prev = graph.hasNode(e.id) ? graph.getNodeAttributes(e.id) : null;
  const aliases = new Set([...(prev?.aliases ?? []), ...e.aliases]);
  const label = prev && prev.label.length >= e.name.length ? prev.label : e.name;
  if (prev && prev.label !== label) aliases.add(prev.label);
  aliases.delete(label);
  graph.mergeNode(e.id, {
    label,
    kind: e.kind,
    state: prev?.state ?? e.state,
    role: prev?.role ?? e.role,
    aliases: [...aliases].sort(),
    articles: [...new Set([...(prev?.articles ?? []), articleId])].sort(),
  });
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
  for (const e of article.entities) {
    if (e.kind === 'state' || !e.state) continue;
    const sid = stateId(e.state);
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
  return graph;
}

/** Builds a graph from many articles. */
export function buildGraph(articles: Iterable<ExtractedArticle>): DiploGraph {
  const graph = createGraph();
  for (const a of articles) addArticle(graph, a);
  return graph;
}
