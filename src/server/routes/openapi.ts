// GET /api/openapi.json (the OpenAPI 3.1 document) and /api/docs (a readable page rendered from it
// by a same-origin script, so it works under the strict CSP and offline).
import { Router } from 'express';
import { DOCS_CSS, DOCS_HTML, DOCS_JS } from './openapi/docs-page.js';
import { OPENAPI_DOCUMENT } from './openapi/document.js';
import type { RouteModule } from './support/context.js';

/** The API document. */
export const openapi: RouteModule = {
  name: 'openapi',
  path: '/api/openapi.json',
  create: () => Router().get('/', (_req, res) => { res.json(OPENAPI_DOCUMENT); }),
};

/** The API page and its two assets. */
export const docs: RouteModule = {
  name: 'docs',
  path: '/api/docs',
  create: () => Router()
    .get('/', (_req, res) => { res.type('html').send(DOCS_HTML); })
    .get('/docs.js', (_req, res) => { res.type('application/javascript').send(DOCS_JS); })
    .get('/docs.css', (_req, res) => { res.type('text/css').send(DOCS_CSS); }),
};
