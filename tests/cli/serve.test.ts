// `diplograph serve` (what `npm start` runs): ingests the articles folder, serves the API, takes a
// posted article into the live graph, and on SIGTERM closes and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, CLI } from './support/run-cli.js';

let child: ChildProcess;
let url = '';
let stderr = '';
let dir: string;

beforeAll(async () => {
  build();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-serve-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.copyFileSync('data/articles/seed-france-armenia-military-ties.txt', path.join(dir, 'articles', 'seed.txt'));
  fs.writeFileSync(path.join(dir, 'articles', 'NOTICE'), 'licence text');
  child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', path.join(dir, 'dg.db'), '--articles', path.join(dir, 'articles')], {
    cwd: path.resolve('.'), env: { ...process.env, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (b) => (stderr += b));
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b) => {
      out += b;
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}, 120_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('diplograph serve', () => {
  it('ingests the articles folder at start, README and NOTICE files aside', async () => {
    expect(stderr).toMatch(/1 new articles/);
    expect(stderr).toMatch(/0 failed/);
    const list = await (await fetch(`${url}/api/articles`)).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual(['seed']);
  });

  it('answers a posted article with its id and events, and shows it in the graph at once', async () => {
    const res = await fetch(`${url}/api/articles`, {
      method: 'POST', headers: { 'content-type': 'text/plain' },
      body: 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Thursday.',
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.status).toBe('added');
    expect(Array.isArray(body.events)).toBe(true);
    const graph = await (await fetch(`${url}/api/graph`)).json();
    const articles = new Set(graph.nodes.flatMap((n: { attributes: { articles: string[] } }) => n.attributes.articles));
    if (body.entities.length) expect(articles.has(body.id)).toBe(true);
  });

  it('closes and exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
