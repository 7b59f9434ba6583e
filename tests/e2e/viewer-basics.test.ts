// The viewer draws the graph and opens an actor's evidence on a click.
// Graph: tests/fixtures/web-small.json (made up).
import { expect, it } from 'vitest';
import type {} from '../../web/src/test-hook.js';
import { pixelStats } from './support/pixels.js';
import { readFixture } from './support/serve.js';
import { browserSuite } from './support/suite.js';

browserSuite('the viewer', readFixture('web-small.json'), (t) => {
  it('draws the graph on the canvas (the screenshot is not blank)', async () => {
    await t.open();
    const shot = await t.page.locator('#graph').screenshot();
    const stats = pixelStats(shot);
    expect(await t.page.evaluate(() => window.__diplograph!.shown().nodes)).toBe(12);
    expect(stats.variance).toBeGreaterThan(20);
    expect(stats.inked).toBeGreaterThan(0.002);
    expect(t.errors).toEqual([]);
  });

  it('opens a panel with the sentences behind an actor when the actor is clicked', async () => {
    await t.open();
    const at = await t.page.evaluate(() => window.__diplograph!.nodeInPage('person:ilham-aliyev'));
    expect(at).not.toBeNull();
    await t.page.mouse.click(at!.x, at!.y);
    const panel = t.page.locator('#panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Ilham Aliyev');
    const text = await panel.textContent();
    expect(text).toContain('president');
    expect(text).toContain('İlham Əliyev');
    expect(text).toContain('Aliyev received Pashinyan in Baku.');
    expect(await panel.locator('li.event').count()).toBe(6);
    expect(t.page.url()).toContain('node=person%3Ailham-aliyev');
  });
});
