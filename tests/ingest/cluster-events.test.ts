// One event across many articles: reports of the same meeting become one event with every report kept.
import { describe, expect, it } from 'vitest';
import { graphFromStore, ingestArticle } from '../../src/ingest/index.js';
import type { Store } from '../../src/store/index.js';
import { describeStores } from '../store/support/backends.js';
import { entity, event, fixedExtractor } from './support/fake-extract.js';

const people = [entity('person:macron', 'Emmanuel Macron', { state: 'FRA' }), entity('person:pashinyan', 'Nikol Pashinyan', { state: 'ARM' })];
const meetingOn = (date: string | null, from = 'person:macron', to = 'person:pashinyan') =>
  fixedExtractor(people, [event('m', 'meeting', from, to, { date })]);

async function report(store: Store, id: string, source: string, extract: ReturnType<typeof meetingOn>) {
  await ingestArticle(store, { id, source, text: `${id}: Macron met Pashinyan in Paris.` }, { extract });
  return (await store.getArticle(id))!.events[0]!.eventId;
}

describeStores('event clustering', (backend) => {
  const open = backend.open;

  describe('clusterEvents', () => {
    it('makes one event of the same meeting told by two outlets, with both reports as evidence', async () => {
      const s = await open();
      const a = await report(s, 'azatutyun', 'Azatutyun', meetingOn('2022-09-26'));
      const b = await report(s, 'france24', 'France 24', meetingOn('2022-09-26', 'person:pashinyan', 'person:macron'));
      expect(b).toBe(a);
      const ev = (await s.getEvent(a))!;
      expect(ev.reportCount).toBe(2);
      expect(ev.sourceCount).toBe(2);
      expect(ev.reports.map((r) => r.sentence)).toEqual(['azatutyun: Macron met Pashinyan in Paris.', 'france24: Macron met Pashinyan in Paris.']);
    });

    it('accepts dates a day apart as the same meeting', async () => {
      const s = await open();
      expect(await report(s, 'a', 'A', meetingOn('2022-09-26'))).toBe(await report(s, 'b', 'B', meetingOn('2022-09-27')));
    });

    it('keeps meetings of the same pair on different dates apart', async () => {
      const s = await open();
      expect(await report(s, 'a', 'A', meetingOn('2022-09-26'))).not.toBe(await report(s, 'b', 'B', meetingOn('2023-02-14')));
    });

    it('does not join undated reports, which may be other meetings', async () => {
      const s = await open();
      expect(await report(s, 'a', 'A', meetingOn(null))).not.toBe(await report(s, 'b', 'B', meetingOn(null)));
    });

    it('counts two articles of one outlet as one source', async () => {
      const s = await open();
      const id = await report(s, 'a', 'Azatutyun', meetingOn('2022-09-26'));
      await report(s, 'b', 'azatutyun', meetingOn('2022-09-26'));
      expect(await s.getEvent(id)).toMatchObject({ reportCount: 2, sourceCount: 1 });
    });

    it('puts the merged event in the graph once', async () => {
      const s = await open();
      const id = await report(s, 'a', 'A', meetingOn('2022-09-26'));
      await report(s, 'b', 'B', meetingOn('2022-09-26'));
      const g = await graphFromStore(s);
      expect(g.edges().filter((e) => g.getEdgeAttribute(e, 'type') === 'meeting')).toEqual([`a:${id}`]);
      expect(g.getNodeAttribute('person:emmanuel-macron', 'articles')).toEqual(['a', 'b']);
    });

    it('keeps the event when one of its reports is deleted, and drops it with the last', async () => {
      const s = await open();
      const id = await report(s, 'a', 'A', meetingOn('2022-09-26'));
      await report(s, 'b', 'B', meetingOn('2022-09-26'));
      await s.deleteArticle('a');
      expect((await s.getEvent(id))?.reportCount).toBe(1);
      expect((await graphFromStore(s)).edges().filter((e) => e.endsWith(id))).toEqual([`b:${id}`]);
      await s.deleteArticle('b');
      expect(await s.getEvent(id)).toBeNull();
    });
  });
});
