// Reading inputs: each format, HTML pages without their boilerplate, folders without README/NOTICE,
// and one-line problems for files that cannot be read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlArticle, listInputFiles, readInputFile } from '../../src/ingest/index.js';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dg-read-'));
const write = (d: string, name: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
  fs.writeFileSync(path.join(d, name), text);
  return path.join(d, name);
};

// A page shaped like the Mirror-Spectator's: navigation, the article, newsletter prompts, a footer.
const PAGE = `<!doctype html><html><head><title>France, Armenia Discuss Military Ties | Mirror-Spectator</title>
<meta property="og:title" content="France, Armenia Discuss Military Ties">
<meta property="og:site_name" content="The Armenian Mirror-Spectator">
<meta property="article:published_time" content="2022-10-28T09:00:00+00:00">
<link rel="canonical" href="https://mirrorspectator.com/2022/10/28/france-armenia/">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/arts">Arts</a></nav>
<article>
<h1>France, Armenia Discuss Military Ties</h1>
<p>YEREVAN (Azatutyun) — A delegation of France’s Armed Forces Ministry has visited Armenia to explore the possibility of deepening military ties between the two states.</p>
<p>French Armed Forces Minister Sebastien Lecornu announced the trip late last month after meeting with Armenian Defense Minister Suren Papikyan in Paris.</p>
<p>Get the Mirror in your inbox:</p>
<p>“The delegation exchanged views with its interlocutors on the modalities of reinforcing military cooperation between France and Armenia,” the French Embassy in Yerevan said for its part.</p>
<p>Pashinyan again heaped praise on France when he met with a group of visiting French lawmakers on Friday, calling it a friendly country.</p>
<p>Get the Mirror-Spectator Weekly in your inbox:</p>
</article>
<footer><p>© 2022 The Armenian Mirror-Spectator. All rights reserved.</p></footer>
</body></html>`;

describe('htmlArticle', () => {
  const a = htmlArticle(PAGE)!;

  it('takes the article text out of the page, one paragraph per line', () => {
    expect(a.text).toContain('A delegation of France’s Armed Forces Ministry has visited Armenia');
    expect(a.text).toContain('Pashinyan again heaped praise on France');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('leaves newsletter prompts, navigation and the footer out', () => {
    expect(a.text).not.toMatch(/in your inbox/i);
    expect(a.text).not.toContain('All rights reserved');
    expect(a.text).not.toMatch(/^Home\b/m);
  });

  it('reads title, date, canonical URL and outlet from the page metadata', () => {
    expect(a).toMatchObject({
      title: 'France, Armenia Discuss Military Ties', date: '2022-10-28',
      url: 'https://mirrorspectator.com/2022/10/28/france-armenia/', source: 'The Armenian Mirror-Spectator',
    });
  });
});

describe('readInputFile', () => {
  it('reads a .txt file whole, with its id from the file name and the given date', () => {
    const f = write(dir(), 'macron-pashinyan.txt', 'Macron met Pashinyan.\n');
    expect(readInputFile(f, { date: '2022-09-26' }).articles).toEqual([
      { id: 'macron-pashinyan', title: null, date: '2022-09-26', text: 'Macron met Pashinyan.\n' },
    ]);
  });

  it('reads a .json article and keeps its own id', () => {
    const f = write(dir(), 'x.json', JSON.stringify({ id: 'given', title: 'T', date: '2022-01-02', text: 'Body.' }));
    expect(readInputFile(f).articles[0]).toMatchObject({ id: 'given', title: 'T', date: '2022-01-02', text: 'Body.' });
  });

  it('reads every good line of a .jsonl file and names the bad one', () => {
    const f = write(dir(), 'batch.jsonl', [JSON.stringify({ text: 'One.' }), '{not json', JSON.stringify({ id: 'three', text: 'Three.' })].join('\n'));
    const r = readInputFile(f);
    expect(r.articles.map((a) => a.id)).toEqual(['batch-1', 'three']);
    expect(r.problems).toEqual([expect.stringMatching(/^line 2: invalid JSON/)]);
  });

  it.each([
    ['a missing file', 'nope.txt', null, /no such file/],
    ['malformed JSON', 'bad.json', '{"text": ', /invalid JSON/],
    ['JSON without text', 'empty.json', '{"title": "x"}', /"text" must be a non-empty string/],
    ['a date that is not YYYY-MM-DD', 'date.json', '{"text": "x", "date": "28/10/2022"}', /"date" must be YYYY-MM-DD/],
    ['a page without article text', 'blank.html', '<html><body></body></html>', /no article text/],
  ])('gives one line saying what is wrong for %s', (_what, name, content, message) => {
    const d = dir();
    const f = content === null ? path.join(d, name) : write(d, name, content);
    const r = readInputFile(f);
    expect(r.articles).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(message);
    expect(r.problems[0]).not.toContain('\n');
  });
});

describe('listInputFiles', () => {
  it('walks folders recursively and passes over README, NOTICE and unknown files', () => {
    const d = dir();
    write(d, 'README.md', '# about');
    write(d, 'NOTICE', 'licence');
    write(d, 'notes.docx', '');
    const a = write(d, 'a.txt', 'x');
    const b = write(d, 'deeper/b.jsonl', '{"text":"y"}');
    const c = write(d, 'deeper/c.html', '<p>z</p>');
    expect(listInputFiles([d])).toEqual({ files: [a, b, c], missing: [] });
  });

  it('reports paths that do not exist', () => {
    expect(listInputFiles(['/no/such/place']).missing).toEqual(['/no/such/place']);
  });
});
