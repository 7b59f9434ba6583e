// A big graph (5,000 actors, 20,000 events, synthetic) loads and answers, and a graph over the
// cap is cut to its most connected part with a notice that says so and how to narrow it.
import { expect, it } from 'vitest';
import type {} from '../../web/src/test-hook.js';
import { browserSuite } from './support/suite.js';
import { syntheticGraph } from './support/synthetic-graph.mjs';

browserSuite('a big graph', syntheticGraph({ nodes: 5000, edges: 20000 }), (t) => {
  it('draws 5,000 actors and 20,000 events, and still finds and opens one', async () => {
    await t.open();
    const shown = await t.page.evaluate(() => window.__diplograph!.shown());
    expect(shown.nodes).toBe(5000);
    expect(shown.edges).toBe(20000);
    expect(await t.page.locator('#notice').isHidden()).toBe(true);
    await t.page.locator('#search-input').fill('Actor 4321');
    await t.page.keyboard.press('Enter');
    await expect.poll(() => t.page.locator('#panel h2').textContent()).toBe('Actor 4321');
    expect(await t.page.locator('#panel li.event').count()).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
  });

  it('cuts a graph over the cap to its most connected part, says so, and brings a searched actor into view', async () => {
    await t.open('?cap=1000');
    const notice = t.page.locator('#notice');
    expect(await notice.textContent()).toContain('Showing the 1,000 most connected of 5,000 actors');
    expect(await notice.textContent()).toContain('narrow it');
    expect((await t.page.evaluate(() => window.__diplograph!.shown())).nodes).toBe(1000);
    // A selected actor stays in view even when it is not among the most connected.
    await t.page.locator('#search-input').fill('Actor 4999');
    await t.page.keyboard.press('Enter');
    await expect.poll(() => t.page.evaluate(() => window.__diplograph!.isShown('group:actor-4999'))).toBe(true);
  });
}, { width: 800, height: 600 });
