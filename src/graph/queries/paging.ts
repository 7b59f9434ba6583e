// Keyset paging shared by every list: items carry a sort key, the cursor is the last key sent,
// so a page stays correct while articles are added. Cursors are opaque base64url strings.

/** What a list read asks for. */
export interface PageRequest {
  limit: number;
  /** Sort key of the last item already sent (decoded cursor). */
  after?: string;
}

/** One page of a list, with the total and whether more follow. */
export interface Page<T> {
  items: T[];
  total: number;
  /** True when items were left out after this page. */
  truncated: boolean;
  /** Cursor for the next page, or null. */
  nextCursor: string | null;
}

/** Encodes a sort key as an opaque cursor. */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

/** Decodes a cursor, or returns null when it is not one of ours. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return key.startsWith('k:') ? key : null;
}

/**
 * Sorts items by `keyOf` (which must be unique and start with "k:") and cuts one page. Only the page
 * is sorted: the items after the cursor are kept in a sorted window of `limit + 1`, so the first
 * page of 100k events costs one pass, not a sort of all of them.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, req: PageRequest): Page<T> {
  const window: Array<{ item: T; key: string }> = []; // sorted, at most limit + 1 (one more tells truncation)
  const size = req.limit + 1;
  let rest = 0;
  for (const item of items) {
    const key = keyOf(item);
    if (req.after !== undefined && !(key > req.after)) continue;
    rest++;
    if (window.length === size && key >= window[size - 1]!.key) continue;
    let lo = 0;
    let hi = window.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (window[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    window.splice(lo, 0, { item, key });
    if (window.length > size) window.pop();
  }
  const slice = window.slice(0, req.limit);
  const truncated = rest > slice.length;
  return {
    items: slice.map((k) => k.item),
    total: items.length,
    truncated,
    nextCursor: truncated && slice.length ? encodeCursor(slice[slice.length - 1]!.key) : null,
  };
}

/** A sort key that keeps a precomputed rank order (for ranked lists such as search). */
export const rankKey = (rank: number): string => `k:${String(rank).padStart(10, '0')}`;

/**
 * The items of ranks `start` to `start + count - 1` under `compare`, in order, without sorting the
 * rest: a sorted window of the best `start + count` seen so far, which most items fall outside of.
 */
export function topRanked<T>(items: readonly T[], compare: (a: T, b: T) => number, start: number, count: number): T[] {
  const size = start + count;
  if (count <= 0 || start >= items.length) return [];
  const window: T[] = [];
  for (const item of items) {
    if (window.length === size && compare(item, window[size - 1]!) >= 0) continue;
    let lo = 0;
    let hi = window.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(window[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    window.splice(lo, 0, item);
    if (window.length > size) window.pop();
  }
  return window.slice(start);
}
