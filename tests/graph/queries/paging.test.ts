// Tests for keyset paging: pages cover a list exactly once and stay right when items are added.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, paginate, topRanked } from '../../../src/graph/queries/index.js';

const key = (n: number) => `k:${String(n).padStart(3, '0')}`;

describe('paginate', () => {
  it('cuts the first page and says more follow', () => {
    const page = paginate([5, 1, 3, 2, 4], key, { limit: 2 });
    expect(page).toMatchObject({ items: [1, 2], total: 5, truncated: true });
  });

  it('continues after the cursor, even when an item was added before it meanwhile', () => {
    const first = paginate([1, 2, 3, 4], key, { limit: 2 });
    const after = decodeCursor(first.nextCursor!)!;
    const next = paginate([0, 1, 2, 3, 4], key, { limit: 2, after });
    expect(next.items).toEqual([3, 4]);
    expect(next).toMatchObject({ truncated: false, nextCursor: null });
  });

  it('gives an empty last page past the end', () => {
    expect(paginate([1], key, { limit: 5, after: key(9) }).items).toEqual([]);
  });
});

describe('paginate against a whole sort', () => {
  // the page as a full sort would cut it: what paginate did before it kept only a window
  const reference = (items: number[], limit: number, after?: string) => {
    const rest = items.map(key).sort().filter((k) => after === undefined || k > after);
    return { items: rest.slice(0, limit), total: items.length, truncated: rest.length > limit };
  };

  it('gives the same page for any items, limit and cursor', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { maxLength: 60 }), fc.integer({ min: 0, max: 12 }),
      fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }), (items, limit, cut) => {
        const after = cut === undefined ? undefined : key(cut);
        const page = paginate(items, key, { limit, after });
        const ref = reference(items, limit, after);
        expect({ items: page.items.map(key), total: page.total, truncated: page.truncated }).toEqual(ref);
        expect(page.nextCursor).toBe(ref.truncated && ref.items.length ? encodeCursor(ref.items.at(-1)!) : null);
      }));
  });
});

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor('k:2024-01-01\u0001a:b'))).toBe('k:2024-01-01\u0001a:b');
  });
  it.each(['', 'not a cursor!', Buffer.from('x:1').toString('base64url'), 'a'.repeat(600)])('rejects %j', (c) => {
    expect(decodeCursor(c)).toBeNull();
  });
});

describe('topRanked', () => {
  it('gives the same items as sorting everything and slicing, for any start and count', () => {
    const compare = (a: { v: number; id: number }, b: { v: number; id: number }) => a.v - b.v || a.id - b.id;
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.nat(320), fc.nat(120), (values, start, count) => {
      const items = values.map((v, id) => ({ v, id }));
      const sorted = [...items].sort(compare);
      expect(topRanked(items, compare, start, count)).toEqual(sorted.slice(start, start + count));
    }), { numRuns: 300 });
  });
});
