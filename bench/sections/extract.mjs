// Extraction throughput on one core: MB of article text per second for extractArticle and for
// compromise's nlp(text) on the same texts in the same process, at three stream sizes, cold (a
// fresh process's first pass) and warm (after V8 has settled); then single articles made longer
// and longer (cost per article length). Wall and CPU seconds are both kept: on a busy machine the
// CPU figure is the one that says what one core does. run.mjs starts this section with V8's
// --single-threaded, so garbage collection and compilation run on the measured thread too: the
// CPU seconds are those of one core, not of one core plus V8's helper threads.
// With --profile-only <file> it warms up, then records one pass with V8's CPU profiler (the one
// behind node --cpu-prof, through node:inspector so warm-up stays out of it) into <file>.
import fs from 'node:fs';
import inspector from 'node:inspector';
import { createRequire } from 'node:module';
import path from 'node:path';
import { articleStream } from '../lib/stream.mjs';
import { clock, growth, section } from '../lib/measure.mjs';
import { ROOT, dist } from '../lib/paths.mjs';
import { scale } from '../lib/scales.mjs';

const require = createRequire(import.meta.url);
const WARM_MB = 0.4;
// V8 keeps getting faster on this pipeline for many passes (its optimizing compiler waits for
// enough calls of each function): warm-up goes on until three passes in a row are no faster than the
// best before them (at least MIN, at most MAX passes); compromise settles sooner
const WARM_PASSES_MIN = 6;
const WARM_PASSES_MAX = 30;
const WARM_PASSES_COMPROMISE = 3;
const REPEATS = 3;
/** The pass with the median CPU time. */
const median = (passes) => [...passes].sort((a, b) => a.cpu - b.cpu)[Math.floor(passes.length / 2)];
const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1e6;
const pass = (texts, fn) => clock(() => { for (const a of texts) fn(a); });

/** Passes over `texts` until three in a row are no faster than the best before them (1% slack); how many ran. */
function warmUp(texts, fn, best = Infinity) {
  let p = 0;
  for (let flat = 0; p < WARM_PASSES_MAX && (flat < 3 || p < WARM_PASSES_MIN); p++) {
    const { cpu } = pass(texts, fn);
    flat = cpu < best * 0.99 ? 0 : flat + 1;
    best = Math.min(best, cpu);
  }
  return p;
}

section(async (name) => {
  const sizes = scale(name).extractMB;
  const { extractArticle } = await dist('extract/index.js');
  // the measured stream, then a separate warm-up set: V8 takes several passes to reach its steady state
  const all = await articleStream({ bytes: (sizes.at(-1) + WARM_MB) * 1e6 });
  let cut = 0;
  for (let bytes = 0; cut < all.length && bytes < sizes.at(-1) * 1e6; cut++) bytes += Buffer.byteLength(all[cut].text);
  const stream = all.slice(0, cut);
  const warm = all.slice(cut);
  if (process.argv.includes('--profile-only')) {
    warmUp(warm, extractArticle);
    const texts = stream;
    const session = new inspector.Session();
    session.connect();
    const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
    await post('Profiler.enable');
    await post('Profiler.start');
    const took = pass(texts, extractArticle);
    const { profile } = await post('Profiler.stop');
    fs.writeFileSync(process.argv[process.argv.indexOf('--profile-only') + 1], JSON.stringify(profile));
    session.disconnect();
    return { profiledMB: mb(texts), ...took };
  }
  let nlp = null;
  try { nlp = require('compromise'); } catch { /* reported as skipped */ }

  const coldE = pass(warm, extractArticle);
  const coldC = nlp ? pass(warm, (a) => nlp(a.text)) : null;
  for (let p = 1; p < WARM_PASSES_COMPROMISE; p++) if (nlp) pass(warm, (a) => nlp(a.text));
  const warmPasses = 1 + warmUp(warm, extractArticle, coldE.cpu);
  const cold = { mb: mb(warm), extractMBps: mb(warm) / coldE.wall, extractMBpcpu: mb(warm) / coldE.cpu,
    compromiseMBps: coldC ? mb(warm) / coldC.wall : null, compromiseMBpcpu: coldC ? mb(warm) / coldC.cpu : null };

  const rows = [];
  for (const size of sizes) {
    const texts = [];
    let bytes = 0;
    for (const a of stream) { if (bytes >= size * 1e6) break; texts.push(a); bytes += Buffer.byteLength(a.text); }
    // REPEATS alternating passes of each; the median pass of each is reported (the machine's speed
    // drifts by a third between identical passes, and alternating keeps both under the same drift)
    const es = [];
    const cs = [];
    for (let r = 0; r < REPEATS; r++) { es.push(pass(texts, extractArticle)); if (nlp) cs.push(pass(texts, (a) => nlp(a.text))); }
    const e = median(es);
    const c = nlp ? median(cs) : null;
    const m = mb(texts);
    rows.push({ mb: Math.round(m * 100) / 100, articles: texts.length, repeats: REPEATS, extractS: e.wall, extractCpuS: e.cpu,
      extractMBps: m / e.wall, extractMBpcpu: m / e.cpu, compromiseS: c?.wall ?? null, compromiseCpuS: c?.cpu ?? null,
      compromiseMBps: c ? m / c.wall : null, compromiseMBpcpu: c ? m / c.cpu : null, ratio: c ? c.cpu / e.cpu : null });
  }
  // one article made longer and longer (other articles appended as paragraphs); best of three
  const lengths = [];
  for (const k of [1, 4, 16]) {
    const text = stream.slice(0, k).map((a) => a.text).join('\n\n');
    const runs = [0, 1, 2].map(() => clock(() => extractArticle({ id: `long-${k}`, text })).cpu);
    lengths.push({ kb: Math.round(Buffer.byteLength(text) / 1000), cpuS: Math.min(...runs) });
  }
  const version = nlp ? JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/compromise/package.json'), 'utf8')).version : null;
  return {
    cold, warmPasses, rows, compromise: version ? `compromise ${version}` : 'skipped (compromise is not installed: npm install -D compromise)',
    growth: growth(rows.map((r) => [r.mb, r.extractCpuS])),
    lengths, lengthGrowth: growth(lengths.map((l) => [l.kb, l.cpuS])),
  };
});
