// Shared setup for the HTTP tests: an app on the made-up fixture graph, and a small fake store that
// answers the few store reads the routes make (titles, name forms, article dates).
import { Router } from 'express';
import type { Express } from 'express';
import { createApp, type AppDeps } from '../../src/server/app.js';
import { createConfig, type ConfigOptions } from '../../src/server/config.js';
import type { RouteModule } from '../../src/server/routes/index.js';
import { ROUTES } from '../../src/server/routes/index.js';
import type { Store } from '../../src/store/index.js';
import { ARTICLES, fixtureGraph } from '../fixtures/diplomatic-articles.js';

/** An app on a fresh fixture graph; `config` overrides defaults. */
export function makeApp(options: { config?: ConfigOptions } & Partial<AppDeps> = {}): Express {
  const { config, ...deps } = options;
  return createApp({ graph: fixtureGraph(), webRoot: '/nonexistent-web-root', log: () => {}, ...deps, config: createConfig(config ?? {}) });
}

/** A write route for tests: POST /api/echo behind the write guard, echoing the JSON body. */
export const echoRoute: RouteModule = {
  name: 'echo',
  path: '/api/echo',
  create: (ctx) => Router().post('/', ...ctx.writeGuard, (req, res) => { res.status(201).json({ got: req.body }); }),
};

/** The registry plus the echo write route. */
export const ROUTES_WITH_ECHO = [...ROUTES, echoRoute];

/** Ingestion times of the fake store's articles. */
export const INGESTED: Record<string, string> = {
  'art-summit': '2024-06-01T10:00:00.000Z',
  'art-words': '2024-06-02T10:00:00.000Z',
  'art-paris': '2024-06-03T10:00:00.000Z',
};

/** A fake store over the fixture articles, implementing only what the routes read. */
export function fakeStore(): Store {
  const articles = ARTICLES.map((a) => ({
    id: a.id, title: a.title, date: a.date, url: `https://news.example/${a.id}`, source: 'example',
    ingestedAt: INGESTED[a.id]!, eventCount: a.events.length,
  }));
  const fake = {
    getArticle: (id: string) => articles.find((a) => a.id === id) ?? null,
    articleInfo: (id: string) => {
      const a = articles.find((x) => x.id === id);
      return a ? { title: a.title, url: a.url, date: a.date } : null;
    },
    listArticles: ({ offset, limit }: { offset: number; limit: number }) =>
      ({ total: articles.length, offset, limit, items: articles.slice(offset, offset + limit) }),
    getActor: (id: string) => id === 'person:nikol-pashinyan'
      ? { id, kind: 'person', name: 'Nikol Pashinyan', state: 'ARM', roles: [], articles: ['art-summit'],
          names: [{ form: 'Nikol Pashinyan', articles: ['art-summit'] }, { form: 'Никол Пашинян', articles: ['art-words'] }] }
      : null,
    actorForms: (id: string) => id === 'person:nikol-pashinyan' ? ['Nikol Pashinyan', 'Никол Пашинян'] : [],
    actorFormsOf: async (ids: readonly string[]) =>
      new Map(ids.filter((id) => id === 'person:nikol-pashinyan').map((id) => [id, ['Nikol Pashinyan', 'Никол Пашинян']])),
    getEvent: () => null,
    stats: () => ({ articles: 3, actors: 9, events: 10, reports: 10 }),
  };
  return fake as unknown as Store;
}
