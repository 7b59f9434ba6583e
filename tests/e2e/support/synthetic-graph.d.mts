// Types of synthetic-graph.mjs, for the TypeScript tests.
/** Builds a made-up serialized graph of `nodes` actors and `edges` events. */
export function syntheticGraph(size: { nodes: number; edges: number; seed?: number }): {
  attributes: Record<string, unknown>;
  options: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
};
