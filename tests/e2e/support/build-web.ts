// Makes sure web/dist is built and newer than the viewer's sources before a browser test loads it.
// Test files run in parallel, so the build is serialized by a lock directory.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built viewer the server serves. */
export const WEB_DIST = path.join(ROOT, 'web/dist');

const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/types'];

function newest(p: string): number {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

/** Is web/dist missing or older than a viewer source? */
export function distIsStale(): boolean {
  const built = fs.statSync(path.join(WEB_DIST, 'index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  return Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s)))) > built.mtimeMs;
}

/** Builds web/dist when it is stale (one build at a time across test workers). */
export async function ensureWebBuilt(): Promise<void> {
  if (!distIsStale()) return;
  const lock = path.join(os.tmpdir(), `diplograph-web-build-${Buffer.from(ROOT).toString('hex').slice(-16)}.lock`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than two minutes is left over from a crash.
      const st = fs.statSync(lock, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (distIsStale()) {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
        { cwd: ROOT, stdio: 'inherit' });
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
