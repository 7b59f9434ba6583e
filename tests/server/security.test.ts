// HTTP tests for access and edges: write auth, writes off when exposed, read token, rate limit,
// CSP and other headers, CORS, body limit, malformed JSON, and errors that never leak a stack.
import { Router } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { RouteModule } from '../../src/server/routes/index.js';
import { makeApp, ROUTES_WITH_ECHO } from './helpers.js';

const TOKEN = 'write-secret-123';

describe('POST /api/echo (a write route behind the write guard)', () => {
  describe('when no token is configured on loopback', () => {
    it('responds 201', async () => {
      const res = await request(makeApp({ routes: ROUTES_WITH_ECHO })).post('/api/echo').send({ a: 1 });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ got: { a: 1 } });
    });
  });

  describe('when a token is configured', () => {
    const app = makeApp({ routes: ROUTES_WITH_ECHO, config: { token: TOKEN } });

    it('responds 401 with WWW-Authenticate without the token', async () => {
      const res = await request(app).post('/api/echo').send({});
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
      expect(res.body.error.code).toBe('unauthorized');
    });

    it('responds 401 with a wrong token', async () => {
      expect((await request(app).post('/api/echo').set('Authorization', 'Bearer nope-nope-nope').send({})).status).toBe(401);
    });

    it('responds 201 with the right token', async () => {
      expect((await request(app).post('/api/echo').set('Authorization', `Bearer ${TOKEN}`).send({})).status).toBe(201);
    });
  });

  describe('when HOST is not loopback and no token is set', () => {
    it('responds 403 saying writes are off and how to turn them on', async () => {
      const res = await request(makeApp({ routes: ROUTES_WITH_ECHO, config: { host: '0.0.0.0' } })).post('/api/echo').send({});
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('writes_disabled');
      expect(res.body.error.message).toContain('DIPLOGRAPH_TOKEN');
    });
  });

  describe('when a client writes more often than the limit', () => {
    it('responds 429 with Retry-After', async () => {
      const app = makeApp({ routes: ROUTES_WITH_ECHO, config: { writeRateLimit: 2 } });
      for (let i = 0; i < 2; i++) expect((await request(app).post('/api/echo').send({})).status).toBe(201);
      const res = await request(app).post('/api/echo').send({});
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body.error.code).toBe('rate_limited');
    });
  });

  describe('when the body is malformed JSON', () => {
    it('responds 400 with a JSON error', async () => {
      const res = await request(makeApp({ routes: ROUTES_WITH_ECHO })).post('/api/echo').set('Content-Type', 'application/json').send('{"a": ');
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'malformed_json', message: 'The request body is not valid JSON.' });
    });
  });

  describe('when the body is larger than DIPLOGRAPH_MAX_BODY', () => {
    it('responds 413', async () => {
      const app = makeApp({ routes: ROUTES_WITH_ECHO, config: { maxBodyBytes: 100 } });
      const res = await request(app).post('/api/echo').send({ text: 'x'.repeat(200) });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('body_too_large');
    });
  });
});

describe('GET /api/events', () => {
  describe('when DIPLOGRAPH_READ_TOKEN is set', () => {
    const app = makeApp({ config: { readToken: 'read-secret-1', token: TOKEN } });

    it('responds 401 without a token', async () => {
      expect((await request(app).get('/api/events')).status).toBe(401);
    });

    it('responds 200 with the read token or the write token', async () => {
      expect((await request(app).get('/api/events').set('Authorization', 'Bearer read-secret-1')).status).toBe(200);
      expect((await request(app).get('/api/events').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(200);
    });
  });

  describe('when no read token is set', () => {
    it('responds 200 to anyone', async () => {
      expect((await request(makeApp({ config: { token: TOKEN } })).get('/api/events')).status).toBe(200);
    });
  });
});

describe('security headers', () => {
  describe('when any page is served', () => {
    it('sends a CSP with no inline script that allows blob: workers and data:/blob: images', async () => {
      const csp = (await request(makeApp()).get('/api/health')).headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("img-src 'self' data: blob:");
    });

    it('does not say it is Express', async () => {
      expect((await request(makeApp()).get('/api/health')).headers['x-powered-by']).toBeUndefined();
    });
  });
});

describe('CORS', () => {
  describe('when no origins are configured', () => {
    it('sends no Access-Control-Allow-Origin', async () => {
      const res = await request(makeApp()).get('/api/health').set('Origin', 'https://elsewhere.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('when DIPLOGRAPH_CORS_ORIGINS lists an origin', () => {
    const app = makeApp({ config: { corsOrigins: ['https://viewer.example'] } });

    it('allows that origin', async () => {
      const res = await request(app).get('/api/health').set('Origin', 'https://viewer.example');
      expect(res.headers['access-control-allow-origin']).toBe('https://viewer.example');
    });

    it('answers its preflight 204', async () => {
      const res = await request(app).options('/api/events').set('Origin', 'https://viewer.example').set('Access-Control-Request-Method', 'GET');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-headers']).toContain('Authorization');
    });

    it('ignores other origins', async () => {
      const res = await request(app).get('/api/health').set('Origin', 'https://evil.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});

describe('errors', () => {
  const boom: RouteModule = { name: 'boom', path: '/api/boom', create: () => Router().get('/', () => { throw new Error('secret detail at /srv/app.ts:12'); }) };

  describe('when a handler throws an unexpected error', () => {
    it('responds 500 with a generic JSON message and no stack or detail', async () => {
      const res = await request(makeApp({ routes: [boom] })).get('/api/boom');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'internal', message: 'The server failed to answer this request.' } });
      expect(res.text).not.toContain('secret');
    });
  });

  describe('when a handler takes longer than the request timeout', () => {
    const slow: RouteModule = { name: 'slow', path: '/api/slow', create: () => Router().get('/', () => { /* never answers */ }) };
    it('responds 503 timeout', async () => {
      const res = await request(makeApp({ routes: [slow], config: { requestTimeoutMs: 50 } })).get('/api/slow');
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('timeout');
    });
  });
});
