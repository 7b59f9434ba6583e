// API latencies for one store size: createApp on the synthetic store's graph, listening on an
// ephemeral loopback port; each main read endpoint is asked a bounded number of times in sequence
// (at most REQUESTS, at most SECONDS per endpoint) and its p50/p95 kept. Then the load test of the
// HTTP issue: CONNECTIONS requests kept in flight by another process (bench/lib/load.mjs) against
// search, relations, neighbours and path, each beside a bare Express route measured just before it:
// requests/s, p50 and p99.
// Each endpoint is asked DISTINCT different questions in turn (words, pairs, actors drawn at random),
// once from an app that keeps no answers (every request computed) and once from the default app
// (answers kept until the graph changes), so both the work and the cache are measured.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { percentile, section } from '../lib/measure.mjs';
import { syntheticStore } from '../lib/bulk-load.mjs';
import { rng } from '../lib/random.mjs';
import { dist } from '../lib/paths.mjs';

const REQUESTS = 30;
const SECONDS = 5;
/** The load test: connections kept busy and seconds per endpoint. */
const CONNECTIONS = 50;
const LOAD_SECONDS = 5;
const LOAD = fileURLToPath(new URL('../lib/load.mjs', import.meta.url));
/** Distinct questions per endpoint in the load test. */
const DISTINCT = 300;

/**
 * The load test's questions, drawn with a fixed seed: search words (3–6 letters of a person's
 * surname), relations of the two ends of random events (busy pairs come up as often as they have
 * events), neighbours of random persons, paths between random persons.
 */
function questions(graph) {
  const random = rng(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const persons = graph.filterNodes((_n, a) => a.kind === 'person');
  const events = graph.filterEdges((_k, a) => a.type !== 'affiliation');
  const e = encodeURIComponent;
  const many = (make) => Array.from({ length: DISTINCT }, make);
  return {
    search: many(() => {
      const word = graph.getNodeAttribute(pick(persons), 'label').split(' ').at(-1);
      return `/api/search?q=${e(word.slice(0, 3 + Math.floor(random() * 4)))}`;
    }),
    relations: many(() => {
      const [s, t] = graph.extremities(pick(events));
      return `/api/relations?a=${e(s)}&b=${e(t)}`;
    }),
    neighbors: many(() => `/api/actors/${e(pick(persons))}/neighbors`),
    path: many(() => `/api/path?from=${e(pick(persons))}&to=${e(pick(persons))}`),
  };
}

async function listen(app) {
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

async function close(server) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** Runs the load generator in another process (this one serves the requests meanwhile). */
async function runLoad(targets) {
  const file = path.join(os.tmpdir(), `diplograph-load-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(targets));
  try {
    const stdout = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [LOAD, String(CONNECTIONS), String(LOAD_SECONDS), file], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (d) => { text += d; });
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`load.mjs exited ${code}`))));
    });
    return JSON.parse(stdout.trim().split('\n').at(-1));
  } finally {
    fs.rmSync(file, { force: true });
  }
}

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
  const { createConfig } = await dist('server/config.js');
  const { buildGraph } = await dist('graph/build.js');
  const { store } = await syntheticStore(events);
  const all = [];
  for await (const a of store.graphArticles()) all.push(a);
  const graph = buildGraph(all);
  const cached = await listen(createApp({ graph, store, log: () => {} }));
  const computed = await listen(createApp({ graph, store, log: () => {}, config: createConfig({ cacheBytes: 0 }) }));
  const base = computed.base;
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
    // sequential, every answer computed (the app that keeps none)
    for (const ep of endpoints) rows.push(await measure(base, ep));
    // under load: CONNECTIONS requests in flight from another process, beside a bare Express route
    const bare = await listen(express().get('/bare', (_req, res) => res.json({ ok: true })));
    const q = questions(graph);
    // the bare route is measured again before each endpoint: a shared machine's speed drifts
    // within a run, so each endpoint is held against the bare figure taken just before it
    const targets = [];
    for (const [name, urls] of Object.entries(q)) {
      const label = name === 'neighbors' ? '/api/actors/:id/neighbors' : `/api/${name}`;
      targets.push({ label: 'bare Express route', urls: [`${bare.base}/bare`] });
      targets.push({ label: `${label} (computed)`, urls: urls.map((u) => computed.base + u) });
      targets.push({ label: `${label} (kept answers)`, urls: urls.map((u) => cached.base + u) });
    }
    try {
      underLoad = (await runLoad(targets)).map((r) => ({ ...r, example: r.example.replace(/^http:\/\/[^/]+/, '') }));
    } finally {
      await close(bare.server);
    }
  } finally {
    await close(computed.server);
    await close(cached.server);
    await store.close();
  }
  return { events, actors: graph.order, edges: graph.size, rows, underLoad, connections: CONNECTIONS, distinct: DISTINCT };
});
