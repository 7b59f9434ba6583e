// API latencies for one store size: createApp on the synthetic store's graph, listening on an
// ephemeral loopback port; each main read endpoint is asked a bounded number of times in sequence
// (at most REQUESTS, at most SECONDS per endpoint) and its p50/p95 kept. Then the load test of the
// HTTP issue: CONNECTIONS requests kept in flight by another process (bench/lib/load.mjs) against
// search, relations, neighbours and path, beside a bare Express route: requests/s, p50 and p99.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { percentile, section } from '../lib/measure.mjs';
import { syntheticStore } from '../lib/bulk-load.mjs';
import { dist } from '../lib/paths.mjs';

const REQUESTS = 30;
const SECONDS = 5;
/** The load test: connections kept busy and seconds per endpoint. */
const CONNECTIONS = 50;
const LOAD_SECONDS = 5;
const LOAD = fileURLToPath(new URL('../lib/load.mjs', import.meta.url));

/** Actors to ask about: the biggest hub, a middling one and a tail one, of each kind. */
function pickActors(graph) {
  const by = (kind) => graph.filterNodes((_n, a) => a.kind === kind).map((n) => [n, graph.degree(n)]).sort((a, b) => b[1] - a[1]);
  const states = by('state');
  const persons = by('person');
  return { hubState: states[0][0], secondState: states[1][0], hubPerson: persons[0][0], midPerson: persons[Math.floor(persons.length / 2)][0],
    tailPerson: persons.at(-1)[0], searchWord: graph.getNodeAttribute(persons[Math.floor(persons.length / 3)][0], 'label').split(' ').at(-1).slice(0, 4) };
}

async function measure(base, [label, url, max]) {
  const times = [];
  let bytes = 0;
  let status = 0;
  const stop = performance.now() + SECONDS * 1000;
  await (await fetch(base + url)).arrayBuffer(); // warm-up
  for (let i = 0; i < max && (i < 3 || performance.now() < stop); i++) {
    const t = performance.now();
    const res = await fetch(base + url);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t);
    bytes = body.byteLength;
    status = res.status;
  }
  return { label, url, status, requests: times.length, bytes, p50: percentile(times, 50), p95: percentile(times, 95) };
}

section(async () => {
  const events = Number(process.argv[3]);
  if (!(events > 0)) throw new Error('usage: api.mjs <scale> <events>');
  const { createApp } = await dist('server/app.js');
  const { buildGraph } = await dist('graph/build.js');
  const { store } = await syntheticStore(events);
  const graph = buildGraph([...store.graphArticles()]);
  const app = createApp({ graph, store, log: () => {} });
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const base = `http://127.0.0.1:${server.address().port}`;
  const a = pickActors(graph);
  const e = encodeURIComponent;
  const iso = a.hubState.replace('state:', '');
  const endpoints = [
    ['/api/graph (whole)', '/api/graph', 5], ['/api/graph?view=states', '/api/graph?view=states', 10],
    ['/api/graph?actor= (mid person)', `/api/graph?actor=${e(a.midPerson)}`, REQUESTS],
    ['/api/events (first page)', '/api/events', REQUESTS], ['/api/events?actor= (hub state)', `/api/events?actor=${e(a.hubState)}&limit=100`, REQUESTS],
    ['/api/search?q= (4 letters)', `/api/search?q=${e(a.searchWord)}`, REQUESTS],
    ['/api/actors/:id (hub state)', `/api/actors/${e(a.hubState)}`, REQUESTS], ['/api/actors/:id (mid person)', `/api/actors/${e(a.midPerson)}`, REQUESTS],
    ['/api/relations (two hub states)', `/api/relations?a=${e(a.hubState)}&b=${e(a.secondState)}`, REQUESTS],
    ['/api/path (tail to mid person)', `/api/path?from=${e(a.tailPerson)}&to=${e(a.midPerson)}`, REQUESTS],
    ['/api/states/:iso/relations (hub)', `/api/states/${iso}/relations`, REQUESTS],
  ];
  const rows = [];
  let underLoad = [];
  try {
    for (const ep of endpoints) rows.push(await measure(base, ep));
    // under load: CONNECTIONS requests in flight from another process, beside a bare Express route
    const bare = express().get('/bare', (_req, res) => res.json({ ok: true }));
    const bareServer = await new Promise((resolve) => { const s = bare.listen(0, '127.0.0.1', () => resolve(s)); });
    const loaded = [
      ['bare Express route', `http://127.0.0.1:${bareServer.address().port}/bare`],
      ['/api/search', `${base}/api/search?q=${e(a.searchWord)}`],
      ['/api/relations', `${base}/api/relations?a=${e(a.hubPerson)}&b=${e(a.hubState)}`],
      ['/api/actors/:id/neighbors', `${base}/api/actors/${e(a.midPerson)}/neighbors`],
      ['/api/path', `${base}/api/path?from=${e(a.tailPerson)}&to=${e(a.midPerson)}`],
    ];
    try {
      // spawned, not spawnSync: this process serves the requests meanwhile
      const stdout = await new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [LOAD, String(CONNECTIONS), String(LOAD_SECONDS), ...loaded.map(([, u]) => u)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let text = '';
        child.stdout.on('data', (d) => { text += d; });
        child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`load.mjs exited ${code}`))));
      });
      underLoad = JSON.parse(stdout.trim().split('\n').at(-1)).map((r, i) => ({ label: loaded[i][0], ...r, url: r.url.replace(/^http:\/\/[^/]+/, '') }));
    } finally {
      bareServer.closeAllConnections();
      await new Promise((resolve) => bareServer.close(resolve));
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    store.close();
  }
  return { events, actors: graph.order, edges: graph.size, rows, underLoad, connections: CONNECTIONS };
});
