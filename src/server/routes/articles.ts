// /api/articles — add an article (JSON, an HTML page, plain text, or NDJSON for many), delete one,
// list them, read one. Writes go through the store in one transaction and show in the live graph at once.
import express, { Router, type Request } from 'express';
import {
  addArticles, htmlArticle, loadMergeRules, refreshGraph, validateArticleObject, type IngestOutcome,
} from '../../ingest/index.js';
import type { Store } from '../../store/index.js';
import type { ArticleInput } from '../../types/index.js';
import { verifyUtf8 } from '../middleware/body.js';
import { HttpError, notAvailable, notFound } from '../middleware/http-error.js';
import type { AppContext, RouteModule } from './support/context.js';
import { LIMITS, checkId, intParam, onlyParams, single } from './support/params.js';

const TEXT_PARAMS = ['title', 'date', 'url', 'source'] as const;

const badBody = (message: string) => new HttpError(400, 'bad_body', message);

/** The media types an article may come as. */
const ARTICLE_TYPES = ['application/json', 'text/html', 'text/plain', 'application/x-ndjson', 'application/jsonl'];

function storeOf(ctx: AppContext): Store {
  if (!ctx.store) throw notAvailable('Article storage (the server runs without a store)');
  return ctx.store;
}

function checked(x: unknown, where = 'The body'): ArticleInput {
  try {
    return validateArticleObject(x);
  } catch (err) {
    throw badBody(`${where}: ${(err as Error).message}.`);
  }
}

/** The articles a request carries, by its Content-Type. */
function articlesOf(req: Request): ArticleInput[] {
  const body: unknown = req.body;
  if (req.get('content-type') && !req.is(ARTICLE_TYPES)) {
    throw new HttpError(415, 'unsupported_media_type', `Content-Type "${req.get('content-type')!.slice(0, 100)}" is not accepted here; use one of ${ARTICLE_TYPES.join(', ')}.`);
  }
  if (req.is('application/json')) return [checked(body)];
  if (typeof body !== 'string' || !body.trim()) {
    throw badBody('Send an article as JSON {"title"?, "date"?, "url"?, "source"?, "text"}, as text/html or as text/plain.');
  }
  if (req.is('application/x-ndjson') || req.is('application/jsonl')) {
    return body.split(/\r?\n/).filter((l) => l.trim()).map((line, i) => {
      try {
        return checked(JSON.parse(line), `Line ${i + 1}`);
      } catch (err) {
        throw err instanceof HttpError ? err : badBody(`Line ${i + 1}: invalid JSON.`);
      }
    });
  }
  onlyParams(req.query, [...TEXT_PARAMS]);
  const meta = Object.fromEntries(TEXT_PARAMS.map((k) => [k, single(req.query, k) ?? null]));
  if (req.is('text/html')) {
    const page = htmlArticle(body);
    if (!page) throw badBody('No article text was found in the HTML page.');
    return [checked({ ...page, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null)) })];
  }
  return [checked({ ...meta, text: body })];
}

async function answer(store: Store, out: IngestOutcome): Promise<Record<string, unknown>> {
  if (out.status === 'duplicate') return { id: out.id, status: 'duplicate', duplicateOf: out.duplicateOf, events: [] };
  const a = (await store.getArticle(out.id))!;
  return {
    id: a.id, status: 'added', title: a.title, date: a.date, url: a.url, source: a.source,
    entities: a.entities, events: a.events,
  };
}

/** Adding, deleting, listing and reading articles. */
export const articles: RouteModule = {
  name: 'articles',
  path: '/api/articles',
  create: (ctx) => {
    const r = Router();
    const rules = loadMergeRules();
    const html = express.text({ type: ['text/html'], limit: ctx.config.maxBodyBytes, verify: verifyUtf8 });

    r.post('/', ...ctx.writeGuard, html, async (req, res) => {
      const store = storeOf(ctx);
      const inputs = articlesOf(req);
      // one transaction for the whole request: a failure on the fifth article stores none of them
      const outcomes = await addArticles(store, ctx.graph, inputs, { rules, changes: ctx.changes });
      const bodies = [];
      for (const o of outcomes) bodies.push(await answer(store, o));
      const status = outcomes.some((o) => o.status === 'added') ? 201 : 200;
      res.status(status).json(req.is('application/x-ndjson') || req.is('application/jsonl') ? { items: bodies } : bodies[0]);
    });

    r.delete('/:id', ...ctx.writeGuard, async (req, res) => {
      const store = storeOf(ctx);
      const id = checkId(String(req.params.id), 'id');
      const out = await store.deleteArticle(id);
      if (!out) throw notFound(`Article "${id}"`);
      await refreshGraph(ctx.graph, store);
      res.json({ ...out, deleted: true });
    });

    r.get('/', async (req, res) => {
      onlyParams(req.query, ['limit', 'offset']);
      const limit = intParam(req.query, 'limit', 1, LIMITS.max) ?? LIMITS.default;
      const offset = intParam(req.query, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0;
      const page = await storeOf(ctx).listArticles({ offset, limit });
      const next = offset + page.items.length;
      res.json({ total: page.total, offset, limit, nextOffset: next < page.total ? next : null, items: page.items });
    });

    r.get('/:id', async (req, res) => {
      onlyParams(req.query, []);
      const id = checkId(String(req.params.id), 'id');
      const a = await storeOf(ctx).getArticle(id);
      if (!a) throw notFound(`Article "${id}"`);
      res.json(a);
    });
    return r;
  },
};
