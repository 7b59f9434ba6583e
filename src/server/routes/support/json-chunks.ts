// JSON.stringify of a large object in pieces: the object's arrays (a graph's nodes and edges) are
// written a batch of elements at a time, so no single string holds the whole answer (at 1M events
// one would be ~500 MB, near V8's string limit). Joined, the pieces equal JSON.stringify(value).
/** Elements per piece. */
const BATCH = 2000;

const element = (x: unknown) => (x === undefined || typeof x === 'function' || typeof x === 'symbol' ? 'null' : JSON.stringify(x));

/** The pieces of `JSON.stringify(value)` for a plain object whose top-level arrays may be long. */
export function* jsonChunks(value: Record<string, unknown>, batch = BATCH): Generator<string> {
  let head = '{';
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // as JSON.stringify leaves them out
    head += `${head === '{' ? '' : ','}${JSON.stringify(k)}:`;
    if (!Array.isArray(v)) {
      head += JSON.stringify(v);
      continue;
    }
    yield `${head}[`;
    head = '';
    for (let i = 0; i < v.length; i += batch) {
      yield (i ? ',' : '') + Array.from(v.slice(i, i + batch), element).join(','); // from(): holes become null
    }
    head = ']';
  }
  yield `${head}}`;
}
