// GEXF export for Gephi, written by graphology-gexf; event dates then become GEXF time (edge
// start/end on a dynamic graph), so Gephi's timeline can play the events in order.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { write } from 'graphology-gexf';
import type { DiploGraph } from '../graph/build.js';
import { flatValue, type Exporter } from './exporter.js';

type Flat = Record<string, string | number | boolean>;

function flatten(attrs: object, skip: readonly string[]): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(attrs)) {
    const f = flatValue(v);
    if (f !== null && !skip.includes(k)) out[k] = f;
  }
  return out;
}

/** When an edge happened: its date, or the first and last date of a rolled-up edge. */
function edgeTime(a: Record<string, unknown>): [string, string] | null {
  const valid = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (valid(a.date)) return [a.date, a.date];
  if (valid(a.first) && valid(a.last)) return [a.first, a.last];
  return null;
}

/** Writes the GEXF 1.3 text of `graph`, with edge times when any edge is dated. */
export function writeGexf(graph: DiploGraph): string {
  const xml = write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: String(a.label ?? ''), attributes: flatten(a, ['label']) }),
    // Gephi reads "start"/"end" as time, so the sentence offsets get names of their own.
    formatEdge: (_key, a) => {
      const { start, end, ...rest } = a as unknown as Record<string, unknown>;
      return { label: String(a.type ?? ''), attributes: flatten({ ...rest, sentenceStart: start, sentenceEnd: end }, []) };
    },
  });
  const times = new Map<string, [string, string]>();
  graph.forEachEdge((key, a) => {
    const t = edgeTime(a as unknown as Record<string, unknown>);
    if (t) times.set(key, t);
  });
  if (!times.size) return xml;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const graphEl = doc.getElementsByTagName('graph')[0]!;
  graphEl.setAttribute('mode', 'dynamic');
  graphEl.setAttribute('timeformat', 'date');
  const edges = doc.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const el = edges[i]!;
    const t = times.get(el.getAttribute('id') ?? '');
    if (!t) continue;
    el.setAttribute('start', t[0]);
    el.setAttribute('end', t[1]);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** GEXF 1.3 for Gephi, with event dates on its timeline. */
export const gexf: Exporter = {
  format: 'gexf',
  mediaType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  description: 'GEXF 1.3 for Gephi; event dates are edge start/end times (dynamic graph, date time format)',
  write: writeGexf,
};
