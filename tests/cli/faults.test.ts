// Crash and shutdown tests on real processes: `diplograph ingest` killed with SIGKILL at random
// moments leaves no half article and a re-run finishes with exactly the expected articles; the server
// finishes the request in flight on SIGTERM, closes the database and exits 0; on a read-only database
// file it starts, keeps serving reads and answers writes 503. Every process is stopped by its own pid.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, CLI } from './support/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
// the shipped Wikinews articles (CC BY 2.5, see data/README.md), so the test runs on any clone
const CORPUS = path.join(ROOT, 'data/articles/wikinews-2019-2020.jsonl');
const ARTICLES = 100;
const ROUNDS = 4;
const SEED = 7;

const children = new Set<ChildProcess>();
let dir: string;

beforeAll(() => {
  build();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-faults-'));
}, 180_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A seeded PRNG (mulberry32), so the kill moments are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Articles as one .json file each (the Wikinews corpus when present, else generated texts). */
function writeInputs(into: string): void {
  fs.mkdirSync(into, { recursive: true });
  const lines = fs.existsSync(CORPUS)
    ? fs.readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).slice(0, ARTICLES)
    : Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({
      id: `gen-${i}`, text: `French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on day ${i}. Russia accused France of meddling.`,
    }));
  lines.forEach((l, i) => fs.writeFileSync(path.join(into, `a${String(i).padStart(4, '0')}.json`), l));
}

/** Per article, in ingestion order: its id with its numbers of mentions and event reports. */
function articleShape(db: Database.Database): Array<[string, number, number]> {
  return (db.prepare(`SELECT a.id, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS m,
    (SELECT count(*) FROM event_reports r WHERE r.article_id = a.id) AS r FROM articles a ORDER BY a.seq`).all() as
    Array<{ id: string; m: number; r: number }>).map((x) => [x.id, x.m, x.r]);
}

/** What must hold in any store: SQLite's own checks and no orphans left by a half-written article. */
function consistencyProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const orphans = {
    'events without a report': count('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)'),
    'actors no article mentions': count('SELECT count(*) AS n FROM actors a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id)'),
    'reports of a missing article': count('SELECT count(*) AS n FROM event_reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)'),
    'mentions of a missing article': count('SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)'),
  };
  for (const [what, n] of Object.entries(orphans)) if (n) problems.push(`${n} ${what}`);
  return problems;
}

/** Opens a database file the way the store does (WAL recovery included) and reads it. */
function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Articles committed so far; 0 while the child has created the file but not yet its tables. */
function storedArticles(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get();
  return table ? (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n : 0;
}

const stats = (db: Database.Database) => ['articles', 'actors', 'events', 'event_reports', 'mentions', 'aliases']
  .map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);

describe('diplograph ingest killed with SIGKILL', () => {
  it(`leaves a store that opens with no half article after each of ${ROUNDS} kills, and a re-run stores exactly the expected articles`, async () => {
    const inputs = path.join(dir, 'inputs');
    writeInputs(inputs);
    const ingest = (db: string) => [CLI, 'ingest', inputs, '--db', db, '--quiet', '--json'];

    const refDb = path.join(dir, 'reference.db');
    const ref = spawnSync(process.execPath, ingest(refDb), { cwd: ROOT, encoding: 'utf8' });
    expect([0, 2]).toContain(ref.status);
    const expected = inspect(refDb, (db) => ({ shape: articleShape(db), stats: stats(db), problems: consistencyProblems(db) }));
    expect(expected.problems).toEqual([]);
    expect(expected.shape.length).toBeGreaterThan(ARTICLES / 2);

    const db = path.join(dir, 'killed.db');
    const rand = prng(SEED);
    const seen: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = fs.existsSync(db) ? inspect(db, storedArticles) : 0;
      const child = spawn(process.execPath, ingest(db), { cwd: ROOT, stdio: 'ignore' });
      children.add(child);
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      // wait until this run has committed an article, then kill at a random moment of the next ones
      for (let i = 0; i < 600 && child.exitCode === null; i++) {
        const now = fs.existsSync(db) ? inspect(db, storedArticles) : 0;
        if (now > before) break;
        await sleep(50);
      }
      await sleep(Math.floor(rand() * 400));
      const killed = child.kill('SIGKILL');
      await exited;
      const after = inspect(db, (d) => ({ shape: articleShape(d), problems: consistencyProblems(d) }));
      seen.push(after.shape.length);
      expect(after.problems, `round ${round}`).toEqual([]);
      // what is stored is exactly a prefix of the reference run, each article whole
      expect(after.shape, `round ${round}`).toEqual(expected.shape.slice(0, after.shape.length));
      if (!killed) break;
    }
    console.log(`ingest kill rounds: ${seen.length}, articles stored after each kill: ${seen.join(', ')} of ${expected.shape.length}`);

    const rerun = spawnSync(process.execPath, ingest(db), { cwd: ROOT, encoding: 'utf8' });
    expect(rerun.status).toBe(ref.status);
    const final = inspect(db, (d) => ({ shape: articleShape(d), stats: stats(d), problems: consistencyProblems(d) }));
    expect(final.problems).toEqual([]);
    expect(final.shape).toEqual(expected.shape);
    expect(final.stats).toEqual(expected.stats);
  }, 240_000);
});

/** A free loopback port. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `node dist/server/main.js` in `cwd`; resolves with its URL once it listens. */
async function startServer(cwd: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/server/main.js')], {
    cwd, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let err = '';
  child.stderr!.on('data', (b) => (err += b));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b) => {
      out += b;
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited ${code}: ${err}`)));
  });
  return { child, url, stderr: () => err };
}

const exitOf = (child: ChildProcess) => new Promise<{ code: number | null; signal: string | null }>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
  else child.once('exit', (code, signal) => resolve({ code, signal }));
});

describe('the server on SIGTERM', () => {
  it('finishes the request in flight, closes the database and exits 0', async () => {
    const cwd = fs.mkdtempSync(path.join(dir, 'sigterm-'));
    const db = path.join(cwd, 'dg.db');
    const { child, url } = await startServer(cwd, { DIPLOGRAPH_DB: db });
    const { port } = new URL(url);
    const body = JSON.stringify({ title: 'In flight', text: 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Thursday.' });
    const half = Math.floor(body.length / 2);

    // a request whose body is still arriving when the signal comes
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`);
      });
      let raw = '';
      socket.on('data', (b) => (raw += b));
      socket.on('close', () => {
        const m = /^HTTP\/1\.1 (\d{3})/.exec(raw);
        if (m) resolve({ status: Number(m[1]), text: raw.slice(raw.indexOf('\r\n\r\n') + 4) });
        else reject(new Error(`no answer before the connection closed: ${JSON.stringify(raw)}`));
      });
      socket.on('error', reject);
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => socket.write(body.slice(half)), 300);
      }, 300);
    });

    const res = await answer;
    expect(res.status).toBe(201);
    expect(await exitOf(child)).toEqual({ code: 0, signal: null });
    // a cleanly closed WAL database checkpoints and removes its -wal file
    expect(fs.existsSync(`${db}-wal`)).toBe(false);
    expect(inspect(db, (d) => (d.prepare('SELECT title FROM articles').all() as Array<{ title: string }>).map((a) => a.title))).toEqual(['In flight']);
  }, 60_000);
});

describe('the server on a read-only database file', () => {
  const immutable = (file: string, on: boolean) => spawnSync('chattr', [on ? '+i' : '-i', file]).status === 0;

  it('starts, keeps serving reads and answers writes 503 storage_read_only', async (ctx) => {
    const cwd = fs.mkdtempSync(path.join(dir, 'readonly-'));
    const db = path.join(cwd, 'dg.db');
    writeInputs(path.join(cwd, 'few'));
    const seeded = spawnSync(process.execPath, [CLI, 'ingest', path.join(cwd, 'few', 'a0000.json'), path.join(cwd, 'few', 'a0001.json'), '--db', db, '--quiet'], { cwd: ROOT });
    expect(seeded.status).toBe(0);
    // root ignores file modes; an immutable file is read-only even for root (skipped where chattr is not allowed)
    fs.chmodSync(db, 0o444);
    if (process.getuid?.() === 0 && !immutable(db, true)) ctx.skip();
    try {
      const { child, url, stderr } = await startServer(cwd, { DIPLOGRAPH_DB: db });
      const list = await (await fetch(`${url}/api/articles`)).json();
      expect(list.total).toBe(2);
      expect((await fetch(`${url}/api/graph`)).status).toBe(200);
      const post = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Macron met Pashinyan in Paris.' });
      expect(post.status).toBe(503);
      expect((await post.json()).error.code).toBe('storage_read_only');
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      child.kill('SIGTERM');
      expect((await exitOf(child)).code).toBe(0);
      expect(stderr()).toMatch(/cannot be written/);
    } finally {
      if (process.getuid?.() === 0) immutable(db, false);
      fs.chmodSync(db, 0o644);
    }
  }, 60_000);
});
