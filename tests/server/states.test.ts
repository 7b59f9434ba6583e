// HTTP tests for state roll-ups: GET /api/states/:iso/relations and GET /api/dyads/:isoA/:isoB.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from './helpers.js';

describe('GET /api/states/:iso/relations', () => {
  describe('when the state has relations through its people', () => {
    it('responds with each counterpart state, counts per type, dates and a monthly timeline', async () => {
      const res = await request(makeApp()).get('/api/states/ARM/relations');
      expect(res.status).toBe(200);
      expect(res.body.label).toBe('Armenia');
      const aze = res.body.counterparts.find((c: { b: string }) => c.b === 'AZE');
      expect(aze).toMatchObject({
        total: 3, first: '2024-03-01', last: '2024-04-10',
        counts: { meeting: 1, accusation: 1, rejection: 1 },
        aToB: { meeting: 1, rejection: 1 }, bToA: { accusation: 1 },
        timeline: [{ month: '2024-03', total: 1, counts: { meeting: 1 } }, { month: '2024-04', total: 2, counts: { accusation: 1, rejection: 1 } }],
      });
    });

    it('leaves out the actor with no state (the EU)', async () => {
      const res = await request(makeApp()).get('/api/states/ARM/relations');
      expect(res.body.counterparts.map((c: { b: string }) => c.b).sort()).toEqual(['AZE', 'FRA', 'RUS']);
    });
  });

  describe('when the code is given in lower case', () => {
    it('responds as for upper case', async () => {
      expect((await request(makeApp()).get('/api/states/arm/relations')).body.state).toBe('ARM');
    });
  });

  describe('when the code is not ISO3', () => {
    it('responds 400 naming "iso"', async () => {
      const res = await request(makeApp()).get('/api/states/Armenia/relations');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"iso"');
    });
  });

  describe('when no actor acts for the state', () => {
    it('responds 404', async () => {
      expect((await request(makeApp()).get('/api/states/NOR/relations')).status).toBe(404);
    });
  });
});

describe('GET /api/dyads/:isoA/:isoB', () => {
  describe('when the two states have events', () => {
    it('responds with the roll-up and a page of events with evidence', async () => {
      const res = await request(makeApp()).get('/api/dyads/AZE/ARM?limit=2');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ a: 'AZE', b: 'ARM', total: 3, aToB: { accusation: 1 }, labels: { a: 'Azerbaijan', b: 'Armenia' } });
      expect(res.body.events).toMatchObject({ total: 3, truncated: true });
      expect(res.body.events.items[0].evidence.sentence).toBe('Pashinyan met Aliyev in Yerevan on Friday.');
    });
  });

  describe('when includeContext=true', () => {
    it('counts the negated accusation too', async () => {
      const res = await request(makeApp()).get('/api/dyads/AZE/ARM?includeContext=true');
      expect(res.body.counts.accusation).toBe(2);
    });
  });

  describe('when a state is unknown', () => {
    it('responds 404', async () => {
      expect((await request(makeApp()).get('/api/dyads/ARM/NOR')).status).toBe(404);
    });
  });

  describe('when a code is malformed', () => {
    it('responds 400 naming "isoB"', async () => {
      const res = await request(makeApp()).get('/api/dyads/ARM/A1');
      expect(res.body.error.message).toContain('"isoB"');
    });
  });
});
