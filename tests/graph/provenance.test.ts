// Where an actor's state and role came from, kept per mention in the store (migration 4) and carried
// by its graph node (src/graph/build.ts, src/store/sqlite/graph-articles.ts): the strongest source of
// the node's own value across articles, and "merge" for a fact that only a merges correction brought.
// Made-up entities through a throwaway store, so the rows stay true while extraction rules change.
import { afterEach, describe, expect, it } from 'vitest';
import { graphFromStore, ingestArticle, parseMergeRules, reresolve, type MergeRules } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { Entity, Fact } from '../../src/types/index.js';
import { entity, fixedExtractor } from '../ingest/support/fake-extract.js';

const stores: Store[] = [];
afterEach(async () => { for (const s of stores.splice(0)) await s.close(); });

const TEXT: Fact = { source: 'text' };
const DICT = (from: string | null, to: string | null, office?: string): Fact =>
  ({ source: 'dictionary', dictionary: 'petrarch2', from, to, ...(office ? { office } : {}) });

/** Ingests one article per entity list; returns the store. */
async function ingest(articles: Entity[][], rules?: MergeRules): Promise<Store> {
  const store = await openStore(':memory:');
  stores.push(store);
  for (const [i, entities] of articles.entries()) await ingestArticle(store, { id: `a${i}`, date: `2022-10-0${i + 1}`, text: `Article ${i} ${Math.random()}` },
    { extract: fixedExtractor(entities), rules });
  return store;
}

/** "state (source) | role (source dates office)" of the graph node of the first article's first entity. */
async function node(store: Store): Promise<string> {
  const graph = await graphFromStore(store);
  const id = (await store.getArticle('a0'))!.entities[0]!.actorId;
  const a = graph.getNodeAttributes(id);
  const f = (x: Fact | undefined) => !x ? '-' : [x.source, x.from !== undefined ? `${x.from ?? '…'}..${x.to ?? '…'}` : null, x.office].filter(Boolean).join(' ');
  return `${a.state} (${f(a.provenance?.state)}) | ${a.role} (${f(a.provenance?.role)})`;
}

const MERGE = parseMergeRules('Bibi = Benjamin Netanyahu\n');

describe('the provenance of a graph node', () => {
  it.each([
    ['keeps the text as the source of a state and role the text gave', [
      [entity('person:a', 'Vardan Kelikyan', { state: 'ARM', role: 'Defense Minister', provenance: { state: TEXT, role: TEXT } })],
    ], undefined, 'ARM (text) | Defense Minister (text)'],
    ["keeps the dictionary's dates and office name", [
      [entity('person:a', 'Christian Wulff', { state: 'DEU', role: 'Government official', provenance: { state: DICT('2010-07-02', '2012-02-17', 'President of Germany'), role: DICT('2010-07-02', '2012-02-17', 'President of Germany') } })],
    ], undefined, 'DEU (dictionary 2010-07-02..2012-02-17 President of Germany) | Government official (dictionary 2010-07-02..2012-02-17 President of Germany)'],
    ['takes the text over the dictionary when a later article says the same in its own words', [
      [entity('person:a', 'Donald Rumsfeld', { state: 'USA', role: 'Government official', provenance: { state: DICT('2001-01-20', '2006-12-18'), role: DICT('2001-01-20', '2006-12-18') } })],
      [entity('person:b', 'Donald Rumsfeld', { state: 'USA', role: 'Secretary of Defense', provenance: { state: TEXT, role: TEXT } })],
    ], undefined, 'USA (text) | Government official (dictionary 2001-01-20..2006-12-18)'],
    ['marks as "merge" a state that only a merges correction brought to the actor', [
      [entity('person:a', 'Bibi')],
      [entity('person:b', 'Benjamin Netanyahu', { state: 'ISR', role: 'Prime Minister', provenance: { state: TEXT, role: TEXT } })],
    ], MERGE, 'ISR (merge) | Prime Minister (merge)'],
    ['keeps the text when the actor had the fact before a merges correction joined another name', [
      [entity('person:a', 'Benjamin Netanyahu', { state: 'ISR', role: 'Prime Minister', provenance: { state: TEXT, role: TEXT } })],
      [entity('person:b', 'Bibi', { state: 'ISR', provenance: { state: TEXT } })],
    ], MERGE, 'ISR (text) | Prime Minister (text)'],
    ['gives no source for output stored without provenance', [
      [entity('person:a', 'Vardan Kelikyan', { state: 'ARM', role: 'Defense Minister' })],
    ], undefined, 'ARM (-) | Defense Minister (-)'],
  ] as const)('%s', async (_what, articles, rules, want) => {
    expect(await node(await ingest(articles as unknown as Entity[][], rules))).toBe(want);
  });

  it('marks a fact as "merge" once a changed merges file joins the names, and drops the mark when it no longer does', async () => {
    const store = await ingest([
      [entity('person:a', 'Bibi')],
      [entity('person:b', 'Benjamin Netanyahu', { state: 'ISR', provenance: { state: TEXT } })],
    ]);
    expect(await node(store)).toBe('null (-) | null (-)');
    await reresolve(store, MERGE);
    expect(await node(store)).toBe('ISR (merge) | null (-)');
    await reresolve(store, parseMergeRules(''));
    expect(await node(store)).toBe('null (-) | null (-)');
  });

  it('keeps the provenance in the stored extraction output of an article', async () => {
    const store = await ingest([[entity('person:a', 'Vardan Kelikyan', { state: 'ARM', provenance: { state: TEXT } })]]);
    expect((await store.getArticle('a0'))!.entities[0]!.provenance).toEqual({ state: TEXT });
  });
});
