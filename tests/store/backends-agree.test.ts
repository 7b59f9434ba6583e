// SQLite and PostgreSQL give the same answers: the bundled articles (data/articles) ingested into both
// with the real extractor, then every read of the Store interface compared, after deletions and a
// re-resolution under a merges file too. Skipped without a PostgreSQL server (DIPLOGRAPH_TEST_PG).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFromStore, ingestPaths, parseMergeRules, reresolve } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { dropSchemas, freshSchema, PG_SKIPPED, pgUrl, TEST_PG } from './support/backends.js';

const ARTICLES = 'data/articles';
const NOW = () => new Date('2024-06-01T12:00:00.000Z');

/** Everything a store answers about what it holds, in one comparable object. */
async function everything(s: Store) {
  const ids = await s.articleIds();
  const articles = [];
  for (const id of ids) articles.push({ detail: await s.getArticle(id), info: await s.articleInfo(id) });
  const graph = await graphFromStore(s);
  const actors = [];
  for (const id of graph.nodes().sort()) {
    actors.push({ detail: await s.getActor(id), forms: await s.actorForms(id), has: await s.hasActor(id) });
  }
  const formsOf = Object.fromEntries(await s.actorFormsOf(graph.nodes().sort()));
  const events = [];
  for (const e of graph.edges().sort()) {
    const id = graph.getEdgeAttribute(e, 'eventId') as string | undefined;
    if (id) events.push(await s.getEvent(id));
  }
  const streamed = [];
  for await (const a of s.graphArticles()) streamed.push(a);
  return {
    stats: await s.stats(), ids, articles, actors, formsOf, events, streamed,
    page: await s.listArticles({ offset: 1, limit: 3 }), graph: graph.export(),
  };
}

(TEST_PG ? describe : describe.skip)(`both store backends${TEST_PG ? '' : ` [postgres: ${PG_SKIPPED}]`}`, () => {
  let sqlite: Store;
  let pg: Store;
  const schema = freshSchema();

  beforeAll(async () => {
    sqlite = await openStore(':memory:');
    pg = await openStore(pgUrl(schema));
    for (const s of [sqlite, pg]) await ingestPaths(s, [ARTICLES], { now: NOW });
  }, 60_000);
  afterAll(async () => {
    await sqlite?.close();
    await pg?.close();
    await dropSchemas([schema]);
  });

  it('hold the same articles, actors, events, reports and graph after ingesting the bundled articles', async () => {
    const [a, b] = [await everything(sqlite), await everything(pg)];
    expect(a.stats.articles).toBeGreaterThan(5);
    expect(b).toEqual(a);
  });

  it('find the same duplicates', async () => {
    const [first] = await sqlite.articleIds();
    const detail = (await sqlite.getArticle(first!))!;
    for (const probe of [{ url: detail.url, contentHash: detail.contentHash }, { url: null, contentHash: detail.contentHash },
      { url: 'https://nowhere.test/x', contentHash: 'nope' }]) {
      expect(await pg.findDuplicate(probe)).toBe(await sqlite.findDuplicate(probe));
    }
  });

  it('agree after deleting articles and re-resolving under a merges file', async () => {
    const ids = await sqlite.articleIds();
    const since = new Date(Date.now() - 60_000).toISOString();
    for (const id of [ids[2]!, ids.at(-1)!, 'no-such-article']) expect(await pg.deleteArticle(id)).toEqual(await sqlite.deleteArticle(id));
    const rules = parseMergeRules('Trump = Donald Trump\nPutin = Vladimir Putin\n');
    for (const s of [sqlite, pg]) await reresolve(s, rules);
    expect(await everything(pg)).toEqual(await everything(sqlite));
    expect((await pg.deletedArticlesSince(since)).map((d) => d.id)).toEqual((await sqlite.deletedArticlesSince(since)).map((d) => d.id));
    expect(await pg.getMeta('merges-hash')).toBe(await sqlite.getMeta('merges-hash'));
  }, 60_000);
});
