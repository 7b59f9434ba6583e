#!/usr/bin/env node
// `npm run bench`: builds dist/, runs each benchmark section in its own process (bench/sections/),
// profiles extraction, runs the viewer benchmark when it can, prints one table per section and
// writes bench/results.json (bench/results-<scale>.json for another scale): every figure with the
// machine's cores, Node version and input size.
// BENCH_SCALE=small|default|full picks the sizes (bench/lib/scales.mjs); BENCH_NO_BUILD=1 skips tsc.
// The scale section (PostgreSQL workers and servers) runs when DIPLOGRAPH_BENCH_PG or DIPLOGRAPH_TEST_PG names a server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarizeProfile } from './lib/cpu-profile.mjs';
import { growth, load, machine } from './lib/measure.mjs';
import { ROOT } from './lib/paths.mjs';
import { scale } from './lib/scales.mjs';
import { num, table } from './lib/table.mjs';

const SCALE = process.env.BENCH_SCALE?.trim() || 'default';
const sizes = scale(SCALE);
const CHROMIUM = '/usr/bin/chromium';
const started = Date.now();
const M = machine();
const results = { machine: M, scale: SCALE, startedAt: new Date().toISOString(), loadAtStart: load(), sections: {}, figures: [] };
const out = (line) => process.stdout.write(`${line}\n`);

/** Records one figure with what it was measured on. */
let current = null; // the section running, recorded with each figure
function figure(name, value, unit, input) {
  results.figures.push({ figure: name, value: value === null || Number.isNaN(value) ? null : Math.round(value * 1000) / 1000, unit, input,
    cores: M.cores, node: M.node, section: current });
}

/** Runs `node [flags] bench/sections/<file> <scale> [...args]`; resolves to its @@RESULT object or { error }. */
function runSection(file, args = [], flags = []) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...flags, path.join(ROOT, 'bench/sections', file), SCALE, ...args.map(String)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(9)));
      else resolve({ error: `${file} ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
    });
  });
}

function build() {
  if (process.env.BENCH_NO_BUILD === '1') return 'skipped (BENCH_NO_BUILD=1)';
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0) return 'built';
  if (!fs.existsSync(path.join(ROOT, 'dist/extract/index.js'))) throw new Error(`tsc failed and there is no dist/: ${r.stdout}${r.stderr}`);
  return `tsc failed; measuring the existing dist/ (${(r.stdout || r.stderr).split('\n')[0]})`;
}

async function extraction() {
  // one core: V8's garbage collector and compiler work on the measured thread (see extract.mjs)
  const r = await runSection('extract.mjs', [], ['--single-threaded']);
  results.sections.extraction = r;
  if (r.error) return out(`\n## Extraction\n${r.error}`);
  const target = (x) => (x.extractMBpcpu >= 1 && (x.ratio ?? 0) >= 8 ? 'met' : 'NOT met');
  out(table(`Extraction throughput, one core (${r.compromise}; MB/s per CPU-second, wall in brackets; V8 single-threaded; warm after ${r.warmPasses} passes over ${r.cold.mb.toFixed(2)} MB; median of 3)`,
    ['input', 'articles', 'extractArticle MB/s', 'compromise MB/s', '× compromise', 'target ≥1 MB/s & ≥8×'],
    [[`${r.cold.mb.toFixed(2)} MB cold`, '—', `${num(r.cold.extractMBpcpu)} (${num(r.cold.extractMBps)})`,
      `${num(r.cold.compromiseMBpcpu)} (${num(r.cold.compromiseMBps)})`, num(r.cold.compromiseMBpcpu ? r.cold.extractMBpcpu / r.cold.compromiseMBpcpu : null), ''],
    ...r.rows.map((x) => [`${x.mb} MB warm`, x.articles, `${num(x.extractMBpcpu)} (${num(x.extractMBps)})`,
      `${num(x.compromiseMBpcpu)} (${num(x.compromiseMBps)})`, num(x.ratio), target(x)])]));
  out(`extraction CPU time vs input size: ${r.growth.verdict}; vs one article's length (${r.lengths.map((l) => `${l.kb} kB ${num(l.cpuS * 1000)} ms`).join(', ')}): ${r.lengthGrowth.verdict}`);
  for (const x of r.rows) {
    figure('extraction MB/s (CPU, warm)', x.extractMBpcpu, 'MB/s', `${x.mb} MB, ${x.articles} articles`);
    figure('compromise MB/s (CPU, warm)', x.compromiseMBpcpu, 'MB/s', `${x.mb} MB, ${x.articles} articles`);
    figure('extraction speed vs compromise', x.ratio, '×', `${x.mb} MB`);
  }
  figure('extraction MB/s (CPU, cold first pass)', r.cold.extractMBpcpu, 'MB/s', `${r.cold.mb.toFixed(2)} MB`);
}

async function profile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-prof-'));
  const file = 'extract.cpuprofile';
  const r = await runSection('extract.mjs', ['--profile-only', path.join(dir, file)], ['--single-threaded']);
  if (r.error || !fs.existsSync(path.join(dir, file))) { results.sections.profile = { error: r.error ?? 'no profile written' }; return out(`\n## Extraction profile\n${results.sections.profile.error}`); }
  const p = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  const self = summarizeProfile(p, { top: 12 });
  const stages = summarizeProfile(p, { top: 14, root: 'dist/extract/stages' });
  results.sections.profile = { profiledMB: r.profiledMB, sampledMs: self.sampledMs, self: self.self, stages: stages.inclusive };
  out(table(`Extraction profile (V8 CPU profiler, ${r.profiledMB.toFixed(2)} MB after warm-up): self time`, ['function', 'ms', 'share %'],
    self.self.map((x) => [x.fn, x.ms, x.share])));
  out(table('Extraction profile: time inside each stage (inclusive)', ['function', 'ms', 'share %'], stages.inclusive.map((x) => [x.fn, x.ms, x.share])));
}

async function ingest() {
  const r = await runSection('ingest.mjs');
  results.sections.ingest = r;
  if (r.error) return out(`\n## Ingest\n${r.error}`);
  out(table('Ingest end to end, one process (extract + resolve + SQLite + graph update; one growing store)',
    ['articles', 'seconds', 'articles/s', 'last segment art/s', 'store+graph ms/article', 'extraction share', 'actors'],
    r.checkpoints.map((c) => [c.articles, c.seconds, c.articlesPerS, c.lastSegmentArticlesPerS, c.lastSegmentStoreMsPerArticle, `${Math.round(c.extractShare * 100)}%`, c.actors])));
  out(`ingest time vs articles: ${r.growth.verdict}`);
  const p = r.parallel;
  out(table(`Ingest with extraction workers (${p.articles} articles; one process: ${num(p.singleArticlesPerS)} articles/s on ${num(p.singleCoresUsed)} cores' worth of CPU)`,
    ['threads', 'articles/s', 'speed-up vs one process', 'gain from the last thread added', 'cores obtained'],
    p.pool.map((x, i) => [x.threads, x.articlesPerS, `${num(x.speedup)}×`, i ? `${num(x.articlesPerS / p.pool[i - 1].articlesPerS)}×` : '—', x.coresUsed])));
  for (const c of r.checkpoints) figure('ingest articles/s (one process)', c.articlesPerS, 'articles/s', `${c.articles} articles`);
  for (const x of p.pool) figure(`ingest articles/s (${x.threads} extraction threads)`, x.articlesPerS, 'articles/s', `${p.articles} articles`);
}

async function rebuild() {
  const rows = [];
  for (const n of sizes.rebuildEvents) rows.push(await runSection('rebuild.mjs', [n], ['--expose-gc', '--max-old-space-size=16384']));
  results.sections.rebuild = rows;
  const ok = rows.filter((r) => !r.error);
  for (const r of rows.filter((x) => x.error)) out(r.error);
  out(table('Graph rebuild from the store (synthetic events bulk-loaded; CPU seconds)',
    ['events', 'actors', 'store read s', 'buildGraph s', 'rebuild s', 'RSS MB', 'RSS B/event', 'heap B/event'],
    ok.map((r) => [r.events, r.actors, r.readS, r.buildS, r.rebuildS, r.rssMB, r.rssPerEventB, r.heapPerEventB])));
  out(`store read vs events: ${growth(ok.map((r) => [r.events, r.readS])).verdict}; buildGraph: ${growth(ok.map((r) => [r.events, r.buildS])).verdict}`);
  for (const r of ok) {
    figure('graph rebuild s (store read + buildGraph)', r.rebuildS, 's', `${r.events} events`);
    figure('graph RSS per event', r.rssPerEventB, 'bytes', `${r.events} events`);
  }
}

async function api() {
  const runs = [];
  for (const n of sizes.apiEvents) runs.push(await runSection('api.mjs', [n], ['--max-old-space-size=16384']));
  results.sections.api = runs;
  const ok = runs.filter((r) => !r.error);
  for (const r of runs.filter((x) => x.error)) out(r.error);
  if (!ok.length) return;
  const head = ['endpoint', ...ok.flatMap((r) => [`p50 ms @${num(r.events)}`, `p95 ms @${num(r.events)}`, `kB @${num(r.events)}`])];
  const rows = ok[0].rows.map((x, i) => [x.label,
    ...ok.flatMap((r) => [r.rows[i]?.p50, r.rows[i]?.p95, (r.rows[i]?.bytes ?? 0) / 1000])]);
  out(table('API latency (createApp on a loopback port, sequential requests)', head, rows));
  for (const r of ok) for (const x of r.rows) {
    figure(`API p50 ${x.label}`, x.p50, 'ms', `${r.events} events, ${r.actors} actors: ${x.url}`);
    figure(`API p95 ${x.label}`, x.p95, 'ms', `${r.events} events, ${r.actors} actors: ${x.url}`);
  }
  // the HTTP issue's load test: target p99 < 20 ms and at least half the bare route's requests/s
  for (const r of ok.filter((x) => x.underLoad?.length)) {
    // each endpoint against the bare route measured just before it (older results: the first row)
    let bare = r.underLoad[0];
    const rows = r.underLoad.map((x) => {
      if (x.label.startsWith('bare')) {
        bare = x;
        return [x.label, x.rps, x.p50, x.p99, x.errors, x.hitShare, 1, ''];
      }
      return [x.label, x.rps, x.p50, x.p99, x.errors, x.hitShare, x.rps / bare.rps, x.p99 < 20 && x.rps >= bare.rps / 2 ? 'met' : 'NOT met'];
    });
    out(table(`API under load, ${num(r.events)} events (${r.connections} connections from another process, each endpoint cycling through ${r.distinct} distinct questions; `
      + `computed: an app that keeps no answers; kept answers: the default app; each held against the bare route measured just before it. `
      + `Target p99 < 20 ms and ≥ ½ the bare route's requests/s)`,
      ['endpoint', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'from cache', '× bare req/s', 'target'], rows));
    r.underLoad.forEach((x, i) => {
      const what = `${r.events} events, ${r.connections} connections, ${x.urls} distinct URLs like ${x.example}`;
      const label = x.label.startsWith('bare') ? `${x.label} (before ${r.underLoad[i + 1]?.label ?? 'the end'})` : x.label;
      figure(`API under load req/s ${label}`, x.rps, 'requests/s', what);
      figure(`API under load p99 ${label}`, x.p99, 'ms', what);
    });
  }
}

async function layout() {
  const r = await runSection('layout.mjs', [], ['--max-old-space-size=8192']);
  results.sections.layout = r;
  if (r.error) return out(`\n## Layout\n${r.error}`);
  out(table('ForceAtlas2 per iteration (CPU ms, heavy-tailed graph, 4 edges/node)', ['nodes', 'edges', 'Barnes-Hut ms', 'exact ms', 'Barnes-Hut pays?'],
    r.rows.map((x) => [x.nodes, x.edges, x.barnesHutMs, x.exactMs ?? 'skipped (O(n²))', x.exactMs === null ? 'yes' : x.barnesHutMs < x.exactMs ? 'yes' : 'no'])));
  out(`FA2 Barnes-Hut iteration vs nodes: ${growth(r.rows.map((x) => [x.nodes, x.barnesHutMs])).verdict}`);
  out(table(`Placing new actors near their neighbours, into ${num(r.intoNodes)} nodes (one full FA2 iteration: ${num(r.fullIterationMs)} ms)`,
    ['new nodes', 'ms', 'new edge length / median'], r.placement.map((x) => [x.newNodes, x.ms, x.edgeLengthRatio])));
  for (const x of r.rows) figure('FA2 ms per iteration (Barnes-Hut)', x.barnesHutMs, 'ms', `${x.nodes} nodes`);
  for (const x of r.placement) figure('incremental placement ms', x.ms, 'ms', `${x.newNodes} new nodes into ${r.intoNodes}`);
}

async function scaleOut() {
  const r = await runSection('scale.mjs');
  results.sections.scale = r;
  if (r.error) return out(`\n## Scale-out on PostgreSQL\n${r.error}`);
  if (r.skipped) return out(`\n## Scale-out on PostgreSQL\nskipped (${r.skipped})`);
  out(table(`Ingest workers on one PostgreSQL database (${r.articles} articles enqueued; ${r.cores} cores: workers, the database and the load share them)`,
    ['workers', 'seconds', 'articles/s', 'vs one worker'], r.workers.map((x) => [x.workers, x.seconds, x.articlesPerS, `${num(x.articlesPerS / r.workers[0].articlesPerS)}×`])));
  out(table('API servers behind one database (50 connections from another process, /api/actors/:id/neighbors over 300 actors)',
    ['servers', 'requests/s', 'p50 ms', 'p99 ms', 'errors'], r.api.map((x) => [x.servers, x.rps, x.p50, x.p99, x.errors])));
  out(`write on one server → visible in the other's graph: p50 ${num(r.delay.p50Ms)} ms, p99 ${num(r.delay.p99Ms)} ms, max ${num(r.delay.maxMs)} ms (${r.delay.writes} writes)`);
  for (const x of r.workers) figure(`queue ingest articles/s (${x.workers} workers)`, x.articlesPerS, 'articles/s', `${r.articles} articles`);
  for (const x of r.api) figure(`API req/s (${x.servers} server${x.servers > 1 ? 's' : ''} on one database)`, x.rps, 'requests/s', '50 connections, neighbors');
  figure('write to other-server visibility p50', r.delay.p50Ms, 'ms', `${r.delay.writes} writes`);
  figure('write to other-server visibility p99', r.delay.p99Ms, 'ms', `${r.delay.writes} writes`);
}

async function viewer() {
  const script = path.join(ROOT, 'bench/viewer.mjs');
  const why = !fs.existsSync(script) ? 'bench/viewer.mjs does not exist' : !fs.existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}`
    : !fs.existsSync(path.join(ROOT, 'web/dist/index.html')) ? 'web/dist is not built (npm run build:web)' : null;
  if (why) { results.sections.viewer = { skipped: why }; return out(`\n## Viewer\nskipped (${why})`); }
  const r = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const json = r.stdout?.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (r.status !== 0 || !json) {
    results.sections.viewer = { skipped: `bench/viewer.mjs failed (${r.error?.message ?? (r.stderr || '').trim().split('\n').at(-1)})` };
    return out(`\n## Viewer\nskipped (${results.sections.viewer.skipped})`);
  }
  const v = JSON.parse(json);
  results.sections.viewer = v;
  out(`\n## Viewer (bench/viewer.mjs, ${v.browser})\n${r.stdout.trim().split('\n').filter((l) => !l.startsWith('{')).join('\n')}`);
  for (const x of v.rows) {
    figure('viewer first frame ms', x.firstFrameMs, 'ms', `${x.nodes} nodes, ${x.edges} edges`);
    figure('viewer FA2 iterations/s', x.fa2IterationsPerSecond, 'iterations/s', `${x.nodes} nodes`);
  }
}

out(`diplograph benchmarks — scale ${SCALE}; ${M.cores} cores (${M.cpu}), Node ${M.node}, ${M.platform}, ${M.memoryGiB} GiB`);
out(`build: ${build()}`);
if (results.loadAtStart.busy) out(`note: load average ${results.loadAtStart.loadavg1} on ${M.cores} cores — other work is running; wall times and parallel speed-ups are skewed, CPU-time figures less so.`);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const SECTIONS = { extraction, profile, ingest, rebuild, api, layout, viewer, scale: scaleOut };
results.sectionSeconds = {};
for (const [name, fn] of Object.entries(SECTIONS)) {
  if (only && !only.includes(name)) continue;
  const t = Date.now();
  current = name;
  await fn();
  results.sectionSeconds[name] = Math.round((Date.now() - t) / 1000);
}
results.loadAtEnd = load();
results.durationS = Math.round((Date.now() - started) / 1000);
// one file per scale, so a full run's 1M-event figures are not overwritten by a default run
const resultsFile = `bench/results${SCALE === 'default' ? '' : `-${SCALE}`}.json`;
if (only && fs.existsSync(path.join(ROOT, resultsFile))) {
  // BENCH_ONLY re-ran some sections: keep the other sections' results and figures from the last run
  const last = JSON.parse(fs.readFileSync(path.join(ROOT, resultsFile), 'utf8'));
  const sectionOf = (f) => f.section ?? Object.keys(SECTIONS).find((k) => k in (last.sections ?? {}) && f.figure.toLowerCase().includes(k));
  results.sections = { ...last.sections, ...results.sections };
  results.sectionSeconds = { ...last.sectionSeconds, ...results.sectionSeconds };
  results.figures = [...(last.figures ?? []).filter((f) => !only.includes(sectionOf(f) ?? '')), ...results.figures];
  results.rerun = { sections: only, at: results.startedAt, previousRunStartedAt: last.rerun?.previousRunStartedAt ?? last.startedAt };
}
fs.writeFileSync(path.join(ROOT, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
out(`\n${results.figures.length} figures in ${resultsFile}; ${results.durationS} s (${Object.entries(results.sectionSeconds).map(([k, v]) => `${k} ${v}`).join(', ')}); load average ${results.loadAtStart.loadavg1} → ${results.loadAtEnd.loadavg1}.`);
