// HTTP tests for GET /api/graph: graphology JSON that Graph.from rebuilds, filters, views, ETag.
import { createHash } from 'node:crypto';
import graphology from 'graphology';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../src/graph/build.js';
import { graphView } from '../../src/graph/queries/index.js';
import { createApp } from '../../src/server/app.js';
import { fixtureGraph, IDS } from '../fixtures/diplomatic-articles.js';
import { makeApp } from './helpers.js';

describe('GET /api/graph', () => {
  describe('when the graph is sent in pieces', () => {
    it('responds with exactly the JSON of the export, its length and the ETag of that text', async () => {
      const res = await request(makeApp()).get('/api/graph?includeContext=true');
      const text = JSON.stringify(graphView(fixtureGraph(), { includeContext: true }, 'actors').export());
      expect(res.text).toBe(text);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(text));
      expect(res.headers.etag).toBe(`"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`);
    });
  });

  describe('when called with no filters', () => {
    it('responds with serialized JSON that Graph.from rebuilds with every actor and factual event', async () => {
      const res = await request(makeApp()).get('/api/graph');
      expect(res.status).toBe(200);
      const g = graphology.MultiDirectedGraph.from(res.body);
      const source = fixtureGraph();
      expect(g.order).toBe(source.order);
      // Two fixture events carry a context (negated, future) and are left out by default.
      expect(g.size).toBe(source.size - 2);
      expect(g.getNodeAttribute(IDS.pashinyan, 'label')).toBe('Nikol Pashinyan');
    });
  });

  describe('when includeContext=true', () => {
    it('responds with the negated and future events too', async () => {
      const res = await request(makeApp()).get('/api/graph?includeContext=true');
      expect(res.body.edges).toHaveLength(fixtureGraph().size);
    });
  });

  describe('when filtered by type', () => {
    it('responds with only meetings and the actors at their ends', async () => {
      const res = await request(makeApp()).get('/api/graph?type=meeting');
      const g = graphology.MultiDirectedGraph.from(res.body);
      expect(new Set(g.mapEdges((_e, a) => a.type))).toEqual(new Set(['meeting']));
      expect(g.size).toBe(3);
      expect(g.hasNode(IDS.eu)).toBe(false);
    });
  });

  describe('when view=states', () => {
    it('responds with one node per state and counted edges between states', async () => {
      const res = await request(makeApp()).get('/api/graph?view=states');
      const g = graphology.MultiDirectedGraph.from(res.body);
      expect(g.nodes().every((n) => n.startsWith('state:'))).toBe(true);
      expect(g.getEdgeAttributes('state:ARM->state:AZE:meeting')).toMatchObject({ count: 1, first: '2024-03-01' });
    });
  });

  describe('when view is unknown', () => {
    it('responds 400 naming "view"', async () => {
      const res = await request(makeApp()).get('/api/graph?view=planets');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"view"');
    });
  });

  describe('when an article is added to the shared graph after start', () => {
    it('responds with the new actor at once', async () => {
      const graph = fixtureGraph();
      const app = createApp({ graph, webRoot: '/nonexistent' });
      addArticle(graph, {
        id: 'art-new', title: null, date: null, events: [],
        entities: [{ id: 'person:new-envoy', kind: 'person', name: 'New Envoy', state: null, role: null, aliases: [] }],
      });
      const res = await request(app).get('/api/graph');
      expect(res.body.nodes.map((n: { key: string }) => n.key)).toContain('person:new-envoy');
    });
  });

  describe('when the client sends the ETag it holds', () => {
    it('responds 304 while the graph is unchanged, and 200 after it changes', async () => {
      const graph = fixtureGraph();
      const app = createApp({ graph, webRoot: '/nonexistent' });
      const first = await request(app).get('/api/graph');
      expect(first.headers.etag).toMatch(/^"/);
      const again = await request(app).get('/api/graph').set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      graph.dropNode(IDS.eu);
      const changed = await request(app).get('/api/graph').set('If-None-Match', first.headers.etag);
      expect(changed.status).toBe(200);
    });
  });

  describe('when a parameter is not known', () => {
    it('responds 400 naming it', async () => {
      const res = await request(makeApp()).get('/api/graph?tpye=meeting');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"tpye"');
    });
  });
});
