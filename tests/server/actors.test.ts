// HTTP tests for /api/actors/:id, /meetings and /neighbors on the made-up fixture graph (and, for the
// provenance of an actor's state and role, on invented articles ingested into a throwaway store).
import graphology from 'graphology';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IDS } from '../fixtures/diplomatic-articles.js';
import { graphFromStore, ingestArticle, parseMergeRules } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { fakeStore, makeApp } from './helpers.js';

const actor = (id: string, rest = '') => `/api/actors/${encodeURIComponent(id)}${rest}`;

describe('GET /api/actors/:id', () => {
  describe('when the actor exists', () => {
    it('responds with its attributes and its events counted by type, context events left out', async () => {
      const res = await request(makeApp()).get(actor(IDS.aliyev));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: IDS.aliyev, label: 'Ilham Aliyev', kind: 'person', state: 'AZE' });
      // The future meeting with Lavrov is not counted.
      expect(res.body.eventCounts).toMatchObject({ meeting: 1, accusation: 1, rejection: 1 });
      expect(res.body.outgoing.accusation).toBe(1);
      expect(res.body.incoming.rejection).toBe(1);
      expect(res.body.eventTotal).toBe(3);
    });

    it('counts context events when includeContext=true', async () => {
      const res = await request(makeApp()).get(actor(IDS.aliyev, '?includeContext=true'));
      expect(res.body.eventCounts.meeting).toBe(2);
    });
  });

  describe('when a store is given', () => {
    it('responds with the name forms and the articles that used them', async () => {
      const res = await request(makeApp({ store: fakeStore() })).get(actor(IDS.pashinyan));
      expect(res.body.names).toContainEqual({ form: 'Никол Пашинян', articles: ['art-words'] });
    });
  });

  describe('when its state and role come from the text, the dated dictionary or a merges correction', () => {
    // Invented articles; Christian Wulff and his offices are the PETRARCH2 dictionary's (President of
    // Germany 2010-07-02 to 2012-02-17), read on the article's date.
    const appOf = async (articles: Array<{ id: string; date: string; text: string }>, merges = '') => {
      const store = await openStore(':memory:');
      const rules = parseMergeRules(merges);
      for (const a of articles) await ingestArticle(store, a, { rules });
      return { app: makeApp({ graph: await graphFromStore(store), store }), store };
    };
    const WULFF = { id: 'w1', date: '2011-05-01', text: 'Christian Wulff said Germany would help Greece.' };
    const KELIKYAN = { id: 'k1', date: '2024-03-15', text: 'Armenian Defense Minister Vardan Kelikyan met French officials in Paris.' };

    it.each([
      ['the dictionary with its dates and office name', [WULFF], '', 'person:christian-wulff', {
        state: 'DEU', role: 'Government official',
        provenance: {
          state: { source: 'dictionary', dictionary: 'petrarch2', from: '2010-07-02', to: '2012-02-17', office: 'President of Germany' },
          role: { source: 'dictionary', dictionary: 'petrarch2', from: '2010-07-02', to: '2012-02-17', office: 'President of Germany' },
        },
      }],
      ['the text for a title and its state adjective', [KELIKYAN], '', 'person:vardan-kelikyan', {
        state: 'ARM', role: 'Defense Minister', provenance: { state: { source: 'text' }, role: { source: 'text' } },
      }],
      ['"merge" for a state that only a merges correction joined to the actor', [
        { id: 'v1', date: '2024-03-14', text: 'Vardo Kel said he would resign.' }, KELIKYAN,
      ], 'Vardo Kel = Vardan Kelikyan', 'person:vardo-kel', {
        state: 'ARM', role: 'Defense Minister', provenance: { state: { source: 'merge' }, role: { source: 'merge' } },
      }],
    ])('responds with %s', async (_what, articles, merges, id, want) => {
      const { app, store } = await appOf(articles, merges);
      const res = await request(app).get(actor(id));
      await store.close();
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject(want);
      expect(res.body.provenance).toEqual(want.provenance);
    });
  });

  describe('when there is no store', () => {
    it('responds with names null', async () => {
      const res = await request(makeApp()).get(actor(IDS.pashinyan));
      expect(res.body.names).toBeNull();
    });
  });

  describe('when the actor is unknown', () => {
    it('responds 404 with a JSON error', async () => {
      const res = await request(makeApp()).get(actor('person:nobody'));
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: 'not_found', message: 'Actor "person:nobody" was not found.' });
    });
  });

  describe('when the id tries to climb out of the route', () => {
    it.each(['..%2F..%2Fetc%2Fpasswd', '..', 'a%00b', 'a%0Ab'])('responds 400 for %s', async (raw) => {
      const res = await request(makeApp()).get(`/api/actors/${raw}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toMatch(/bad_/);
    });
  });
});

describe('GET /api/actors/:id/meetings', () => {
  describe('when the actor had meetings', () => {
    it('responds with each counterpart and the date, place, sentence and article of each meeting', async () => {
      const res = await request(makeApp()).get(actor(IDS.pashinyan, '/meetings'));
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(3);
      const aliyev = res.body.counterparts.find((c: { id: string }) => c.id === IDS.aliyev);
      expect(aliyev.meetings).toEqual([{
        id: 'art-summit:e1', date: '2024-03-01', location: 'Yerevan', confidence: 0.9,
        sentence: 'Pashinyan met Aliyev in Yerevan on Friday.', article: 'art-summit',
      }]);
    });
  });

  describe('when filtered by date', () => {
    it('responds with only the meetings in range', async () => {
      const res = await request(makeApp()).get(actor(IDS.pashinyan, '/meetings?from=2024-05-01'));
      expect(res.body.counterparts.map((c: { id: string }) => c.id)).toEqual([IDS.macron]);
    });
  });

  describe('when one meeting is only announced for later', () => {
    it('responds without it', async () => {
      const res = await request(makeApp()).get(actor(IDS.lavrov, '/meetings'));
      expect(res.body.counterparts.map((c: { id: string }) => c.id)).toEqual([IDS.pashinyan]);
    });
  });

  describe('when the actor is unknown', () => {
    it('responds 404', async () => {
      expect((await request(makeApp()).get(actor('person:nobody', '/meetings'))).status).toBe(404);
    });
  });
});

describe('GET /api/actors/:id/neighbors', () => {
  describe('when depth is 1', () => {
    it('responds with the actor and those it has events with, as graphology JSON', async () => {
      const res = await request(makeApp()).get(actor(IDS.aliyev, '/neighbors'));
      const g = graphology.MultiDirectedGraph.from(res.body);
      expect(g.nodes().sort()).toEqual([IDS.aliyev, IDS.pashinyan].sort());
    });
  });

  describe('when depth is 2', () => {
    it('responds with the neighbours of neighbours too', async () => {
      const res = await request(makeApp()).get(actor(IDS.aliyev, '/neighbors?depth=2'));
      const g = graphology.MultiDirectedGraph.from(res.body);
      expect(g.hasNode(IDS.macron)).toBe(true);
      expect(g.hasNode(IDS.eu)).toBe(false);
    });
  });

  describe('when depth is out of range', () => {
    it.each(['0', '4', 'two'])('responds 400 naming "depth" for %s', async (d) => {
      const res = await request(makeApp()).get(actor(IDS.aliyev, `/neighbors?depth=${d}`));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"depth"');
    });
  });

  describe('when the actor is unknown', () => {
    it('responds 404', async () => {
      expect((await request(makeApp()).get(actor('person:nobody', '/neighbors'))).status).toBe(404);
    });
  });
});
