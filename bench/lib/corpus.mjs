// The benchmark's base articles: data/articles (the demo set) and the shared dev corpus (gold
// articles and the raw Wikinews dump), read as the ingester reads them and deduplicated by text.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

const SOURCES = [path.join(ROOT, 'data/articles'), path.resolve(ROOT, '../shared/corpus/articles'),
  path.resolve(ROOT, '../shared/corpus/raw'), '/work/shared/corpus/articles', '/work/shared/corpus/raw'];

function readOne(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.txt')) return [{ id: path.basename(file, '.txt'), title: null, date: null, text }];
  if (file.endsWith('.json')) return [JSON.parse(text)];
  if (file.endsWith('.jsonl')) return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return [];
}

/** Every distinct base article ({ id, title, date, text }), in a stable order. */
export function loadCorpus() {
  const seen = new Set();
  const out = [];
  for (const dir of SOURCES) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(txt|json|jsonl)$/.test(name) || /^(readme|notice)/i.test(name)) continue;
      for (const a of readOne(path.join(dir, name))) {
        const key = a.text?.replace(/\s+/g, ' ').trim();
        if (!key || seen.has(key)) continue;
        seen.add(key);
        out.push({ id: a.id ?? name, title: a.title ?? null, date: a.date ?? null, text: a.text });
      }
    }
  }
  if (!out.length) throw new Error('No base articles found under data/articles or the shared corpus.');
  return out;
}
