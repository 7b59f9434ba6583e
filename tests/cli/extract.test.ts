// `diplograph extract` as the contract (shared/contracts/extract-cli.md) fixes it: inputs, JSON shape,
// exit codes and one-line errors, plus --explain and the readable summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, diplograph } from './support/run-cli.js';

const SEED = path.resolve('data/articles/seed-france-armenia-military-ties.txt');
let dir: string;

beforeAll(() => {
  build();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-cli-'));
  fs.writeFileSync(path.join(dir, 'one.json'), JSON.stringify({ title: 'One', date: '2020-01-13', text: 'Iran admitted downing a Ukrainian jet.' }));
  fs.writeFileSync(path.join(dir, 'many.jsonl'), [
    JSON.stringify({ id: 'first', text: 'Macron met Pashinyan in Paris.' }),
    JSON.stringify({ id: 'second', text: 'Russia rejected the accusation.' }),
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'page.html'), '<html><head><title>P</title></head><body><article><p>Leaders of the G7 met in Biarritz on Saturday to discuss the fires.</p><p>Get the Mirror in your inbox:</p></article></body></html>');
  fs.writeFileSync(path.join(dir, 'broken.json'), '{"text": ');
}, 120_000);

describe('diplograph extract --json', () => {
  it('prints one JSON document with an article per input article, ids from file names when not given', () => {
    const r = diplograph(['extract', '--json', SEED, path.join(dir, 'one.json'), path.join(dir, 'many.jsonl'), path.join(dir, 'page.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { articles: Array<Record<string, unknown>> };
    expect(doc.articles.map((a) => a.id)).toEqual(['seed-france-armenia-military-ties', 'one', 'first', 'second', 'page']);
    expect(doc.articles[1]).toMatchObject({ title: 'One', date: '2020-01-13' });
    for (const a of doc.articles) expect(Object.keys(a)).toEqual(['id', 'title', 'date', 'entities', 'events']);
  });

  it('gives each event the contract fields, offsets that point at its sentence, and entities it names', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const doc = JSON.parse(diplograph(['extract', '--json', SEED]).stdout);
    const article = doc.articles[0];
    const ids = new Set(article.entities.map((e: { id: string }) => e.id));
    for (const ev of article.events) {
      expect(Object.keys(ev)).toEqual(expect.arrayContaining(['id', 'type', 'source', 'target', 'date', 'location', 'sentence', 'start', 'end', 'confidence']));
      expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
      expect(ids.has(ev.source)).toBe(true);
      expect(ev).not.toHaveProperty('rule');
    }
  });

  it('uses --date as the publication date of .txt files', () => {
    const doc = JSON.parse(diplograph(['extract', '--json', '--date', '2022-10-28', SEED]).stdout);
    expect(doc.articles[0].date).toBe('2022-10-28');
  });

  it('exits 2 naming each bad file in one line on stderr, and still prints the good ones', () => {
    const missing = path.join(dir, 'missing.txt');
    const r = diplograph(['extract', '--json', missing, path.join(dir, 'one.json'), path.join(dir, 'broken.json')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(missing);
    expect(lines[1]).toMatch(/broken\.json: invalid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id)).toEqual(['one']);
  });

  it('refuses a --date that is not YYYY-MM-DD with exit 2', () => {
    const r = diplograph(['extract', '--json', '--date', '28/10/2022', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date must be a date as YYYY-MM-DD/);
  });
});

describe('diplograph extract --explain', () => {
  it('adds the rule id and the trigger words to every event', () => {
    const doc = JSON.parse(diplograph(['extract', '--json', '--explain', SEED]).stdout);
    for (const ev of doc.articles[0].events) {
      expect(typeof ev.rule).toBe('string');
      expect(ev.rule.length).toBeGreaterThan(0);
      expect(typeof ev.trigger).toBe('string');
    }
  });
});

describe('diplograph extract without --json', () => {
  it('prints a readable summary: the article, its counts and a line per actor', () => {
    const r = diplograph(['extract', path.join(dir, 'one.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^one — One \(2020-01-13\)\n {2}\d+ actors, \d+ events/);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});
