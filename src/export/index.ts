// Export formats in one registry: EXPORTERS lists them, findExporter looks one up by name.
// The HTTP export route and `diplograph export --format` both go through here.
import { csv } from './csv.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { json } from './json.js';
import type { Exporter } from './exporter.js';

export type { Exporter } from './exporter.js';
export { csvTables } from './csv.js';

/** Every export format, in the order help texts list them. */
export const EXPORTERS: readonly Exporter[] = Object.freeze([json, gexf, graphml, csv]);

/** Names of the export formats. */
export const EXPORT_FORMATS: readonly string[] = EXPORTERS.map((e) => e.format);

/** The exporter for `format`, or undefined. */
export function findExporter(format: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.format === format.toLowerCase());
}
