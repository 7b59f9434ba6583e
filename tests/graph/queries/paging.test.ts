// Tests for keyset paging: pages cover a list exactly once and stay right when items are added.
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, paginate } from '../../../src/graph/queries/index.js';

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

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor('k:2024-01-01\u0001a:b'))).toBe('k:2024-01-01\u0001a:b');
  });
  it.each(['', 'not a cursor!', Buffer.from('x:1').toString('base64url'), 'a'.repeat(600)])('rejects %j', (c) => {
    expect(decodeCursor(c)).toBeNull();
  });
});
