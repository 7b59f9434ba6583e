// Parallel edges (several events between one pair) fan out as curves, so each stays visible and
// clickable. The curvature is derived here, kept beside the graph, never written into it.
import type { ViewGraph } from './graph-source.js';

/** Largest curvature, so fifty meetings between two leaders stay a readable fan. */
const MAX_CURVATURE = 1.2;
const STEP = 0.18;

/** Curvature of each edge that shares its pair with others (absent: draw it straight). */
export function parallelCurvatures(graph: ViewGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((key, _a, s, t) => {
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const list = groups.get(pair);
    if (list) list.push(key);
    else groups.set(pair, [key]);
  });
  const curvatures = new Map<string, number>();
  for (const [pair, keys] of groups) {
    if (keys.length < 2) continue;
    const low = pair.split('\u0000')[0];
    keys.forEach((key, i) => {
      // The curve bends to the left of its direction: flip the reverse edges so the fan is one-sided.
      const sign = graph.source(key) === low ? 1 : -1;
      const c = Math.min(MAX_CURVATURE, STEP * (i + 1)) * sign;
      curvatures.set(key, c);
    });
  }
  return curvatures;
}

/** The pair key of an edge, independent of direction. */
export function pairOf(graph: ViewGraph, edge: string): [string, string] {
  const s = graph.source(edge);
  const t = graph.target(edge);
  return s < t ? [s, t] : [t, s];
}
