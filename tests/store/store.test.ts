// The store on both backends (tests/store/support/backends.ts): one transaction per article, duplicates,
// deletion with its orphans, paging; and the SQLite file itself (folder, WAL, reopening).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.js';
import { openStore, type ArticlePlan, type Store } from '../../src/store/index.js';
import { entity, event, fixedExtractor } from '../ingest/support/fake-extract.js';
import { describeStores } from './support/backends.js';

const opened: Store[] = [];
const tmpDb = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dg-store-')), 'test.db');
const open = async (file = ':memory:') => {
  const s = await openStore(file);
  opened.push(s);
  return s;
};
afterEach(async () => { for (const s of opened.splice(0)) await s.close(); });

const macronMeetsPashinyan = fixedExtractor(
  [entity('person:emmanuel-macron', 'Emmanuel Macron', { state: 'FRA' }), entity('person:nikol-pashinyan', 'Nikol Pashinyan', { state: 'ARM' })],
  [event('e1', 'meeting', 'person:emmanuel-macron', 'person:nikol-pashinyan', { date: '2022-09-26' })],
);

describe('openStore', () => {
  it('creates the database file with its folder, in WAL mode', async () => {
    const file = path.join(tmpDb(), '..', 'nested', 'dg.db');
    await open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
  });

  it('keeps what was written when the database is opened again', async () => {
    const file = tmpDb();
    const s = await open(file);
    await ingestArticle(s, { id: 'a1', text: 'Macron met Pashinyan.' }, { extract: macronMeetsPashinyan });
    await s.close();
    const again = await open(file);
    expect((await again.getArticle('a1'))?.events).toHaveLength(1);
    expect(await again.stats()).toMatchObject({ articles: 1, actors: 2, events: 1, reports: 1 });
  });
});

describeStores('the store', (backend) => {
  describe('writeArticle', () => {
    it('stores the article, its actors and its events, and gives them back', async () => {
      const s = await backend.open();
      await ingestArticle(s, { id: 'a1', title: 'T', date: '2022-09-27', url: 'https://ex.org/1', source: 'Ex', text: 'Macron met Pashinyan.' },
        { extract: macronMeetsPashinyan });
      const a = (await s.getArticle('a1'))!;
      expect(a).toMatchObject({ title: 'T', date: '2022-09-27', url: 'https://ex.org/1', source: 'Ex', text: 'Macron met Pashinyan.' });
      expect(a.entities.map((e) => e.actorId).sort()).toEqual(['person:emmanuel-macron', 'person:nikol-pashinyan']);
      expect(a.events[0]).toMatchObject({ type: 'meeting', rule: 'meeting.test', trigger: 'meeting', cameo: '040', date: '2022-09-26' });
    });

    it('writes nothing of an article when part of its write fails', async () => {
      const s = await backend.open();
      const plan: ArticlePlan = {
        article: { id: 'broken', url: null, title: null, source: null, date: null, text: 'x', contentHash: 'h', ingestedAt: new Date().toISOString() },
        entities: [{ ...entity('person:a', 'A'), actorId: 'person:a' }],
        actors: [{ id: 'person:a', kind: 'person', name: 'A', state: null, keys: ['person|a'] }],
        reports: [{ ...event('e1', 'statement', 'person:a', null), eventId: 'no-such-event' }],
        newEvents: [],
      };
      await expect((async () => await s.writeArticle(plan))()).rejects.toThrow();
      expect(await s.hasArticle('broken')).toBe(false);
      expect(await s.stats()).toEqual({ articles: 0, actors: 0, events: 0, reports: 0 });
    });
  });

  describe('findDuplicate', () => {
    it('knows an article again by its URL or by its text, whitespace aside', async () => {
      const s = await backend.open();
      await ingestArticle(s, { id: 'a1', url: 'https://ex.org/1', text: 'Macron met  Pashinyan.\n' }, { extract: macronMeetsPashinyan });
      expect(await ingestArticle(s, { url: 'https://ex.org/1', text: 'other text' }, { extract: macronMeetsPashinyan }))
        .toEqual({ status: 'duplicate', id: 'a1', duplicateOf: 'a1' });
      expect((await ingestArticle(s, { text: 'Macron met Pashinyan.' }, { extract: macronMeetsPashinyan })).status).toBe('duplicate');
      expect((await s.stats()).articles).toBe(1);
    });
  });

  describe('deleteArticle', () => {
    it('removes its events and the actors no other article mentions, and keeps the shared ones', async () => {
      const s = await backend.open();
      const macronAlone = fixedExtractor([entity('person:emmanuel-macron', 'Emmanuel Macron', { state: 'FRA' })],
        [event('s1', 'statement', 'person:emmanuel-macron', null)]);
      await ingestArticle(s, { id: 'a1', text: 'Macron met Pashinyan.' }, { extract: macronMeetsPashinyan });
      await ingestArticle(s, { id: 'a2', text: 'Macron spoke.' }, { extract: macronAlone });
      expect(await s.deleteArticle('a1')).toEqual({ id: 'a1', eventsRemoved: 1, actorsRemoved: 1 });
      expect(await s.getActor('person:nikol-pashinyan')).toBeNull();
      expect((await s.getActor('person:emmanuel-macron'))?.articles).toEqual(['a2']);
      expect(await s.stats()).toMatchObject({ articles: 1, events: 1 });
    });

    it('answers null for an unknown article and logs real deletions for syncing clients', async () => {
      const s = await backend.open();
      const before = new Date(Date.now() - 1000).toISOString();
      await ingestArticle(s, { id: 'a1', text: 'Macron met Pashinyan.' }, { extract: macronMeetsPashinyan });
      expect(await s.deleteArticle('nope')).toBeNull();
      await s.deleteArticle('a1');
      expect((await s.deletedArticlesSince(before)).map((d) => d.id)).toEqual(['a1']);
    });
  });

  describe('listArticles', () => {
    it('pages through articles in the order they were ingested, with event counts', async () => {
      const s = await backend.open();
      for (const id of ['c', 'a', 'b']) await ingestArticle(s, { id, text: `Article ${id}.` }, { extract: macronMeetsPashinyan });
      const first = await s.listArticles({ offset: 0, limit: 2 });
      expect(first.total).toBe(3);
      expect(first.items.map((a) => a.id)).toEqual(['c', 'a']);
      expect(first.items[0]!.eventCount).toBe(1);
      expect((await s.listArticles({ offset: 2, limit: 2 })).items.map((a) => a.id)).toEqual(['b']);
    });
  });
});
