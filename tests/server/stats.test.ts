// HTTP tests for GET /api/stats.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IDS } from '../fixtures/diplomatic-articles.js';
import { fakeStore, makeApp } from './helpers.js';

describe('GET /api/stats', () => {
  describe('when called on the fixture graph', () => {
    it('responds with actors by kind, events by type and the date range', async () => {
      const res = await request(makeApp()).get('/api/stats');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        actors: 9, actorsByKind: { person: 4, state: 4, organization: 1, group: 0 },
        events: 8, contextEvents: 2, affiliations: 4, articles: 3,
        firstDate: '2024-03-01', lastDate: '2024-05-21', store: null,
      });
      expect(res.body.eventsByType.meeting).toBe(3);
      expect(res.body.topActors[0]).toEqual({ id: IDS.pashinyan, label: 'Nikol Pashinyan', events: 6 });
    });
  });

  describe('when filtered by type', () => {
    it('responds with counts for that type only', async () => {
      const res = await request(makeApp()).get('/api/stats?type=praise');
      expect(res.body).toMatchObject({ events: 1, articles: 1, firstDate: '2024-05-21' });
    });
  });

  describe('when a store is given', () => {
    it('responds with its row counts', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get('/api/stats');
      expect(res.body.store).toEqual({ articles: 3, actors: 9, events: 10, reports: 10 });
    });
  });
});
