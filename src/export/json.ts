// JSON export: graphology's serialized format, the project's one wire format (Graph.from reads it).
import type { Exporter } from './exporter.js';

/** graphology serialized JSON. */
export const json: Exporter = {
  format: 'json',
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  description: 'graphology serialized JSON (Graph.from / graph.import read it back)',
  write: (graph) => JSON.stringify(graph.export()),
};
