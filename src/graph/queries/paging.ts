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

/** Sorts items by `keyOf` (which must be unique and start with "k:") and cuts one page. */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, req: PageRequest): Page<T> {
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const start = req.after === undefined ? 0 : keyed.findIndex((k) => k.key > req.after!);
  const rest = start < 0 ? [] : keyed.slice(start);
  const slice = rest.slice(0, req.limit);
  const truncated = rest.length > slice.length;
  return {
    items: slice.map((k) => k.item),
    total: items.length,
    truncated,
    nextCursor: truncated && slice.length ? encodeCursor(slice[slice.length - 1]!.key) : null,
  };
}

/** A sort key that keeps a precomputed rank order (for ranked lists such as search). */
export const rankKey = (rank: number): string => `k:${String(rank).padStart(10, '0')}`;
