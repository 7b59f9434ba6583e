// A load generator in its own process (so the server under test has its core to itself): keeps
// CONNECTIONS keep-alive requests in flight against each URL for SECONDS and prints, as the last
// line of stdout, each URL's requests/s and p50/p99 latency. Used by bench/sections/api.mjs.
// usage: node load.mjs <connections> <seconds> <url> [url …]
import http from 'node:http';

const [connections, seconds, ...urls] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });

function request(url) {
  return new Promise((resolve) => {
    const t = performance.now();
    http.get(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ ms: performance.now() - t, ok: res.statusCode < 400 }));
    }).on('error', () => resolve({ ms: performance.now() - t, ok: false }));
  });
}

async function hammer(url) {
  const times = [];
  let errors = 0;
  const stop = performance.now() + Number(seconds) * 1000;
  const worker = async () => {
    while (performance.now() < stop) {
      const r = await request(url);
      if (r.ok) times.push(r.ms); else errors++;
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: Number(connections) }, worker));
  const elapsed = (performance.now() - t) / 1000;
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? null;
  return { url, requests: times.length, errors, rps: times.length / elapsed, p50: q(0.5), p99: q(0.99) };
}

const out = [];
for (const url of urls) out.push(await hammer(url));
agent.destroy();
console.log(JSON.stringify(out));
