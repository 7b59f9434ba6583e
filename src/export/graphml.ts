// GraphML export, written with an XML builder (xmlbuilder2) and declared keys per attribute, so
// yEd, Cytoscape, NetworkX and graphology-graphml read it. Arrays are written as JSON text.
import { create } from 'xmlbuilder2';
import type { DiploGraph } from '../graph/build.js';
import { attributeNames, flatValue, type Exporter } from './exporter.js';

type Domain = 'node' | 'edge';

function attrType(values: unknown[]): 'boolean' | 'int' | 'double' | 'string' {
  const present = values.map(flatValue).filter((v) => v !== null);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => Number.isInteger(v))) return 'int';
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** Writes the GraphML text of `graph`. */
export function writeGraphml(graph: DiploGraph): string {
  const nodeAttrs = graph.mapNodes((_n, a) => a as unknown as Record<string, unknown>);
  const edgeAttrs = graph.mapEdges((_e, a) => a as unknown as Record<string, unknown>);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const keys = new Map<string, string>();
  const declare = (domain: Domain, items: Record<string, unknown>[]) => {
    attributeNames(items).forEach((name, i) => {
      const id = `${domain[0]}${i}`;
      keys.set(`${domain}:${name}`, id);
      root.ele('key', { id, for: domain, 'attr.name': name, 'attr.type': attrType(items.map((a) => a[name])) }).up();
    });
  };
  declare('node', nodeAttrs);
  declare('edge', edgeAttrs);
  const g = root.ele('graph', { id: 'diplograph', edgedefault: 'directed' });
  const data = (el: ReturnType<typeof g.ele>, domain: Domain, attrs: Record<string, unknown>) => {
    for (const [name, v] of Object.entries(attrs)) {
      const f = flatValue(v);
      if (f !== null) el.ele('data', { key: keys.get(`${domain}:${name}`)! }).txt(String(f)).up();
    }
  };
  graph.forEachNode((n, a) => data(g.ele('node', { id: n }), 'node', a as unknown as Record<string, unknown>));
  graph.forEachEdge((e, a, s, t) => data(g.ele('edge', { id: e, source: s, target: t }), 'edge', a as unknown as Record<string, unknown>));
  return root.end({ prettyPrint: true });
}

/** GraphML with typed attribute keys. */
export const graphml: Exporter = {
  format: 'graphml',
  mediaType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  description: 'GraphML with typed keys; list attributes (aliases, articles) are JSON text',
  write: writeGraphml,
};
