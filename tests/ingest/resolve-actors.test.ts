// One node per real actor across articles: name forms, accents, shared surnames, organizations, and the
// user's merges file, checked through ingestion into a throwaway store.
import { describe, expect, it } from 'vitest';
import { ingestArticle, parseMergeRules, reresolve, type MergeRules } from '../../src/ingest/index.js';
import type { Store } from '../../src/store/index.js';
import { describeStores } from '../store/support/backends.js';
import type { Entity } from '../../src/types/index.js';
import { entity, fixedExtractor } from './support/fake-extract.js';

/** Ingests one article per entity list into `store` and returns the actor id each entity got, in order. */
async function actorsIn(store: Store, articles: Entity[][], rules?: MergeRules): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, entities] of articles.entries()) {
    const out = await ingestArticle(store, { id: `a${i}`, date: `2022-10-0${i + 1}`, text: `Article ${i} ${Math.random()}` },
      { extract: fixedExtractor(entities), rules });
    ids.push(...(await store.getArticle(out.id))!.entities.map((e) => e.actorId));
  }
  return ids;
}

describeStores('actor resolution', (backend) => {
  const actorsOf = async (articles: Entity[][], rules?: MergeRules, given?: Store) => actorsIn(given ?? await backend.open(), articles, rules);

  describe('resolveActors', () => {
    it.each([
      ['a surname alone and the full name', 'Pashinyan', 'Nikol Pashinyan'],
      ['the full name and the name with its title', 'Nikol Pashinyan', 'Prime Minister Nikol Pashinyan'],
      ['an accented and a plain spelling', 'Sébastien Lecornu', 'Sebastien Lecornu'],
    ])('makes one actor of %s', async (_what, first, second) => {
      const [a, b] = await actorsOf([
        [entity('person:x', first, { state: 'ARM', role: 'Prime Minister' })],
        [entity('person:y', second, { state: 'ARM', role: 'Prime Minister' })],
      ]);
      expect(a).toBe(b);
    });

    it('keeps two people who share a surname apart', async () => {
      const [donald, melania] = await actorsOf([
        [entity('person:donald-trump', 'Donald Trump', { state: 'USA', role: 'President' })],
        [entity('person:melania-trump', 'Melania Trump', { state: 'USA', role: 'First Lady' })],
      ]);
      expect(donald).not.toBe(melania);
    });

    it('gives a bare surname to the namesake whose role it shares', async () => {
      const ids = await actorsOf([
        [entity('person:donald-trump', 'Donald Trump', { state: 'USA', role: 'President' })],
        [entity('person:melania-trump', 'Melania Trump', { state: 'USA', role: 'First Lady' })],
        [entity('person:trump', 'Trump', { state: 'USA', role: 'First Lady' })],
      ]);
      expect(ids[2]).toBe(ids[1]);
    });

    it('keeps apart two people of one surname who act for different states', async () => {
      const [a, b] = await actorsOf([
        [entity('person:a', 'Johnson', { state: 'GBR', role: 'Prime Minister' })],
        [entity('person:b', 'Johnson', { state: 'USA', role: 'Senator' })],
      ]);
      expect(a).not.toBe(b);
    });

    it("makes one actor of 'the Armenian Defense Ministry' and 'Armenia's Ministry of Defense'", async () => {
      const [a, b] = await actorsOf([
        [entity('organization:armenian-defense-ministry', 'the Armenian Defense Ministry', { state: 'ARM' })],
        [entity('organization:armenia-ministry-of-defense', "Armenia's Ministry of Defense", { state: 'ARM' })],
      ]);
      expect(a).toBe(b);
    });

    it("keeps two states' defense ministries apart", async () => {
      const [a, b] = await actorsOf([
        [entity('organization:a', 'Armenian Defense Ministry', { state: 'ARM' })],
        [entity('organization:b', 'French Defense Ministry', { state: 'FRA' })],
      ]);
      expect(a).not.toBe(b);
    });

    it('merges two names the merges file says are one actor', async () => {
      const rules = parseMergeRules('# one person\nTayyip Erdogan = Recep Tayyip Erdoğan\n');
      const [a, b] = await actorsOf([
        [entity('person:a', 'Tayyip Erdogan', { state: 'TUR' })],
        [entity('person:b', 'Recep Tayyip Erdoğan')],
      ], rules);
      expect(a).toBe(b);
    });

    it('keeps apart two names the merges file says are two actors', async () => {
      const rules = parseMergeRules('Donald Trump != Donald Trump Jr.\nGeorge Bush != Bush\n');
      const ids = await actorsOf([
        [entity('person:a', 'George Bush', { state: 'USA' })],
        [entity('person:b', 'Bush', { state: 'USA' })],
      ], rules);
      expect(ids[0]).not.toBe(ids[1]);
    });

    it('applies a changed merges file to articles already stored, without re-extracting', async () => {
      const store = await backend.open();
      const [a, b] = await actorsOf([[entity('person:a', 'Abiy Ahmed', { state: 'ETH' })], [entity('person:b', 'Abiy', { state: 'ETH' })]], undefined, store);
      expect(a).not.toBe(b);
      await reresolve(store, parseMergeRules('Abiy = Abiy Ahmed'));
      const after = await Promise.all(['a0', 'a1'].map(async (id) => (await store.getArticle(id))!.entities[0]!.actorId));
      expect(after[0]).toBe(after[1]);
      expect((await store.stats()).articles).toBe(2);
    });

    it('rejects a merges file line it cannot read, naming the line', async () => {
      expect(() => parseMergeRules('A = B\nnonsense\n', 'data/lexicon/merges')).toThrow('data/lexicon/merges:2');
    });
  });

  describe('getActor', () => {
    it('lists the name forms with the articles that used them, and roles with the dates seen', async () => {
      const store = await backend.open();
      const [id] = await actorsOf([
        [entity('person:x', 'Nikol Pashinyan', { state: 'ARM', role: 'Prime Minister', aliases: ['Pashinyan'] })],
        [entity('person:y', 'Pashinyan', { state: 'ARM', role: 'Prime Minister' })],
      ], undefined, store);
      const actor = (await store.getActor(id!))!;
      expect(actor.name).toBe('Nikol Pashinyan');
      expect(actor.names).toEqual([
        { form: 'Nikol Pashinyan', articles: ['a0'] },
        { form: 'Pashinyan', articles: ['a0', 'a1'] },
      ]);
      expect(actor.roles).toEqual([{ role: 'Prime Minister', firstSeen: '2022-10-01', lastSeen: '2022-10-02', articles: ['a0', 'a1'] }]);
    });
  });
});
