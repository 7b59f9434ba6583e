// Colours of the viewer: one per actor kind and per edge type (the legend), and a stable hashed hue
// for values without a fixed colour (states, communities). Looks only: the graph never stores them.
import type { EdgeType, EntityKind } from '../../src/types/index.js';

/** Colour of each actor kind. */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: '#4e79a7',
  state: '#e15759',
  organization: '#59a14f',
  group: '#b07aa1',
};

/** Colour of each edge type, in legend order. */
export const EDGE_COLORS: Readonly<Record<EdgeType, string>> = {
  meeting: '#4e79a7',
  statement: '#9c9c9c',
  accusation: '#e15759',
  praise: '#59a14f',
  rejection: '#f28e2b',
  demand: '#edc948',
  threat: '#b22222',
  agreement: '#76b7b2',
  visit: '#b07aa1',
  affiliation: '#d0d0d0',
};

/** A stable colour for any string ("ARM", "3"): the same value always gets the same hue. */
export function hashColor(value: string): string {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 16777619);
  return hslToHex((h >>> 0) % 360, 0.62, 0.48);
}

// sigma's WebGL programs parse hex and rgb() only, so hues are turned into hex here.
function hslToHex(hue: number, s: number, l: number): string {
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** Colour of an actor kind, grey for anything unknown. */
export const kindColor = (kind: unknown): string =>
  (KIND_COLORS as Record<string, string>)[String(kind)] ?? '#888888';

/** Colour of an edge type, grey for anything unknown. */
export const edgeColor = (type: unknown): string =>
  (EDGE_COLORS as Record<string, string>)[String(type)] ?? '#aaaaaa';
