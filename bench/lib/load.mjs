// A load generator in its own process (so the server under test has its core to itself): for each
// target, keeps CONNECTIONS keep-alive requests in flight for SECONDS, each request taking the
// target's next URL in turn (many distinct questions, not one asked again), and prints, as the last
// line of stdout, each target's requests/s, p50/p99 latency and how many answers came from the
// server's cache (X-Cache: hit). Used by bench/sections/api.mjs.
// usage: node load.mjs <connections> <seconds> <targets.json>   ([{ "label", "urls": [...] }, …])
import fs from 'node:fs';
import http from 'node:http';

const [connections, seconds, file] = process.argv.slice(2);
const targets = JSON.parse(fs.readFileSync(file, 'utf8'));
function request(url, agent) {
  return new Promise((resolve) => {
    const t = performance.now();
    http.get(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ ms: performance.now() - t, ok: res.statusCode < 500, status: res.statusCode, hit: res.headers['x-cache'] === 'hit' }));
    }).on('error', (err) => resolve({ ms: performance.now() - t, ok: false, status: err.code ?? 'error', hit: false }));
  });
}

async function hammer({ label, urls }) {
  // a pool per target: sockets left idle while another target ran may be closed by their server
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
  const times = [];
  let errors = 0;
  let hits = 0;
  let next = 0;
  const statuses = {};
  const stop = performance.now() + Number(seconds) * 1000;
  const worker = async () => {
    while (performance.now() < stop) {
      const r = await request(urls[next++ % urls.length], agent);
      if (r.ok) times.push(r.ms); else errors++;
      if (r.hit) hits++;
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: Number(connections) }, worker));
  const elapsed = (performance.now() - t) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? null;
  return { label, urls: urls.length, example: urls[0], requests: times.length, errors, hitShare: times.length ? hits / times.length : 0,
    rps: times.length / elapsed, p50: q(0.5), p99: q(0.99), statuses };
}

const out = [];
for (const target of targets) out.push(await hammer(target));
console.log(JSON.stringify(out));
