// HTTP tests for the viewer at /: the built files when present, a clear message when not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from './helpers.js';

describe('GET /', () => {
  describe('when the viewer is built', () => {
    const root = mkdtempSync(join(tmpdir(), 'diplograph-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>viewer</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(root, 'app.js'), 'export {};');

    it('responds with its index.html under the CSP', async () => {
      const res = await request(makeApp({ webRoot: root })).get('/');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>viewer</title>');
      expect(res.headers['content-security-policy']).toContain("worker-src 'self' blob:");
    });

    it('serves its other files', async () => {
      const res = await request(makeApp({ webRoot: root })).get('/app.js');
      expect(res.status).toBe(200);
    });
  });

  describe('when the viewer is not built', () => {
    it('responds with a message telling to run npm run build', async () => {
      const res = await request(makeApp({ webRoot: join(tmpdir(), 'no-such-viewer-dir') })).get('/');
      expect(res.status).toBe(503);
      expect(res.text).toContain('npm run build');
    });
  });

  describe('when a path climbs out of the web root', () => {
    it('responds 400', async () => {
      const res = await request(makeApp()).get('/%2e%2e/package.json');
      expect(res.status).toBe(400);
    });
  });
});
