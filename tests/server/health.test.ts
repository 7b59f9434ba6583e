// HTTP tests for the liveness route and the catch-all JSON 404.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from './helpers.js';

describe('GET /api/health', () => {
  describe('when the app is up', () => {
    it('responds 200 with {"status":"ok"}', async () => {
      const res = await request(makeApp()).get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });
  });

  describe('when reads need a token', () => {
    it('responds 200 without one, so probes keep working', async () => {
      const res = await request(makeApp({ config: { readToken: 'read-secret-1' } })).get('/api/health');
      expect(res.status).toBe(200);
    });
  });
});

describe('GET /api/no-such-thing', () => {
  describe('when no route matches', () => {
    it('responds 404 with a JSON error naming the path', async () => {
      const res = await request(makeApp()).get('/api/no-such-thing');
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: 'not_found', message: 'No route for GET /api/no-such-thing.' });
    });
  });
});
