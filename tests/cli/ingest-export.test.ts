// `diplograph ingest` and `diplograph export` on a temporary database: progress and summary,
// duplicates on a second run, a bad file skipped, the stored graph written out; --help on every command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, diplograph } from './support/run-cli.js';

let dir: string;
let db: string;

beforeAll(() => {
  build();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-cli-ingest-'));
  db = path.join(dir, 'db', 'test.db');
  fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  fs.copyFileSync('data/articles/seed-france-armenia-military-ties.txt', path.join(dir, 'in', 'seed.txt'));
  fs.copyFileSync('data/articles/wikinews-2019-10-10-uk-us-diplomatic-immunity.json', path.join(dir, 'in', 'sub', 'uk-us.json'));
  fs.writeFileSync(path.join(dir, 'in', 'sub', 'bad.json'), '[1, 2');
  fs.writeFileSync(path.join(dir, 'in', 'README.md'), 'not an article');
}, 120_000);

describe('diplograph ingest', () => {
  it('stores the good articles of a folder, reports the bad file with its reason and exits 2', () => {
    const r = diplograph(['ingest', path.join(dir, 'in')], { env: { DIPLOGRAPH_DB: db } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^added 2 articles \(\d+ events\), skipped 0 duplicates, failed 1/);
    expect(r.stdout).toMatch(/failed: .*bad\.json: invalid JSON/);
    expect(r.stderr).toMatch(/articles\/s/);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('adds nothing the second time and says the articles are already stored', () => {
    const r = diplograph(['ingest', '--json', path.join(dir, 'in', 'seed.txt'), path.join(dir, 'in', 'sub', 'uk-us.json')], { env: { DIPLOGRAPH_DB: db } });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.added).toEqual([]);
    expect(summary.duplicates.map((d: { duplicateOf: string }) => d.duplicateOf).sort())
      .toEqual(['seed', 'wikinews-2019-10-10-uk-us-diplomatic-immunity']);
  });
});

describe('diplograph export', () => {
  it('writes the stored graph as graphology JSON with a node per stored actor', () => {
    const r = diplograph(['export', '--format', 'json', '--db', db]);
    expect(r.code).toBe(0);
    const graph = JSON.parse(r.stdout) as { nodes: Array<{ key: string; attributes: { articles: string[] } }> };
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(new Set(graph.nodes.flatMap((n) => n.attributes.articles))).toEqual(new Set(['seed', 'wikinews-2019-10-10-uk-us-diplomatic-immunity']));
  });

  it('names the known formats when given an unknown one', () => {
    const r = diplograph(['export', '--format', 'pdf', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format "pdf"; use one of json, gexf, graphml, csv/);
  });

  it('says to ingest first when the database does not exist', () => {
    const r = diplograph(['export', '--format', 'json', '--db', path.join(dir, 'none.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such database/);
  });
});

describe('diplograph --help', () => {
  it.each(['extract', 'ingest', 'export', 'serve'])('explains the %s command', (cmd) => {
    const r = diplograph([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: diplograph ${cmd}`));
  });
});
