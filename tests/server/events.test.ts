// HTTP tests for GET /api/events (filters, paging, updatedSince) and GET /api/events/:id.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IDS } from '../fixtures/diplomatic-articles.js';
import { fakeStore, makeApp } from './helpers.js';

type Ev = { id: string; type: string; date: string | null; context: string | null; confidence: number; evidence: { article: { id: string } } };
const items = (res: { body: { items: Ev[] } }) => res.body.items;

describe('GET /api/events', () => {
  describe('when called with no filters', () => {
    it('responds with every factual event oldest first, with total and truncated', async () => {
      const res = await request(makeApp()).get('/api/events');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 8, truncated: false, nextCursor: null });
      const dates = items(res).map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
      expect(items(res).every((e) => e.context === null)).toBe(true);
    });
  });

  describe('when includeContext=true', () => {
    it('responds with the negated and future events too, undated last', async () => {
      const res = await request(makeApp()).get('/api/events?includeContext=true');
      expect(res.body.total).toBe(10);
      expect(items(res).at(-1)).toMatchObject({ context: 'future', date: null });
    });
  });

  describe.each([
    ['type=accusation,rejection', 2],
    ['type=accusation&type=rejection', 2],
    ['from=2024-04-01&to=2024-04-30', 2],
    ['from=2024-05', 3],
    ['to=2024-03', 3],
    ['state=FRA', 2],
    [`actor=${encodeURIComponent(IDS.lavrov)}`, 2],
    ['article=art-paris', 3],
    ['minConfidence=0.7', 7],
    ['type=meeting&state=RUS', 1],
  ])('when filtered by %s', (query, count) => {
    it(`responds with ${count} events`, async () => {
      const res = await request(makeApp()).get(`/api/events?${query}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(count);
    });
  });

  describe('when paged', () => {
    it('walks every event exactly once by following nextCursor', async () => {
      const app = makeApp();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await request(app).get(`/api/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...items(res).map((e) => e.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
    });
  });

  describe('when asOf is given and the store has article dates', () => {
    it('responds with only events of articles published by then', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get('/api/events?asOf=2024-04-30');
      expect(new Set(items(res).map((e) => e.evidence.article.id))).toEqual(new Set(['art-summit', 'art-words']));
    });
  });

  describe('when asOf is given without a store', () => {
    it('responds with events dated by then', async () => {
      const res = await request(makeApp()).get('/api/events?asOf=2024-03-31');
      expect(res.body.total).toBe(3);
    });
  });

  describe('when updatedSince is given and the store knows ingestion times', () => {
    it('responds with events of articles ingested since then', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get('/api/events?updatedSince=2024-06-02T12:00:00Z');
      expect(new Set(items(res).map((e) => e.evidence.article.id))).toEqual(new Set(['art-paris']));
    });
  });

  describe('when updatedSince is given without a store', () => {
    it('responds 501 saying it is not yet available', async () => {
      const res = await request(makeApp()).get('/api/events?updatedSince=2024-06-02T12:00:00Z');
      expect(res.status).toBe(501);
      expect(res.body.error.code).toBe('not_available');
    });
  });

  describe.each([
    ['limit=0', 'limit'],
    ['limit=-5', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=99999999999999999999', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-ours', 'cursor'],
    ['type=hug', 'type'],
    ['from=yesterday', 'from'],
    ['from=2024-13-01', 'from'],
    ['from=2024-05-01&to=2024-04-01', 'from'],
    ['state=Armenia', 'state'],
    ['minConfidence=2', 'minConfidence'],
    ['minConfidence=-0.1', 'minConfidence'],
    ['includeContext=maybe', 'includeContext'],
    ['updatedSince=soon', 'updatedSince'],
    ['actor=..%2Fetc', 'actor'],
    ['limit=1&limit=2', 'limit'],
    ['colour=red', 'colour'],
  ])('when %s', (query, param) => {
    it(`responds 400 naming "${param}"`, async () => {
      const res = await request(makeApp()).get(`/api/events?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('bad_parameter');
      expect(res.body.error.message).toContain(`"${param}"`);
    });
  });
});

describe('GET /api/events/:id', () => {
  describe('when the event exists', () => {
    it('responds with it and its evidence', async () => {
      const res = await request(makeApp()).get('/api/events/art-words:e5');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ type: 'accusation', source: IDS.aliyev, evidence: { sentence: 'Aliyev accused Pashinyan of stalling the talks.' } });
    });
  });

  describe('when the id is an affiliation or unknown', () => {
    it.each([`affiliation:${IDS.pashinyan}->${IDS.arm}`, 'art-words:e99'])('responds 404 for %s', async (id) => {
      expect((await request(makeApp()).get(`/api/events/${encodeURIComponent(id)}`)).status).toBe(404);
    });
  });
});

describe('GET /api/deleted', () => {
  describe('when the store keeps no deletion log', () => {
    it('responds 501 saying the feed is not yet available', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get('/api/deleted?since=2024-01-01T00:00:00Z');
      expect(res.status).toBe(501);
      expect(res.body.error.message).toContain('not yet available');
    });
  });

  describe('when since is missing', () => {
    it('responds 400 naming "since"', async () => {
      const res = await request(makeApp()).get('/api/deleted');
      expect(res.body.error.message).toContain('"since"');
    });
  });
});
