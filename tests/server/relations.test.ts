// HTTP tests for GET /api/relations: every event between two actors, both ways, with evidence.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IDS } from '../fixtures/diplomatic-articles.js';
import { fakeStore, makeApp } from './helpers.js';

const url = (a: string, b: string, extra = '') => `/api/relations?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}${extra}`;

describe('GET /api/relations', () => {
  describe('when two actors have events both ways', () => {
    it('responds with all of them, oldest first, each with its sentence and article', async () => {
      const res = await request(makeApp()).get(url(IDS.pashinyan, IDS.aliyev));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ a: IDS.pashinyan, b: IDS.aliyev, total: 3, truncated: false, nextCursor: null });
      expect(res.body.items.map((e: { type: string }) => e.type)).toEqual(['meeting', 'accusation', 'rejection']);
      expect(res.body.items[1].evidence).toMatchObject({
        sentence: 'Aliyev accused Pashinyan of stalling the talks.', article: { id: 'art-words' },
      });
    });
  });

  describe('when a store knows the articles', () => {
    it('responds with each article title and URL', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get(url(IDS.pashinyan, IDS.aliyev));
      expect(res.body.items[0].evidence.article).toEqual({
        id: 'art-summit', title: 'Leaders meet in Yerevan', url: 'https://news.example/art-summit', date: '2024-03-02',
      });
    });
  });

  describe('when filtered by type', () => {
    it('responds with only that type', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, IDS.pashinyan, '&type=rejection'));
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0].source).toBe(IDS.pashinyan);
    });
  });

  describe('when the page is smaller than the list', () => {
    it('responds truncated with a cursor that gives the rest', async () => {
      const app = makeApp();
      const first = await request(app).get(url(IDS.pashinyan, IDS.aliyev, '&limit=2'));
      expect(first.body).toMatchObject({ total: 3, truncated: true });
      const rest = await request(app).get(url(IDS.pashinyan, IDS.aliyev, `&limit=2&cursor=${first.body.nextCursor}`));
      expect(rest.body).toMatchObject({ truncated: false, nextCursor: null });
      expect(rest.body.items.map((e: { type: string }) => e.type)).toEqual(['rejection']);
    });
  });

  describe('when b is missing', () => {
    it('responds 400 naming "b"', async () => {
      const res = await request(makeApp()).get(`/api/relations?a=${IDS.aliyev}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'bad_parameter', message: 'Parameter "b" is required.' });
    });
  });

  describe('when an actor is unknown', () => {
    it('responds 404', async () => {
      expect((await request(makeApp()).get(url(IDS.aliyev, 'person:nobody'))).status).toBe(404);
    });
  });
});
