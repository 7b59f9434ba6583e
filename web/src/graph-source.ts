// Where the graph comes from: `GET /api/graph` sends graphology's serialized JSON, imported here as
// is (one wire format). The viewer's copy also holds x/y, which only the layout writes.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../../src/types/index.js';

/** Node attributes in the viewer: the wire's, plus a position and, in the state roll-up, members. */
export type ViewNode = NodeAttributes & { x?: number; y?: number; members?: string[] };
/** Edge attributes in the viewer: the wire's. */
export type ViewEdge = EdgeAttributes;
/** The viewer's graph. */
export type ViewGraph = Graph<ViewNode, ViewEdge>;

/** An empty graph of the same shape as the server's (directed, multi, self-loops allowed). */
export function emptyGraph(): ViewGraph {
  return new Graph<ViewNode, ViewEdge>({ type: 'directed', multi: true, allowSelfLoops: true });
}

/** Imports serialized JSON into a fresh graph; throws with a message naming the problem. */
export function importGraph(data: unknown): ViewGraph {
  if (!data || typeof data !== 'object' || !Array.isArray((data as SerializedGraph).nodes)) {
    throw new Error('The graph is not graphology serialized JSON (no `nodes` array).');
  }
  const graph = emptyGraph();
  graph.import(data as SerializedGraph<ViewNode, ViewEdge>);
  return graph;
}

/** Fetches and imports the graph from the server. */
export async function fetchGraph(url = '/api/graph'): Promise<ViewGraph> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}.`);
  return importGraph(await res.json());
}
