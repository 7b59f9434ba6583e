// HTTP tests for GET /api/search: any name form, case- and accent-insensitive, ranked.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IDS } from '../fixtures/diplomatic-articles.js';
import { fakeStore, makeApp } from './helpers.js';

const ids = (body: { items: Array<{ id: string }> }) => body.items.map((h) => h.id);

describe('GET /api/search', () => {
  describe('when the query is an alias without its accents', () => {
    it('responds with the actor it names', async () => {
      const res = await request(makeApp()).get('/api/search?q=ELYSEE');
      expect(res.status).toBe(200);
      expect(ids(res.body)).toEqual([IDS.fra]);
      expect(res.body.items[0].matched).toBe('the Élysée');
    });
  });

  describe('when several actors match', () => {
    it('responds with the exact name before a word prefix', async () => {
      const res = await request(makeApp()).get('/api/search?q=armenia');
      expect(ids(res.body)[0]).toBe(IDS.arm);
    });

    it('ranks a name that starts with the query above one that contains it', async () => {
      const res = await request(makeApp()).get('/api/search?q=a');
      const list = ids(res.body);
      expect(list.indexOf(IDS.aze)).toBeLessThan(list.indexOf(IDS.pashinyan));
    });
  });

  describe('when filtered by kind', () => {
    it('responds with only that kind', async () => {
      const res = await request(makeApp()).get('/api/search?q=e&kind=organization');
      expect(ids(res.body)).toEqual([IDS.eu]);
    });
  });

  describe('when the store knows another name form', () => {
    it('finds the actor by it', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get(`/api/search?q=${encodeURIComponent('пашинян')}`);
      expect(ids(res.body)).toEqual([IDS.pashinyan]);
    });
  });

  describe('when nothing matches', () => {
    it('responds with an empty list', async () => {
      const res = await request(makeApp()).get('/api/search?q=zzzz');
      expect(res.body).toMatchObject({ total: 0, items: [] });
    });
  });

  describe('when q is missing', () => {
    it('responds 400 naming "q"', async () => {
      const res = await request(makeApp()).get('/api/search');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"q"');
    });
  });

  describe('when kind is not a kind', () => {
    it('responds 400 naming "kind"', async () => {
      const res = await request(makeApp()).get('/api/search?q=a&kind=planet');
      expect(res.body.error.message).toContain('"kind"');
    });
  });
});
