// sigma's node and edge reducers: the only place looks are derived from facts. Visibility comes
// from the filters, emphasis from hover and selection, colour and size from the chosen measures.
// Edge `type` holds the event type ("meeting"); the reducer swaps in a program name or sigma throws.
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { VIEWER_DEFAULTS } from './defaults.js';
import type { ViewGraph } from './graph-source.js';
import { edgeColor } from './palette.js';
import type { Visibility } from './visibility.js';

/** sigma edge programs the viewer registers. */
export const EDGE_PROGRAMS = ['arrow', 'line', 'curved'] as const;

/** Everything the reducers read; rebuilt when the view changes, not per frame. */
export interface ReducerContext {
  graph: ViewGraph;
  visibility: Visibility;
  /** The node in focus (hovered, else selected) and its neighbours. */
  focus: string | null;
  neighbors: ReadonlySet<string>;
  /** The selected pair (an edge click), drawn emphasised. */
  pair: readonly [string, string] | null;
  nodeColor: ReadonlyMap<string, string>;
  nodeSize: ReadonlyMap<string, number>;
  curvature: ReadonlyMap<string, number>;
}

/** The node reducer for a context. */
export function makeNodeReducer(ctx: ReducerContext) {
  return (node: string, attrs: Attributes): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = {
      x: attrs.x, y: attrs.y, label: attrs.label, type: 'circle',
      color: ctx.nodeColor.get(node) ?? '#888888',
      size: ctx.nodeSize.get(node) ?? VIEWER_DEFAULTS.nodeSize.min,
      hidden: !ctx.visibility.nodes.has(node),
    };
    const inPair = ctx.pair !== null && (ctx.pair[0] === node || ctx.pair[1] === node);
    if (ctx.focus !== null || ctx.pair !== null) {
      const lit = node === ctx.focus || ctx.neighbors.has(node) || inPair;
      if (lit) {
        out.zIndex = 1;
        out.forceLabel = true;
        out.highlighted = node === ctx.focus || inPair;
      } else {
        out.color = VIEWER_DEFAULTS.faded;
        out.label = '';
        out.zIndex = 0;
      }
    }
    return out;
  };
}

/** The edge reducer for a context. */
export function makeEdgeReducer(ctx: ReducerContext) {
  return (edge: string, attrs: Attributes): Partial<EdgeDisplayData> => {
    const curvature = ctx.curvature.get(edge);
    const affiliation = attrs.type === 'affiliation';
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      type: affiliation ? 'line' : curvature !== undefined ? 'curved' : 'arrow',
      color: edgeColor(attrs.type),
      size: affiliation ? 0.5 : 1.5,
      label: null,
      hidden: !ctx.visibility.edges.has(edge),
    };
    if (curvature !== undefined) out.curvature = curvature;
    if (out.hidden) return out;
    if (ctx.pair !== null) {
      const [a, b] = ctx.pair;
      if (ctx.graph.hasExtremity(edge, a) && ctx.graph.hasExtremity(edge, b)) {
        out.size = 3;
        out.zIndex = 1;
      } else out.color = VIEWER_DEFAULTS.faded;
    } else if (ctx.focus !== null) {
      if (ctx.graph.hasExtremity(edge, ctx.focus)) {
        out.size = 2.5;
        out.zIndex = 1;
      } else out.hidden = true;
    }
    return out;
  };
}
