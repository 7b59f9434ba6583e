// A prototype of the graph build with the fix proposed for src/graph/build.ts, measured beside the
// current one: a node's `articles` and `aliases` are gathered in Sets while building and sorted once
// at the end, instead of being copied and re-sorted on every merge (quadratic for hub actors such as
// state:USA, which appear in a large share of articles). Gives the same graph (tests/bench checks it).
import graphology from 'graphology';

const { MultiDirectedGraph } = graphology;

/** Builds the graph of `articles` (the store's graphArticles()) like buildGraph, in one pass. */
export function buildGraphProposed(articles) {
  const graph = new MultiDirectedGraph();
  const acc = new Map(); // node id → { label, kind, state, role, aliases: Set, articles: Set }
  for (const article of articles) {
    for (const e of article.entities) {
      let n = acc.get(e.id);
      if (!n) acc.set(e.id, (n = { label: e.name, kind: e.kind, state: e.state, role: e.role, aliases: new Set(e.aliases), articles: new Set() }));
      else {
        for (const a of e.aliases) n.aliases.add(a);
        if (n.label.length < e.name.length) { n.aliases.add(n.label); n.label = e.name; }
        else if (n.label !== e.name) n.aliases.add(e.name);
      }
      n.articles.add(article.id);
      if (!graph.hasNode(e.id)) graph.addNode(e.id);
    }
    for (const e of article.entities) {
      if (e.kind === 'state' || !e.state) continue;
      const sid = `state:${e.state}`;
      if (!graph.hasNode(sid)) continue;
      graph.mergeEdgeWithKey(`affiliation:${e.id}->${sid}`, e.id, sid, {
        type: 'affiliation', date: null, location: null, sentence: null, article: null, start: null, end: null, confidence: 1, rule: 'affiliation',
      });
    }
    for (const ev of article.events) {
      if (!ev.target) continue;
      const attrs = { type: ev.type, date: ev.date, location: ev.location, sentence: ev.sentence, article: article.id,
        start: ev.start, end: ev.end, confidence: ev.confidence, rule: ev.rule, cameo: ev.cameo, plover: ev.plover, quadClass: ev.quadClass };
      if (ev.context) attrs.context = ev.context;
      graph.mergeEdgeWithKey(`${article.id}:${ev.id}`, ev.source, ev.target, attrs);
    }
  }
  for (const [id, n] of acc) {
    n.aliases.delete(n.label);
    graph.replaceNodeAttributes(id, { label: n.label, kind: n.kind, state: n.state, role: n.role, aliases: [...n.aliases].sort(), articles: [...n.articles].sort() });
  }
  return graph;
}
