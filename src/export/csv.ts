// CSV export: nodes.csv and edges.csv with header rows (RFC 4180 quoting), zipped together with
// fflate. `csvTables` gives the two texts for callers that write two files instead.
import { strToU8, zipSync } from 'fflate';
import type { DiploGraph } from '../graph/build.js';
import { attributeNames, flatValue, type Exporter } from './exporter.js';

/** Quotes one CSV field when it needs it. */
export function csvField(v: unknown): string {
  const f = flatValue(v);
  if (f === null) return '';
  const s = String(f);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (fields: unknown[]) => fields.map(csvField).join(',');

function table(head: string[], names: string[], rows: Array<[unknown[], Record<string, unknown>]>): string {
  const lines = [row([...head, ...names])];
  for (const [fixed, attrs] of rows) lines.push(row([...fixed, ...names.map((n) => attrs[n])]));
  return lines.join('\r\n') + '\r\n';
}

/** The two CSV texts: nodes (id + attributes) and edges (id, source, target + attributes). */
export function csvTables(graph: DiploGraph): { nodes: string; edges: string } {
  const nodes = graph.mapNodes((n, a): [unknown[], Record<string, unknown>] => [[n], a as unknown as Record<string, unknown>]);
  const edges = graph.mapEdges((e, a, s, t): [unknown[], Record<string, unknown>] => [[e, s, t], a as unknown as Record<string, unknown>]);
  return {
    nodes: table(['id'], attributeNames(nodes.map((r) => r[1])).filter((n) => n !== 'id'), nodes),
    edges: table(['id', 'source', 'target'], attributeNames(edges.map((r) => r[1])).filter((n) => !['id', 'source', 'target'].includes(n)), edges),
  };
}

/** A zip of nodes.csv and edges.csv. */
export const csv: Exporter = {
  format: 'csv',
  mediaType: 'application/zip',
  extension: 'zip',
  description: 'a zip of nodes.csv and edges.csv with header rows; list attributes are JSON text',
  write: (graph) => {
    const { nodes, edges } = csvTables(graph);
    // A fixed mtime keeps the archive byte-identical for the same graph (stable ETags).
    const mtime = new Date('2000-01-01T00:00:00Z');
    return zipSync({ 'nodes.csv': [strToU8(nodes), { mtime }], 'edges.csv': [strToU8(edges), { mtime }] });
  },
};
