// `diplograph sources` and `watch --once` as a user runs them, against a local news site made from
// the shipped Wikinews articles: a source is added, polled, listed with its status, and removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, rss, startNewsServer, wikinewsArticles, type NewsServer } from '../watch/support/news-server.js';
import { build, CLI, diplograph } from './support/run-cli.js';

let site: NewsServer;
let dir: string;
const A = wikinewsArticles();

beforeAll(async () => {
  build();
  site = await startNewsServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-watch-'));
  site.page('/w/0', articlePage(A[0]!));
  site.route('/w/1', (_q, res) => void res.writeHead(404).end());
  site.page('/feed.xml', rss([{ link: `${site.url}/w/0`, date: A[0]!.date }, { link: `${site.url}/w/1` }]), 'application/rss+xml');
});
afterAll(async () => {
  await site.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// spawnSync would block the event loop this process's news server answers on
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DIPLOGRAPH_DB: path.join(dir, 'db.sqlite') } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c) => { stdout += c; });
    p.stderr.on('data', (c) => { stderr += c; });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('diplograph sources and watch', () => {
  it('adds a source, polls it once, lists its status and removes it', async () => {
    const added = await run(['sources', 'add', `${site.url}/feed.xml`, '--name', 'Local', '--every', '30m']);
    expect(added.stdout).toMatch(/^added source 1: http:\/\/127\.0\.0\.1:\d+\/feed\.xml, every 30m/);

    const watched = await run(['watch', '--once']);
    expect(watched.stderr).toMatch(/ingested http:.*\/w\/0 as /);
    expect(watched.stderr).toMatch(/failed http:.*\/w\/1: HTTP 404/);
    expect(watched.stderr).toMatch(/Local \(id 1\): 2 listed, 1 ingested, 1 failed; next poll/);
    expect(watched.code).toBe(0);

    const listed = await run(['sources', 'list']);
    expect(listed.stdout).toMatch(/ok rss, every 30m/);
    expect(listed.stdout).toMatch(/links seen 2: ingested 1, duplicate 0, failed 1/);
    const json = JSON.parse((await run(['sources', 'list', '--json'])).stdout);
    expect(json.items[0]).toMatchObject({ status: 'ok', items: { ingested: 1, failed: 1 } });

    const again = await run(['watch', '--once']);
    expect(again.stderr).toMatch(/no source is due/);

    expect((await run(['sources', 'remove', '1'])).stdout).toMatch(/removed source 1/);
    expect((await run(['sources', 'list'])).stdout).toMatch(/no sources/);
  });

  it('refuses a bad interval with a one-line message and exit status 2', async () => {
    const r = await run(['sources', 'add', 'https://news.test/f', '--every', 'often']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^diplograph: --every must be a duration/);
  });

  it.each([['sources', 'add', '--help'], ['sources', 'list', '--help'], ['sources', 'remove', '--help'], ['watch', '--help']])(
    'prints help for %s %s', (...args) => {
      const r = diplograph(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: diplograph /);
    });
});
