#!/usr/bin/env node
// Viewer benchmark: time from navigation to the first drawn frame for synthetic graphs of 1k, 5k
// and 20k actors (four events per actor), and ForceAtlas2 iterations per second in the worker, both
// while sigma draws each step (bound by drawing, slow with software WebGL) and with nothing drawn.
// Needs web/dist (npm run build:web) and chromium at /usr/bin/chromium (or DIPLOGRAPH_CHROMIUM).
// Prints a table, then the results as JSON; `benchViewer()` returns them to a caller.
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticGraph } from '../tests/e2e/support/synthetic-graph.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB_DIST = path.join(ROOT, 'web/dist');
const CHROMIUM = process.env.DIPLOGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];
const DEFAULT_SIZES = [1000, 5000, 20000];
const LAYOUT_SECONDS = 3;

// The project's app when it is built (dist/), else a stand-in serving web/dist and the graph.
async function makeApp(serialized) {
  const built = path.join(ROOT, 'dist/server/app.js');
  if (fs.existsSync(built)) {
    const [{ createApp }, graphology] = await Promise.all([import(pathToFileURL(built).href), import('graphology')]);
    return createApp({ graph: graphology.default.MultiDirectedGraph.from(serialized), webRoot: WEB_DIST });
  }
  const app = express();
  const body = JSON.stringify(serialized);
  app.get('/api/graph', (_req, res) => res.type('application/json').send(body));
  app.use(express.static(WEB_DIST));
  return app;
}

async function measure(browser, nodes) {
  const serialized = syntheticGraph({ nodes, edges: nodes * 4 });
  const app = await makeApp(serialized);
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 120_000 });
    const firstFrameMs = await page.evaluate(() => window.__diplograph.firstFrameMs);
    const shown = await page.evaluate(() => window.__diplograph.shown());
    await page.evaluate(() => window.__diplograph.startLayout());
    const i0 = await page.evaluate(() => window.__diplograph.layoutIterations());
    const t0 = Date.now();
    await page.waitForTimeout(LAYOUT_SECONDS * 1000);
    const i1 = await page.evaluate(() => window.__diplograph.layoutIterations());
    const iterationsPerSecond = (i1 - i0) / ((Date.now() - t0) / 1000);
    await page.evaluate(() => window.__diplograph.settle());
    const workerAlone = await page.evaluate((ms) => window.__diplograph.measureLayout(ms), LAYOUT_SECONDS * 1000);
    return {
      nodes, edges: nodes * 4, shownNodes: shown.nodes, shownEdges: shown.edges,
      firstFrameMs: Math.round(firstFrameMs), fa2IterationsPerSecond: Math.round(iterationsPerSecond * 10) / 10,
      fa2WorkerAloneIterationsPerSecond: Math.round(workerAlone * 10) / 10,
    };
  } finally {
    await context.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Runs the benchmark for `sizes` (node counts) and returns one row per size. */
export async function benchViewer(sizes = DEFAULT_SIZES) {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run "npm run build:web" first.');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install it with "sudo apt-get install chromium".`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const rows = [];
    for (const n of sizes) rows.push(await measure(browser, n));
    return { bench: 'viewer', browser: `chromium ${browser.version()} (software WebGL)`, rows };
  } finally {
    await browser.close();
  }
}

function table(result) {
  const head = ['nodes', 'edges', 'shown nodes', 'shown edges', 'first frame ms', 'FA2 it/s (drawn)', 'FA2 it/s (worker alone)'];
  const lines = result.rows.map((r) => [r.nodes, r.edges, r.shownNodes, r.shownEdges, r.firstFrameMs, r.fa2IterationsPerSecond, r.fa2WorkerAloneIterationsPerSecond].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const result = await benchViewer(sizes.length ? sizes : DEFAULT_SIZES);
  console.log(table(result));
  console.log(JSON.stringify(result));
}
