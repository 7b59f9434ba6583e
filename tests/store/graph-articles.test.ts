// graphArticles: the whole store streamed in ingestion order gives what asking article by article
// gives; each canonical event appears once, under the article that reported it first.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.js';
import type { Store } from '../../src/store/index.js';
import { entity, event, fixedExtractor } from '../ingest/support/fake-extract.js';
import { describeStores, type Backend } from './support/backends.js';


/** Everything an async iterable gives, in order. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

async function filled(backend: Backend): Promise<Store> {
  const s = await backend.open();
  const putin = entity('person:vladimir-putin', 'Vladimir Putin', { state: 'RUS', aliases: ['Putin'] });
  const erdogan = entity('person:recep-erdogan', 'Recep Tayyip Erdogan', { state: 'TUR' });
  const meet = (id: string) => event(id, 'meeting', 'person:vladimir-putin', 'person:recep-erdogan', { date: '2023-09-04' });
  const say = (id: string) => event(id, 'statement', 'state:TUR', null);
  const runs: Array<[string, ReturnType<typeof fixedExtractor>]> = [
    ['a1', fixedExtractor([putin, erdogan], [meet('e1')])],
    ['a2', fixedExtractor([entity('state:TUR', 'Turkey', { state: 'TUR' }), erdogan, putin], [say('e1'), meet('e2')])],
    ['a3', fixedExtractor([{ ...putin, aliases: ['the Russian president'] }, erdogan], [meet('e1'), meet('e2')])],
    ['a4', fixedExtractor([], [])],
  ];
  for (const [id, extract] of runs) await ingestArticle(s, { id, date: '2023-09-05', text: `Putin met Erdogan (${id}).` }, { extract });
  return s;
}

describeStores('the graph input of the store', (backend) => {
  describe('graphArticles', () => {
    it('streams every article in ingestion order as the per-article reads give them', async () => {
      const s = await filled(backend);
      const all = await collect(s.graphArticles());
      expect(all.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(all).toEqual(await collect(s.graphArticles(['a1', 'a2', 'a3', 'a4'])));
    });

    it('lists each canonical event once, under its first report', async () => {
      const s = await filled(backend);
      const events = (await collect(s.graphArticles())).flatMap((a) => a.events.map((e) => e.id));
      expect(events.length).toBeGreaterThan(1);
      expect(new Set(events).size).toBe(events.length);
      expect((await s.stats()).events).toBe(events.length);
    });

    it('gives the named articles in the order asked, skipping unknown ids', async () => {
      const s = await filled(backend);
      expect((await collect(s.graphArticles(['a3', 'nope', 'a1']))).map((a) => a.id)).toEqual(['a3', 'a1']);
    });
  });
});
