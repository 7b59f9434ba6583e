// The ingest progress bar on stderr (cli-progress): articles done, articles per second and events found.
// On a terminal it redraws in place; elsewhere (CI logs) it prints a line now and then and at the end.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../ingest/index.js';

/** A progress reporter for ingestPaths' onStart/onProgress hooks. */
export interface ProgressBar {
  onStart(total: number): void;
  onProgress(p: IngestProgress): void;
  stop(): void;
}

/** A bar on stderr; `quiet` gives one that prints nothing. */
export function ingestProgressBar(quiet = false): ProgressBar {
  if (quiet) return { onStart() {}, onProgress() {}, stop() {} };
  const bar = new cliProgress.SingleBar({
    format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | {events} events',
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 2000,
    hideCursor: true,
    barsize: 30,
  }, cliProgress.Presets.shades_classic);
  let started = 0;
  let running = false;
  const rate = (done: number) => (done / Math.max((performance.now() - started) / 1000, 1e-3)).toFixed(1);
  return {
    onStart(total) {
      started = performance.now();
      if (total === 0) return;
      bar.start(total, 0, { rate: '0.0', events: 0 });
      running = true;
    },
    onProgress(p) {
      if (running) bar.update(p.done, { rate: rate(p.done), events: p.events });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
