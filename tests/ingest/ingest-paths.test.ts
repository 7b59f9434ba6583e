// Ingesting files and folders: a summary of added, duplicate and failed inputs; a bad file is skipped
// and the rest goes in; the real extractor on the seed article keeps the store consistent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { graphFromStore, ingestPaths } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const stores: Store[] = [];
afterEach(async () => { for (const s of stores.splice(0)) await s.close(); });
const open = async () => {
  const s = await openStore(':memory:');
  stores.push(s);
  return s;
};
const SEED = path.resolve('data/articles/seed-france-armenia-military-ties.txt');

function folder(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-ingest-'));
  fs.copyFileSync(SEED, path.join(d, 'seed.txt'));
  fs.writeFileSync(path.join(d, 'two.jsonl'), [
    JSON.stringify({ id: 'g7', title: 'G7', date: '2019-08-24', text: 'Leaders of the G7 met in Biarritz on Saturday.' }),
    JSON.stringify({ id: 'ua', title: 'Jet', date: '2020-01-13', text: 'Iran admitted downing a Ukrainian jet.' }),
  ].join('\n'));
  fs.writeFileSync(path.join(d, 'broken.json'), '{"text": ');
  fs.writeFileSync(path.join(d, 'README.md'), 'Articles for the demo.');
  return d;
}

describe('ingestPaths', () => {
  it('stores every good article, skips the bad file and says why', async () => {
    const s = await open();
    const summary = await ingestPaths(s, [folder()]);
    expect(summary.added.map((a) => a.id).sort()).toEqual(['g7', 'seed', 'ua']);
    expect(summary.failed).toEqual([{ file: expect.stringMatching(/broken\.json$/), reason: expect.stringMatching(/invalid JSON/) }]);
    expect((await s.stats()).articles).toBe(3);
  });

  it('changes nothing on a second run and reports each article as a duplicate', async () => {
    const s = await open();
    const d = folder();
    await ingestPaths(s, [d]);
    const before = await s.stats();
    const again = await ingestPaths(s, [d]);
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((x) => x.duplicateOf).sort()).toEqual(['g7', 'seed', 'ua']);
    expect(await s.stats()).toEqual(before);
  });

  it('reports progress once per article with the events found so far', async () => {
    const s = await open();
    const seen: Array<[number, number]> = [];
    let total = -1;
    const summary = await ingestPaths(s, [folder()], { onStart: (n) => (total = n), onProgress: (p) => seen.push([p.done, p.total]) });
    expect(total).toBe(3);
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(summary.events).toBe(summary.added.reduce((n, a) => n + a.events, 0));
  });

  it('keeps what the extractor finds in the seed article consistent in store and graph', async () => {
    const s = await open();
    await ingestPaths(s, [SEED]);
    const a = (await s.getArticle('seed-france-armenia-military-ties'))!;
    const actors = new Set(a.entities.map((e) => e.id));
    for (const ev of a.events) {
      expect(a.text.slice(ev.start, ev.end)).toBe(ev.sentence);
      expect(actors.has(ev.source)).toBe(true);
      if (ev.target) expect(actors.has(ev.target)).toBe(true);
      expect((await s.getEvent(ev.eventId))?.reports.length).toBeGreaterThanOrEqual(1);
    }
    const g = await graphFromStore(s);
    for (const e of a.entities) expect(g.hasNode(e.actorId)).toBe(true);
  });
});
