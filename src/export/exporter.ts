// The shape of an export format: a descriptor in the EXPORTERS registry (index.ts), so a new
// format is one file and one line there.
import type { DiploGraph } from '../graph/build.js';

/** One export format. */
export interface Exporter {
  /** Name used in `?format=` and `--format`. */
  format: string;
  /** Content-Type of the output. */
  mediaType: string;
  /** File extension, without the dot. */
  extension: string;
  description: string;
  /** Serializes the graph; a string for text formats, bytes for archives. */
  write(graph: DiploGraph): string | Uint8Array;
}

/** The attribute value as a flat scalar: arrays and objects become JSON text, null stays null. */
export function flatValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Every attribute name used by `items`, in first-seen order. */
export function attributeNames(items: Iterable<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const attrs of items) for (const k of Object.keys(attrs)) names.add(k);
  return [...names];
}
