// HTTP tests for GET /api/export: every format through the registry, filters, ETag, 400s.
import graphology from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { unzipSync } from 'fflate';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from './helpers.js';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('GET /api/export', () => {
  describe.each([
    ['json', 'application/json', 'diplograph.json'],
    ['gexf', 'application/gexf+xml', 'diplograph.gexf'],
    ['graphml', 'application/graphml+xml', 'diplograph.graphml'],
    ['csv', 'application/zip', 'diplograph.zip'],
  ])('when format=%s', (format, type, file) => {
    it(`responds with ${type} as the attachment ${file}`, async () => {
      const res = await request(makeApp()).get(`/api/export?format=${format}`).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.headers['content-disposition']).toContain(file);
      expect(res.headers.etag).toBeTruthy();
      expect((res.body as Buffer).length).toBeGreaterThan(100);
    });
  });

  describe('when format=json with a type filter', () => {
    it('responds with only those events', async () => {
      const res = await request(makeApp()).get('/api/export?format=json&type=visit');
      const g = graphology.MultiDirectedGraph.from(JSON.parse(res.text));
      expect(g.mapEdges((_e, a) => a.type)).toEqual(['visit']);
    });
  });

  describe('when format=graphml and view=states', () => {
    it('responds with a states-only graph that graphology-graphml reads', async () => {
      const res = await request(makeApp()).get('/api/export?format=graphml&view=states');
      expect(res.headers['content-disposition']).toContain('diplograph-states.graphml');
      const g = parseGraphml(graphology.MultiDirectedGraph, res.text);
      expect(g.nodes().every((n) => n.startsWith('state:'))).toBe(true);
    });
  });

  describe('when format=csv', () => {
    it('responds with a zip holding nodes.csv and edges.csv', async () => {
      const res = await request(makeApp()).get('/api/export?format=csv').buffer(true).parse(binary);
      expect(Object.keys(unzipSync(new Uint8Array(res.body as Buffer))).sort()).toEqual(['edges.csv', 'nodes.csv']);
    });
  });

  describe('when the client already holds this export', () => {
    it('responds 304', async () => {
      const app = makeApp();
      const first = await request(app).get('/api/export?format=gexf');
      const again = await request(app).get('/api/export?format=gexf').set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
    });
  });

  describe('when format is missing or unknown', () => {
    it.each(['', '?format=dot'])('responds 400 naming "format" (%s)', async (q) => {
      const res = await request(makeApp()).get(`/api/export${q}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"format"');
    });
  });
});
