// The viewer learns of articles added while it is open: the event stream's arrivals show as
// "N new events", and the button brings the new actors into the graph without a reload.
// Articles: two sentences written for this test (CC0), stored in an in-memory store.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../web/src/test-hook.js';
import { graphFromStore, ingestArticle } from '../../src/ingest/index.js';
import { createApp } from '../../src/server/app.js';
import { createConfig } from '../../src/server/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { hasBrowser, launchBrowser, mustRun, SKIP_REASON } from './support/browser.js';
import { ensureWebBuilt, WEB_DIST } from './support/build-web.js';

const FIRST = 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Monday.';
const SECOND = 'German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Tuesday.';

const suite = hasBrowser || mustRun ? describe : describe.skip;

suite(`the viewer with articles arriving${hasBrowser ? '' : ` (${SKIP_REASON})`}`, () => {
  let store: Store;
  let server: Server;
  let browser: Browser;
  let url: string;
  let listeners: () => number;

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`CI=true and ${SKIP_REASON}`);
    await ensureWebBuilt();
    store = await openStore(':memory:');
    await ingestArticle(store, { title: 'Paris talks', date: '2024-05-06', text: FIRST });
    const app = createApp({ graph: await graphFromStore(store), store, config: createConfig({}), webRoot: WEB_DIST, log: () => {} });
    listeners = () => (app.locals.ctx as { changes: { size: number } }).changes.size;
    server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
    store?.close();
  });

  it('shows "new events" for an article added meanwhile and adds its actors on a click', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 700 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    const before = await page.evaluate(() => window.__diplograph!.shown().nodes);
    expect(await page.locator('#arrivals').isHidden()).toBe(true);

    // the stream must be open before the article arrives
    for (let i = 0; i < 100 && listeners() === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(listeners()).toBe(1);
    const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Warsaw talks', date: '2024-05-07', text: SECOND }) });
    expect(res.status).toBe(201);

    const bar = page.locator('#arrivals');
    await bar.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await bar.textContent()).toMatch(/^\d+ new events? from 1 article\./);
    await bar.getByRole('button', { name: 'Show them' }).click();
    await bar.waitFor({ state: 'hidden', timeout: 10_000 });
    const after = await page.evaluate(() => window.__diplograph!.shown().nodes);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate(() => window.__diplograph!.isShown('person:olaf-scholz'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
