// Measuring helpers shared by the sections: the machine's description, percentiles, memory, the
// growth verdict (how a cost scales with input size) and the child-process protocol of run.mjs.
import os from 'node:os';

/** The machine every figure is tied to. */
export function machine() {
  return { cores: os.availableParallelism?.() ?? os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version,
    platform: `${os.platform()} ${os.arch()}`, memoryGiB: Math.round(os.totalmem() / 2 ** 30) };
}

/** The 1-minute load average against the core count: other work on the machine skews wall times. */
export function load() {
  const cores = machine().cores;
  const avg = Math.round(os.loadavg()[0] * 100) / 100;
  return { loadavg1: avg, cores, busy: avg > cores * 0.75 };
}

/** Runs `fn` and returns its wall and CPU seconds (this process's user + system time). */
export function clock(fn) {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const u = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
}

/** As `clock`, for an asynchronous `fn` (awaited). */
export async function clockAsync(fn) {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  const u = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
}

/** The p-th percentile (0–100) of `values`. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Milliseconds `fn` takes (awaited). */
export async function time(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** Resident set size in MB, after a GC when --expose-gc is on. */
export function rssMB() {
  globalThis.gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

/**
 * How a cost grows: the exponent b of cost ∝ size^b between the smallest and largest sizes, and a
 * verdict ("linear" for 0.85 ≤ b ≤ 1.15). A step between neighbouring sizes that grows faster than
 * linear is named in the verdict even when the whole range looks linear. `points` are [size, cost]
 * pairs with cost in total units.
 */
export function growth(points) {
  const ok = points.filter(([n, c]) => n > 0 && c > 0);
  if (ok.length < 2) return { exponent: null, verdict: 'n/a' };
  const exp = ([n1, c1], [n2, c2]) => Math.log(c2 / c1) / Math.log(n2 / n1);
  const b = exp(ok[0], ok.at(-1));
  let steep = null;
  for (let i = 1; i < ok.length; i++) {
    const e = exp(ok[i - 1], ok[i]);
    if (e > 1.15 && (!steep || e > steep.exponent)) steep = { exponent: Math.round(e * 100) / 100, from: ok[i - 1][0], to: ok[i][0] };
  }
  let verdict = b < 0.15 ? 'constant' : b < 0.85 ? `sublinear (n^${b.toFixed(2)})` : b <= 1.15 ? 'linear' : `NO: superlinear (n^${b.toFixed(2)})`;
  if (steep && b <= 1.15) verdict += `, but n^${steep.exponent.toFixed(2)} from ${steep.from.toLocaleString('en-US')} to ${steep.to.toLocaleString('en-US')}`;
  return { exponent: Math.round(b * 100) / 100, steepestStep: steep, verdict };
}

/** Runs a section's main and prints its result as the last line of stdout (run.mjs reads it). */
export async function section(main) {
  try {
    const before = load();
    const result = await main(process.argv[2] ?? 'default');
    result.load = { before: before.loadavg1, after: load().loadavg1, cores: before.cores };
    process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
    process.exit(0);
  } catch (err) {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
  }
}
