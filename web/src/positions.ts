// Node positions kept in the page (localStorage, keyed by view mode and node id), so a reload
// starts from the last layout instead of chaos. New nodes land next to a placed neighbour.
import type { ViewGraph } from './graph-source.js';

const key = (mode: string) => `diplograph:positions:${mode}`;
type Stored = Record<string, [number, number]>;

/** Positions saved for a view mode (empty if none or unreadable). */
export function loadPositions(mode: string): Stored {
  try {
    const raw = localStorage.getItem(key(mode));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

/** Saves the graph's positions, merged over those of nodes not in view (a cut graph). */
export function savePositions(mode: string, graph: ViewGraph): void {
  const stored = loadPositions(mode);
  graph.forEachNode((id, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) stored[id] = [round(a.x!), round(a.y!)];
  });
  try {
    localStorage.setItem(key(mode), JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the layout simply starts over next time.
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Gives every node a position: its own (already in the graph), a stored one, else near a placed
 * neighbour, else on a wide circle. Returns how many nodes had no earlier position.
 */
export function placeNodes(graph: ViewGraph, stored: Stored, previous?: ViewGraph): number {
  let fresh = 0;
  const radius = Math.sqrt(graph.order) * 10 + 10;
  let i = 0;
  const unplaced: string[] = [];
  graph.forEachNode((id, a) => {
    const prev = previous?.hasNode(id) ? previous.getNodeAttributes(id) : null;
    const s = stored[id];
    if (prev && Number.isFinite(prev.x)) graph.mergeNodeAttributes(id, { x: prev.x, y: prev.y });
    else if (Array.isArray(s) && Number.isFinite(s[0]) && Number.isFinite(s[1])) graph.mergeNodeAttributes(id, { x: s[0], y: s[1] });
    else if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) unplaced.push(id);
  });
  for (const id of unplaced) {
    fresh++;
    const anchor = graph.neighbors(id).find((n) => Number.isFinite(graph.getNodeAttribute(n, 'x')));
    const jitter = () => (hash(id + i++) - 0.5) * 10;
    if (anchor) {
      const a = graph.getNodeAttributes(anchor);
      graph.mergeNodeAttributes(id, { x: a.x! + jitter(), y: a.y! + jitter() });
    } else {
      const angle = hash(id) * Math.PI * 2;
      const r = radius * Math.sqrt(hash(`${id}#r`));
      graph.mergeNodeAttributes(id, { x: Math.cos(angle) * r, y: Math.sin(angle) * r });
    }
  }
  return fresh;
}

// A deterministic number in [0, 1) from a string, so a first layout is the same on every machine.
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}
