// jsonChunks: a large object's JSON in pieces that join to exactly what JSON.stringify gives.
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/server/routes/support/json-chunks.js';

const joined = (v: Record<string, unknown>, batch?: number) => [...jsonChunks(v, batch)].join('');

describe('jsonChunks', () => {
  it.each([
    ['an empty object', {}],
    ['a graph export', { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: [{ key: 'a', attributes: { label: 'Élysée "palace"' } }, { key: 'b' }], edges: [{ key: 'e', source: 'a', target: 'b' }] }],
    ['empty arrays and arrays first and last', { nodes: [], x: 1, edges: [] }],
    ['values JSON.stringify leaves out or turns to null', { a: undefined, b: [undefined, () => 1, null, Number.NaN], c: 'x', d: undefined }],
    ['a sparse array', { a: [1, , 3] }], // eslint-disable-line no-sparse-arrays
    ['many elements across batches', { nodes: Array.from({ length: 23 }, (_, i) => ({ key: `n${i}` })), edges: Array.from({ length: 7 }, (_, i) => i) }],
  ])('joins to JSON.stringify for %s', (_name, value) => {
    for (const batch of [1, 3, 5, 1000]) expect(joined(value as Record<string, unknown>, batch)).toBe(JSON.stringify(value));
  });

  it('keeps each piece to one batch of elements', () => {
    const pieces = [...jsonChunks({ nodes: Array.from({ length: 10 }, (_, i) => i) }, 4)];
    expect(pieces).toEqual(['{"nodes":[', '0,1,2,3', ',4,5,6,7', ',8,9', ']}']);
  });
});
