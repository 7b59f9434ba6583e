// Loads the made-up fixture graph (tests/fixtures/web-small.json) as the viewer would.
import fs from 'node:fs';
import { importGraph, type ViewGraph } from '../../web/src/graph-source.js';

/** A fresh copy of the small fixture graph. */
export function smallGraph(): ViewGraph {
  return importGraph(JSON.parse(fs.readFileSync(new URL('../fixtures/web-small.json', import.meta.url), 'utf8')));
}
