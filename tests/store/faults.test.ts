// The store when the disk fails: a full database (SQLITE_FULL, simulated with a tiny max_page_count)
// and a read-only one (query_only). A failed write leaves nothing behind, reads keep working, and a
// bulk ingest stops once with a clear error instead of failing every article alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticle, ingestPaths, StorageStopped } from '../../src/ingest/index.js';
import { isStorageFailure, openStore, type Store } from '../../src/store/index.js';
import { entity, event, fixedExtractor } from '../ingest/support/fake-extract.js';

const opened: Store[] = [];
const open = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-store-faults-'));
  const s = await openStore(path.join(dir, 'test.db'));
  opened.push(s);
  return { store: s, dir };
};
afterEach(async () => { for (const s of opened.splice(0)) await s.close(); });

const dbOf = (s: Store) => (s as unknown as { db: Database.Database }).db;
/** Lets the database grow by `pages` pages at most. */
const capPages = (s: Store, pages: number) => dbOf(s).pragma(`max_page_count = ${(dbOf(s).pragma('page_count', { simple: true }) as number) + pages}`);

const extract = fixedExtractor(
  [entity('person:emmanuel-macron', 'Emmanuel Macron', { state: 'FRA' }), entity('person:nikol-pashinyan', 'Nikol Pashinyan', { state: 'ARM' })],
  [event('e1', 'meeting', 'person:emmanuel-macron', 'person:nikol-pashinyan')],
);
const long = (n: number, salt: string) => `Macron met Pashinyan (${salt}). `.repeat(n);

describe('writeArticle', () => {
  describe('when the database is full', () => {
    it('throws SQLITE_FULL, keeps nothing of the article, and reads still work', async () => {
      const { store } = await open();
      await ingestArticle(store, { id: 'a1', text: long(1, 'first') }, { extract });
      const before = await store.stats();
      capPages(store, 2);
      let error: unknown;
      try {
        await ingestArticle(store, { id: 'a2', text: long(2000, 'second') }, { extract });
      } catch (err) {
        error = err;
      }
      expect((error as { code?: string }).code).toBe('SQLITE_FULL');
      expect(isStorageFailure(error)).toBe(true);
      expect(await store.stats()).toEqual(before);
      expect(await store.hasArticle('a2')).toBe(false);
      expect((await store.getArticle('a1'))?.events).toHaveLength(1);
      expect(dbOf(store).pragma('integrity_check', { simple: true })).toBe('ok');
    });
  });

  describe('when the database is read-only', () => {
    it('throws SQLITE_READONLY and reads still work', async () => {
      const { store } = await open();
      await ingestArticle(store, { id: 'a1', text: long(1, 'first') }, { extract });
      dbOf(store).pragma('query_only = ON');
      await expect((async () => await ingestArticle(store, { id: 'a2', text: long(1, 'second') }, { extract }))()).rejects.toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
      await expect((async () => await store.deleteArticle('a1'))()).rejects.toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
      expect((await store.stats()).articles).toBe(1);
      expect((await store.listArticles({ offset: 0, limit: 10 })).items.map((a) => a.id)).toEqual(['a1']);
    });
  });
});

describe('ingestPaths', () => {
  describe('when the disk fills up in the middle of a run', () => {
    it('stops with one StorageStopped error naming the cause and keeps the articles committed before', async () => {
      const { store, dir } = await open();
      const inputs = path.join(dir, 'in');
      fs.mkdirSync(inputs);
      for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(inputs, `a${String(i).padStart(2, '0')}.txt`), long(i < 3 ? 1 : 400, `article ${i}`));
      capPages(store, 6);
      let error: unknown;
      try {
        await ingestPaths(store, [inputs], { extract });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(StorageStopped);
      const stopped = error as StorageStopped;
      expect(stopped.message).toMatch(/the database cannot be written \(database or disk is full\); stopped after \d+ articles were stored/);
      expect(isStorageFailure(stopped)).toBe(true);
      expect(await store.articleIds()).toEqual(stopped.summary.added.map((a) => a.id));
      expect(stopped.summary.failed).toEqual([]);
      expect(dbOf(store).pragma('integrity_check', { simple: true })).toBe('ok');
    });
  });

  describe('when one article is bad and the disk is fine', () => {
    it('records it as failed and goes on', async () => {
      const { store, dir } = await open();
      const inputs = path.join(dir, 'in');
      fs.mkdirSync(inputs);
      fs.writeFileSync(path.join(inputs, 'a.txt'), long(1, 'good'));
      fs.writeFileSync(path.join(inputs, 'b.json'), '{"text": ');
      fs.writeFileSync(path.join(inputs, 'c.txt'), long(1, 'also good'));
      const s = await ingestPaths(store, [inputs], { extract });
      expect(s.added).toHaveLength(2);
      expect(s.failed).toHaveLength(1);
    });
  });
});
