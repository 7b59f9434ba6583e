// HTTP tests for the API document and its readable page; and a check that every mounted route
// is documented, so the document cannot silently fall behind the registry.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/server/routes/index.js';
import { EVENT_TYPES } from '../../src/types/index.js';
import { makeApp } from './helpers.js';

describe('GET /api/openapi.json', () => {
  describe('when asked for the document', () => {
    it('responds with OpenAPI 3.1 listing every endpoint', async () => {
      const res = await request(makeApp()).get('/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body.openapi).toBe('3.1.0');
      expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining([
        '/api/health', '/api/graph', '/api/search', '/api/events', '/api/actors/{id}', '/api/actors/{id}/meetings',
        '/api/actors/{id}/neighbors', '/api/relations', '/api/path', '/api/states/{iso}/relations',
        '/api/dyads/{isoA}/{isoB}', '/api/stats', '/api/export', '/api/deleted',
      ]));
    });

    it('lists the event types the API accepts in the type filter', async () => {
      const res = await request(makeApp()).get('/api/openapi.json');
      const type = res.body.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'type');
      expect(type.schema.items.enum).toEqual([...EVENT_TYPES]);
    });

    it('documents every router in the registry', async () => {
      const doc = (await request(makeApp()).get('/api/openapi.json')).body;
      for (const route of ROUTES) {
        expect(Object.keys(doc.paths).some((p) => p.startsWith(route.path)), route.path).toBe(true);
      }
    });

    it('answers every path it documents', async () => {
      const app = makeApp();
      const doc = (await request(app).get('/api/openapi.json')).body;
      for (const path of Object.keys(doc.paths)) {
        // an event stream never ends; tests/server/sources.test.ts reads it
        if (doc.paths[path].get?.responses?.['200']?.content?.['text/event-stream']) continue;
        const concrete = path.replace('{id}', 'person%3Anikol-pashinyan').replace('{iso}', 'ARM').replace('{isoA}', 'ARM').replace('{isoB}', 'AZE');
        const res = await request(app).get(concrete);
        expect(res.body?.error?.message ?? '').not.toMatch(/^No route/);
      }
    });
  });
});

describe('GET /api/docs', () => {
  describe('when a browser opens the page', () => {
    it('responds with HTML that loads its script from a same-origin URL, with no inline script', async () => {
      const res = await request(makeApp()).get('/api/docs');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain('<script src="/api/docs/docs.js"');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.text).not.toMatch(/https?:\/\/(?!localhost)/);
    });

    it('serves the script it names, which reads the document and writes text only', async () => {
      const res = await request(makeApp()).get('/api/docs/docs.js');
      expect(res.headers['content-type']).toContain('javascript');
      expect(res.text).toContain("fetch('/api/openapi.json')");
      expect(res.text).not.toContain('innerHTML');
    });

    it('serves the stylesheet', async () => {
      const res = await request(makeApp()).get('/api/docs/docs.css');
      expect(res.headers['content-type']).toContain('text/css');
    });
  });
});
