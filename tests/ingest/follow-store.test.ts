// Two processes on one PostgreSQL database: what one writes reaches the other's graph within a second,
// applied incrementally (additions) or by a rebuild (deletions, re-resolution), ending equal to a
// graph built from the store. Skipped without a PostgreSQL server (DIPLOGRAPH_TEST_PG).
import { afterEach, describe, expect, it } from 'vitest';
import { followStore, graphFromStore, ingestArticle, parseMergeRules, reresolve } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { dropSchemas, freshSchema, PG_SKIPPED, pgUrl, TEST_PG } from '../store/support/backends.js';
import { entity, event, fixedExtractor } from './support/fake-extract.js';

const opened: Store[] = [];
const stops: Array<() => Promise<void>> = [];
const schemas: string[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  for (const s of opened.splice(0)) await s.close();
  await dropSchemas(schemas.splice(0));
});

/** Two stores on one fresh schema, as two processes would open it. */
async function twoProcesses(): Promise<[Store, Store]> {
  const schema = freshSchema();
  schemas.push(schema);
  const a = await openStore(pgUrl(schema));
  const b = await openStore(pgUrl(schema));
  opened.push(a, b);
  return [a, b];
}

/** Resolves once `check` holds, polling every 10 ms; rejects after `ms`. */
async function within(ms: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - t0;
}

const keys = (g: Awaited<ReturnType<typeof graphFromStore>>) => JSON.stringify(g.export());
const meeting = (a: string, b: string) => fixedExtractor(
  [entity(`person:${a}`, a, { state: 'FRA' }), entity(`person:${b}`, b, { state: 'ARM' })],
  [event('e1', 'meeting', `person:${a}`, `person:${b}`, { date: '2024-05-06' })],
);

(TEST_PG ? describe : describe.skip)(`followStore${TEST_PG ? '' : ` [postgres: ${PG_SKIPPED}]`}`, () => {
  it('adds an article another process wrote to this graph within a second', async () => {
    const [mine, theirs] = await twoProcesses();
    const graph = await graphFromStore(mine);
    const added: string[][] = [];
    stops.push(await followStore(mine, graph, { changes: { articlesAdded: (c: { ids: string[] }) => added.push(c.ids) } as never }));
    await ingestArticle(theirs, { id: 'a1', text: 'Macron met Pashinyan.' }, { extract: meeting('Macron', 'Pashinyan') });
    expect(await within(1_000, () => graph.hasNode('person:macron'))).toBeLessThan(1_000);
    expect(keys(graph)).toBe(keys(await graphFromStore(mine)));
    expect(added).toEqual([['a1']]);
  });

  it('does not apply its own writes a second time', async () => {
    const [mine] = await twoProcesses();
    const graph = await graphFromStore(mine);
    let calls = 0;
    stops.push(await followStore(mine, graph, { changes: { articlesAdded: () => calls++ } as never }));
    await ingestArticle(mine, { id: 'a1', text: 'Macron met Pashinyan.' }, { extract: meeting('Macron', 'Pashinyan') });
    await new Promise((r) => setTimeout(r, 300));
    expect(calls).toBe(0);
  });

  it('rebuilds after another process deletes an article or re-resolves, ending equal to the store', async () => {
    const [mine, theirs] = await twoProcesses();
    await ingestArticle(theirs, { id: 'a1', text: 'Macron met Pashinyan.' }, { extract: meeting('Macron', 'Pashinyan') });
    await ingestArticle(theirs, { id: 'a2', text: 'Scholz met Aliyev.' }, { extract: meeting('Scholz', 'Aliyev') });
    const graph = await graphFromStore(mine);
    stops.push(await followStore(mine, graph));
    await theirs.deleteArticle('a1');
    await within(1_000, () => !graph.hasNode('person:macron'));
    await reresolve(theirs, parseMergeRules('Scholz = Olaf Scholz\n'));
    await ingestArticle(theirs, { id: 'a3', text: 'Erdogan met Aliyev.' }, { extract: meeting('Erdogan', 'Aliyev') });
    await within(1_000, () => graph.hasNode('person:erdogan'));
    expect(keys(graph)).toBe(keys(await graphFromStore(mine)));
  });
});
