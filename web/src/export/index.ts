// Exporters of what is shown, as a registry: a new format is one descriptor and one line here.
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { ViewGraph } from '../graph-source.js';
import type { Visibility } from '../visibility.js';
import { download } from './download.js';
import { filteredGraph } from './filtered-graph.js';

/** What an exporter gets. */
export interface ExportContext {
  sigma: Sigma;
  graph: ViewGraph;
  visibility: Visibility;
  fileName: string;
}

/** One export format. */
export interface Exporter {
  id: string;
  label: string;
  run(ctx: ExportContext): Promise<void> | void;
}

const png: Exporter = {
  id: 'png',
  label: 'PNG image',
  run: ({ sigma, fileName }) => downloadAsPNG(sigma, { fileName, backgroundColor: '#ffffff' }),
};

const json: Exporter = {
  id: 'json',
  label: 'Graph JSON',
  run: ({ graph, visibility, fileName }) => {
    const text = JSON.stringify(filteredGraph(graph, visibility).export());
    download(new Blob([text], { type: 'application/json' }), `${fileName}.json`);
  },
};

const gexf: Exporter = {
  id: 'gexf',
  label: 'GEXF (Gephi)',
  run: ({ graph, visibility, fileName }) => {
    const shown = filteredGraph(graph, visibility);
    const xml = writeGexf(shown, {
      // GEXF has no list or null values: lists are joined, nulls left out; positions go to viz.
      formatNode: (key, attrs) => ({
        label: attrs.label,
        attributes: flat({ ...attrs, label: undefined }),
        viz: graph.hasNode(key) ? { x: graph.getNodeAttribute(key, 'x'), y: graph.getNodeAttribute(key, 'y') } : {},
      }),
      formatEdge: (_key, attrs) => ({ attributes: flat({ ...attrs, eventType: attrs.type, type: undefined }) }),
    });
    download(new Blob([xml], { type: 'application/gexf+xml' }), `${fileName}.gexf`);
  },
};

function flat(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join('; ') : (v as string | number | boolean);
  }
  return out;
}

/** Every exporter, in menu order. */
export const EXPORTERS: readonly Exporter[] = [png, json, gexf];
