// From a question to the sentence behind the answer: search, legend filter, time slider, edge
// timeline, state roll-up, shared links, exports, actor names that look like HTML, and where an
// actor's role and state came from.
// Graph: tests/fixtures/web-small.json (made up).
import fs from 'node:fs';
import { expect, it } from 'vitest';
import type {} from '../../web/src/test-hook.js';
import { readFixture } from './support/serve.js';
import { browserSuite } from './support/suite.js';

const shown = (t: { page: import('playwright-core').Page }) => t.page.evaluate(() => window.__diplograph!.shown());

browserSuite('exploring the graph', readFixture('web-small.json'), (t) => {
  it('finds an actor by an accent-free form of an alias, selects it and keeps it in the URL', async () => {
    await t.open();
    await t.page.keyboard.press('/');
    await t.page.keyboard.type('ilham eliyev');
    const option = t.page.locator('#search-results [role="option"]').first();
    await expect.poll(() => option.textContent()).toContain('Ilham Aliyev');
    await t.page.keyboard.press('Enter');
    await expect.poll(() => t.page.locator('#panel h2').textContent()).toBe('Ilham Aliyev');
    expect(new URL(t.page.url()).searchParams.get('node')).toBe('person:ilham-aliyev');
    await t.page.keyboard.press('Escape');
    await expect.poll(() => t.page.locator('#panel').isHidden()).toBe(true);
  });

  it('hides an event type when its legend entry is pressed, and shows it again on a second press', async () => {
    await t.open();
    expect((await shown(t)).types.meeting).toBe(4);
    const meeting = t.page.locator('.legend-toggle[data-type="meeting"]');
    await meeting.click();
    expect(await meeting.getAttribute('aria-pressed')).toBe('false');
    expect((await shown(t)).types.meeting).toBeUndefined();
    expect(new URL(t.page.url()).searchParams.get('hide')).toBe('meeting');
    await t.page.locator('.legend-toggle[data-type="meeting"]').click();
    expect((await shown(t)).types.meeting).toBe(4);
  });

  it('narrows the graph to the months chosen on the time slider', async () => {
    await t.open();
    await t.page.locator('#time-from').focus();
    await t.page.keyboard.press('ArrowRight'); // 2024-02
    await t.page.keyboard.press('ArrowRight'); // 2024-03
    await t.page.locator('#time-to').focus();
    await t.page.keyboard.press('ArrowLeft'); // 2024-05
    expect(await t.page.locator('#time-label').textContent()).toBe('2024-03 to 2024-05');
    const url = new URL(t.page.url()).searchParams;
    expect([url.get('from'), url.get('to')]).toEqual(['2024-03', '2024-05']);
    // "Macron hosted Pashinyan" (June) and the undated EU demand drop out; Lavrov's March threat stays.
    expect(await t.page.evaluate(() => window.__diplograph!.isShown('person:emmanuel-macron'))).toBe(false);
    expect(await t.page.evaluate(() => window.__diplograph!.isShown('person:sergei-lavrov'))).toBe(true);
    expect((await shown(t)).types.meeting).toBe(2);
  });

  it('plays the relations month by month from the first month', async () => {
    await t.open();
    const timeWindow = () => ['from', 'to'].map((k) => new URL(t.page.url()).searchParams.get(k));
    await t.page.locator('#time-play').click();
    expect(timeWindow()).toEqual(['2024-01', '2024-01']);
    expect(await t.page.evaluate(() => window.__diplograph!.isShown('person:nikol-pashinyan'))).toBe(true);
    expect(await t.page.evaluate(() => window.__diplograph!.isShown('person:jeyhun-bayramov'))).toBe(false);
    await expect.poll(timeWindow).toEqual(['2024-02', '2024-02']);
    await t.page.locator('#time-play').click();
    expect(await t.page.locator('#time-play').getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the timeline of two actors, every sentence, when their edge is clicked', async () => {
    await t.open();
    // "Pashinyan said that Russia had failed its obligations." (the one edge between them)
    const at = await t.page.evaluate(() => window.__diplograph!.edgeInPage('a4:ev9'));
    expect(at).not.toBeNull();
    await t.page.mouse.click(at!.x, at!.y, { delay: 20 });
    await expect.poll(() => t.page.locator('#panel h2').textContent()).toBe('Nikol Pashinyan ↔ Sergei Lavrov');
    expect(await t.page.locator('#panel .sentence').allTextContents()).toEqual(['Pashinyan said that Russia had failed its obligations.']);
  });

  it('restores filters, colouring, time window and selection from a shared link', async () => {
    await t.open('?hide=statement&from=2024-02&to=2024-04&node=person%3Ailham-aliyev&color=state');
    expect(await t.page.locator('.legend-toggle[data-type="statement"]').getAttribute('aria-pressed')).toBe('false');
    expect(await t.page.locator('#time-label').textContent()).toBe('2024-02 to 2024-04');
    expect(await t.page.locator('#color-by').inputValue()).toBe('state');
    expect(await t.page.locator('#panel h2').textContent()).toBe('Ilham Aliyev');
    // Aliyev's events in the window: the March meeting and the February accusation and rejection.
    expect(await t.page.locator('#panel li.event').count()).toBe(3);
    const s = await shown(t);
    expect(s.types.statement).toBeUndefined();
    expect(s.types.meeting).toBe(2);
  });

  it.each([
    ['the dictionary with its office and dates', 'person%3Asergei-lavrov',
      'Foreign Minister · Foreign Minister of Russia · since 2004-03-09 · from the PETRARCH2 dictionary', 'RUS · since 2004-03-09 · from the PETRARCH2 dictionary'],
    ['the text', 'person%3Anikol-pashinyan', 'Prime Minister · from the text', 'ARM · from the text'],
    ['a correction in the merges file', 'person%3Ailham-aliyev', 'President · from the text', 'AZE · corrected (merges)'],
  ])("says in an actor's panel where its role and state came from: %s", async (_what, node, role, state) => {
    await t.open(`?node=${node}`);
    const panel = t.page.locator('#panel');
    await expect.poll(() => panel.locator('dd.role').textContent()).toMatch(new RegExp(`^${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'));
    expect(await panel.locator('dd.state').textContent()).toBe(state);
    expect(await panel.locator('dd.role .fact-source').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(119, 119, 119)');
  });

  it('rolls actors up into their states, keeping the selected person as its state', async () => {
    await t.open('?node=person%3Anikol-pashinyan');
    await t.page.locator('#view-mode').selectOption('states');
    await expect.poll(async () => (await shown(t)).nodes).toBe(6);
    expect(await t.page.locator('#panel h2').textContent()).toBe('Armenia');
    expect(await t.page.locator('#panel').textContent()).toContain('person:nikol-pashinyan');
    expect(new URL(t.page.url()).searchParams.get('view')).toBe('states');
  });

  it('keeps only the actors of the states ticked in the state filter', async () => {
    await t.open();
    await t.page.locator('#states-filter summary').click();
    await t.page.locator('#states-filter input[value="AZE"]').check();
    expect(await t.page.evaluate(() => window.__diplograph!.isShown('person:jeyhun-bayramov'))).toBe(true);
    expect(await t.page.evaluate(() => window.__diplograph!.isShown('person:nikol-pashinyan'))).toBe(false);
    expect(new URL(t.page.url()).searchParams.get('states')).toBe('AZE');
  });

  it('shows an actor named like HTML as plain characters and runs none of it', async () => {
    const dialogs: string[] = [];
    t.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await t.open();
    await t.page.locator('#search-input').fill('<img');
    await t.page.keyboard.press('Enter');
    const panel = t.page.locator('#panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await panel.locator('img, script').count()).toBe(0);
    expect(await panel.textContent()).toContain('<script>alert(2)</script>');
    expect(await panel.textContent()).toContain('The group said <script>alert(3)</script> in a statement.');
    expect(dialogs).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('shows article titles and links from the server, never a javascript: link', async () => {
    await t.page.route('**/api/articles/*', (route) => {
      const id = decodeURIComponent(route.request().url().split('/').pop()!);
      const body = id === 'a1'
        ? { id, title: 'Leaders meet in Munich', url: 'https://example.org/munich', date: '2024-01-15' }
        : { id, title: '<b>Baku</b> talks', url: 'javascript:alert(5)', date: null };
      return route.fulfill({ json: body });
    });
    await t.open('?node=person%3Anikol-pashinyan');
    const link = t.page.locator('#panel a', { hasText: 'Leaders meet in Munich' });
    await expect.poll(() => link.getAttribute('href')).toBe('https://example.org/munich');
    await expect.poll(() => t.page.locator('#panel').textContent()).toContain('<b>Baku</b> talks');
    const hrefs = await t.page.locator('#panel a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith('javascript:'))).toBe(false);
  });

  it('exports the graph as shown (JSON without the hidden types, GEXF, PNG)', async () => {
    await t.open('?hide=statement');
    const save = async (id: string) => {
      const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('#export').selectOption(id)]);
      return fs.readFileSync((await download.path())!);
    };
    const json = JSON.parse((await save('json')).toString('utf8'));
    const s = await shown(t);
    expect(json.nodes.length).toBe(s.nodes);
    expect(json.edges.length).toBe(s.edges);
    expect(json.edges.some((e: { attributes: { type: string } }) => e.attributes.type === 'statement')).toBe(false);
    expect(json.nodes.some((n: { attributes: object }) => 'x' in n.attributes)).toBe(false);
    expect((await save('gexf')).toString('utf8')).toContain('<gexf');
    expect((await save('png')).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('keeps node positions across a reload instead of starting the layout over', async () => {
    await t.open('', { fresh: true });
    const before = await t.page.evaluate(() => window.__diplograph!.nodeInPage('state:ARM'));
    await t.page.reload();
    await t.page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await t.page.evaluate(() => window.__diplograph!.layoutRunning())).toBe(false);
    const after = await t.page.evaluate(() => window.__diplograph!.nodeInPage('state:ARM'));
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(after!.y).toBeCloseTo(before!.y, 0);
  });
});
