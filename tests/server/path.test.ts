// HTTP tests for GET /api/path: the shortest chain of events between two actors, with evidence.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IDS } from '../fixtures/diplomatic-articles.js';
import { makeApp } from './helpers.js';

const url = (from: string, to: string, extra = '') => `/api/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`;

describe('GET /api/path', () => {
  describe('when two actors are linked through a third', () => {
    it('responds with the chain and the events of each step', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, IDS.macron));
      expect(res.status).toBe(200);
      expect(res.body.length).toBe(2);
      expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual([IDS.aliyev, IDS.pashinyan, IDS.macron]);
      expect(res.body.steps[1].events[0].evidence.sentence).toBe('Macron met Pashinyan, "a friend".');
      // Step one holds every event between Aliyev and Pashinyan, whichever way it went.
      expect(res.body.steps[0].events.map((e: { type: string }) => e.type)).toEqual(['meeting', 'accusation', 'rejection']);
    });
  });

  describe('when a step has more events than eventsPerStep', () => {
    it('shows the first ones by date and says how many the step has', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, IDS.macron, '&eventsPerStep=2'));
      expect(res.body.steps[0]).toMatchObject({ total: 3, truncated: true });
      expect(res.body.steps[0].events.map((e: { type: string }) => e.type)).toEqual(['meeting', 'accusation']);
      expect(res.body.steps[1]).toMatchObject({ total: 1, truncated: false });
    });

    it('responds 400 naming eventsPerStep when it is not from 1 to 1000', async () => {
      for (const bad of ['0', '1001', 'x']) {
        const res = await request(makeApp()).get(url(IDS.aliyev, IDS.macron, `&eventsPerStep=${bad}`));
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain('eventsPerStep');
      }
    });
  });

  describe('when only some event types may link', () => {
    it('responds with a chain made of those types only', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, IDS.macron, '&type=meeting'));
      expect(res.body.steps[0].events.map((e: { type: string }) => e.type)).toEqual(['meeting']);
    });
  });

  describe('when the date range cuts the only link', () => {
    it('responds 404 no_path', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, IDS.macron, '&toDate=2024-04-30'));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('no_path');
    });
  });

  describe('when the only link is an announced meeting', () => {
    it('ignores it unless includeContext=true', async () => {
      const app = makeApp();
      const direct = await request(app).get(url(IDS.aliyev, IDS.lavrov, '&includeContext=true'));
      expect(direct.body.length).toBe(1);
      const factual = await request(app).get(url(IDS.aliyev, IDS.lavrov));
      expect(factual.body.length).toBe(2);
    });
  });

  describe('when fromDate is not a date', () => {
    it('responds 400 naming "fromDate"', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, IDS.macron, '&fromDate=spring'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"fromDate"');
    });
  });

  describe('when an actor is unknown', () => {
    it('responds 404 not_found', async () => {
      const res = await request(makeApp()).get(url(IDS.aliyev, 'person:nobody'));
      expect(res.body.error.code).toBe('not_found');
    });
  });

  describe('when to is missing', () => {
    it('responds 400 naming "to"', async () => {
      const res = await request(makeApp()).get(`/api/path?from=${IDS.aliyev}`);
      expect(res.body.error.message).toContain('"to"');
    });
  });
});
