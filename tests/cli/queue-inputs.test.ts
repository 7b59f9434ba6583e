// What `diplograph ingest --queue` reads before enqueueing (src/cli/commands/queue-inputs.ts): files,
// standard input in its three shapes, and URLs, with a problem line for every input that gives nothing.
// The pages are made up here; no network is used (a stub fetch answers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQueueInputs } from '../../src/cli/commands/queue-inputs.js';

const page = (body: string, status = 200) => async () => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
const ARTICLE = '<html><head><title>Talks in Lima</title></head><body><article><h1>Talks in Lima</h1><p>Chilean President Ines Marquardt met Peruvian President Ilario Santacruz in Lima on Monday, officials said.</p><p>The two leaders discussed trade and the border for three hours.</p></article></body></html>';

describe('readQueueInputs', () => {
  it('reads JSONL, a JSON list and plain text from standard input', async () => {
    const jsonl = '{"text":"Chile met Peru."}\n{"text":"Peru met Bolivia."}\n';
    expect((await readQueueInputs(['-'], { date: null, stdin: async () => jsonl })).articles.map((a) => a.text)).toEqual(['Chile met Peru.', 'Peru met Bolivia.']);
    const list = '[{"text":"Chile met Peru."}]';
    expect((await readQueueInputs(['-'], { date: null, stdin: async () => list })).articles).toHaveLength(1);
    const text = await readQueueInputs(['-'], { date: '2024-05-01', stdin: async () => 'Chile met Peru on Monday.' });
    expect(text.articles).toMatchObject([{ text: 'Chile met Peru on Monday.', date: '2024-05-01' }]);
  });

  it('says why standard input or a URL gave nothing, and keeps the other inputs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-qin-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Chile met Peru.');
    try {
      const r = await readQueueInputs(['-', 'https://news.example/gone', path.join(dir, 'a.txt'), path.join(dir, 'missing.txt')], { date: null, stdin: async () => '  ', fetch: page('', 404) as typeof fetch });
      expect(r.articles.map((a) => a.text)).toEqual(['Chile met Peru.']);
      expect(r.problems).toEqual(['stdin: no text', 'https://news.example/gone: HTTP 404', `${path.join(dir, 'missing.txt')}: no such file or folder`]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('reads a URL as a saved page, keeping the URL for the duplicate rules', async () => {
    const r = await readQueueInputs(['https://news.example/lima'], { date: null, fetch: page(ARTICLE) as typeof fetch });
    expect(r.problems).toEqual([]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ url: 'https://news.example/lima' });
    expect(r.articles[0]!.text).toContain('Ines Marquardt met Peruvian President Ilario Santacruz');
  });
});
