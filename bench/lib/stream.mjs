// The article stream the extraction and ingest benchmarks read: base articles first, then renamed
// copies, until the stream holds `bytes` of text or `count` articles. Person names of the base
// articles come from one extraction pass, cached in the system's temp folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from './corpus.mjs';
import { dist } from './paths.mjs';
import { createRenamer } from './rename-actors.mjs';

/** Person names per base article id, from the current extractor (cached by corpus hash). */
export async function personNames(corpus) {
  const hash = crypto.createHash('sha1').update(corpus.map((a) => a.text).join('\u0000')).digest('hex').slice(0, 12);
  const file = path.join(os.tmpdir(), `diplograph-bench-persons-${hash}.json`);
  if (fs.existsSync(file)) return new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8'))));
  const { extractArticle } = await dist('extract/index.js');
  const out = {};
  for (const a of corpus) {
    const names = extractArticle(a).entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases]);
    out[a.id] = [...new Set(names)];
  }
  fs.writeFileSync(file, JSON.stringify(out));
  return new Map(Object.entries(out));
}

/** The first articles of the stream: `count` of them, or as many as fill `bytes` of UTF-8 text. */
export async function articleStream({ count = Infinity, bytes = Infinity } = {}) {
  const corpus = loadCorpus();
  const names = await personNames(corpus);
  const rename = createRenamer();
  const out = [];
  let size = 0;
  for (let copy = 0; out.length < count && size < bytes; copy++) {
    for (const a of corpus) {
      if (out.length >= count || size >= bytes) break;
      const r = rename(a, copy, names.get(a.id) ?? []);
      out.push(r);
      size += Buffer.byteLength(r.text);
    }
  }
  return out;
}
