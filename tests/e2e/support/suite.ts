// The frame of a browser test file: one browser and one server per file, a fresh context (own
// localStorage) per test, page errors collected so a test can assert there were none.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, it } from 'vitest';
import { hasBrowser, launchBrowser, mustRun, SKIP_REASON } from './browser.js';
import { ensureWebBuilt } from './build-web.js';
import { seededPositions } from './layout-seed.js';
import { startServer, type TestServer } from './serve.js';

/** What a test gets. */
export interface E2E {
  url: string;
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors seen in the page. */
  errors: string[];
  /**
   * Opens the viewer at `query` and waits for its first frame, layout stopped. Small graphs open
   * with a stored layout (same positions every run) unless `fresh` asks for a first visit.
   */
  open(query?: string, opts?: { fresh?: boolean }): Promise<void>;
}

/**
 * Declares a browser test suite over the graph `serialized`; `body` receives the live handles. A
 * smaller `viewport` keeps big graphs quick to draw with software WebGL.
 */
export function browserSuite(
  title: string, serialized: object, body: (t: E2E) => void, viewport = { width: 1280, height: 800 },
): void {
  if (!hasBrowser && !mustRun) {
    console.warn(SKIP_REASON);
    describe.skip(`${title} (${SKIP_REASON})`, () => it('runs in a browser', () => {}));
    return;
  }
  describe(title, () => {
    let browser: Browser;
    let server: TestServer;
    const t = { errors: [] as string[] } as E2E;
    const seed = (serialized as { nodes: unknown[] }).nodes.length <= 500 ? seededPositions(serialized) : null;
    beforeAll(async () => {
      if (!hasBrowser) throw new Error(`CI=true and ${SKIP_REASON}`);
      await ensureWebBuilt();
      server = await startServer(serialized);
      browser = await launchBrowser();
      t.url = server.url;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    beforeEach(async () => {
      t.context = await browser.newContext({ viewport, acceptDownloads: true });
      t.page = await t.context.newPage();
      // A stuck step fails with its own message instead of the test's 30 s timeout.
      t.page.setDefaultTimeout(10_000);
      t.errors.length = 0;
      t.page.on('pageerror', (e) => t.errors.push(e.message));
      // A failed fetch (an article the server cannot give) is handled by the page; other errors count.
      t.page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) t.errors.push(m.text()); });
      t.open = async (query = '', opts = {}) => {
        if (seed && !opts.fresh) {
          await t.page.addInitScript(({ key, value }) => {
            if (!localStorage.getItem(key)) localStorage.setItem(key, value);
          }, seed);
        }
        await t.page.goto(`${t.url}/${query}`);
        await t.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 15_000 }).catch((e: Error) => {
          throw new Error(`The viewer drew no frame: ${e.message}\nPage errors: ${t.errors.join('\n') || 'none'}`);
        });
        await t.page.evaluate(() => window.__diplograph!.settle());
      };
    });
    afterEach(async () => {
      await t.context?.close();
    });
    body(t);
  });
}
