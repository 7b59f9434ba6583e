// Adding sources: the URL and interval are checked at the boundary, and one URL is watched once.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { addSource, formatEvery, parseEvery } from '../../src/watch/index.js';

let store: Store;
afterEach(async () => store?.close());

describe('parseEvery', () => {
  it.each([['15m', 900_000], ['1h', 3_600_000], ['90s', 90_000], ['2d', 172_800_000], ['30', 1_800_000], ['soon', NaN], ['-5m', NaN]])(
    "reads '%s' as %d ms", (text, ms) => expect(parseEvery(text)).toBe(ms));
  it('writes durations back the way they are typed', async () => expect([900_000, 3_600_000, 90_000].map(formatEvery)).toEqual(['15m', '1h', '90s']));
});

describe('addSource', () => {
  it('stores a source due at once, with its name and interval', async () => {
    store = await openStore(':memory:');
    const s = await addSource(store, { url: 'https://news.test/feed.xml#top', name: ' World ', everyMs: 3_600_000, now: new Date('2024-06-01T00:00:00Z') });
    expect(s).toMatchObject({ url: 'https://news.test/feed.xml', name: 'World', everyMs: 3_600_000, nextPollAt: '2024-06-01T00:00:00.000Z' });
    expect(await store.sources.list()).toHaveLength(1);
  });

  it.each([
    ['not a URL', { url: 'news.test/feed' }, /is not a URL/],
    ['a non-HTTP address', { url: 'ftp://news.test/feed' }, /not an http or https address/],
    ['an interval under a minute', { url: 'https://news.test/f', everyMs: 5_000 }, /--every must be .* at least 1m/],
  ])('refuses %s', async (_t, input, message) => {
    store = await openStore(':memory:');
    await expect((async () => await addSource(store, input))()).rejects.toThrow(message);
  });

  it('refuses a URL already watched', async () => {
    store = await openStore(':memory:');
    await addSource(store, { url: 'https://news.test/f' });
    await expect((async () => await addSource(store, { url: 'https://news.test/f' }))()).rejects.toThrow(/already watched/);
  });

  it('forgets a removed source and the links it listed', async () => {
    store = await openStore(':memory:');
    const s = await addSource(store, { url: 'https://news.test/f' });
    await store.sources.recordItem(s.id, { link: 'https://news.test/a', outcome: 'failed', detail: 'HTTP 404', now: '2024-06-01T00:00:00Z' });
    expect(await store.sources.remove(s.id)).toBe(true);
    expect(await store.sources.get(s.id)).toBeNull();
    const again = await addSource(store, { url: 'https://news.test/f' });
    expect(await store.sources.item(again.id, 'https://news.test/a')).toBeNull();
  });
});
