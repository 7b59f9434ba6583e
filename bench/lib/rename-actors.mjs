// Makes a growing news stream out of a few hundred base articles: copy k of an article has its
// states swapped for others (world-countries and data/lexicon/states.json: names, demonyms,
// capitals) and its people's surnames swapped for made-up ones, both drawn Zipf-wise so that, as in
// real news, a few states and people dominate and a long tail appears once or twice.
import { createRequire } from 'node:module';
import { rng, shuffled, zipf } from './random.mjs';
import { ROOT } from './paths.mjs';

const require = createRequire(import.meta.url);
const COUNTRIES = require('world-countries');
const LEXICON = require(`${ROOT}/data/lexicon/states.json`);
const SYLLABLES = ['ka', 'ro', 'vin', 'mel', 'an', 'sar', 'tu', 'les', 'dor', 'ni', 'kov', 'bar', 'el', 'shi', 'mo', 'ran', 'zu', 'pet', 'ova', 'yan', 'ric', 'hal', 'de', 'sson'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** The replaceable forms of every state: ISO3 → { name, demonym, capital, forms[] }. */
function stateForms() {
  const out = new Map();
  for (const c of COUNTRIES) {
    const iso = c.cca3;
    const name = LEXICON.display?.[iso] ?? c.name.common;
    const demonym = c.demonyms?.eng?.m || null;
    const capital = c.capital?.[0] || null;
    const forms = [[name, 'name'], [c.name.common, 'name'], ...(LEXICON.names?.[iso] ?? []).filter((f) => f.length > 3).map((f) => [f, 'name'])];
    if (demonym) forms.push([demonym, 'demonym']);
    for (const d of LEXICON.demonyms?.[iso] ?? []) if (!/s$|-led$/.test(d)) forms.push([d, 'demonym']);
    if (capital) forms.push([capital, 'capital']);
    out.set(iso, { iso, name, demonym: demonym ?? name, capital: capital ?? name, forms });
  }
  return out;
}

/** A deterministic made-up surname, number `n`. */
export function surname(n) {
  let s = '';
  let x = n + 7;
  for (let i = 0; i < 3; i++) { s += SYLLABLES[x % SYLLABLES.length]; x = Math.floor(x / SYLLABLES.length) + i * 5 + 3; }
  return cap(s) + (n >= 24 ** 3 ? String(n) : '');
}

/** A renamer: `rename(article, copy, personNames)` gives copy `copy` of `article` (copy 0 is the article itself). */
export function createRenamer({ seed = 7, stateExponent = 1.1, personExponent = 1.0, peoplePerCopy = 40 } = {}) {
  const states = stateForms();
  const ranked = shuffled([...states.keys()].sort(), rng(seed));
  // the most written-about states first, so the head of the Zipf draw is realistic
  for (const iso of ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'IRN', 'UKR', 'ISR', 'TUR'].reverse()) ranked.splice(ranked.indexOf(iso), 1), ranked.unshift(iso);
  const byForm = new Map();
  for (const s of states.values()) for (const [f, kind] of s.forms) if (!byForm.has(f)) byForm.set(f, { iso: s.iso, kind });
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${[...byForm.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return function rename(article, copy, personNames = []) {
    if (copy === 0) return article;
    const random = rng(seed * 7919 + copy);
    const drawState = zipf(ranked.length, stateExponent, random);
    // the pool of people grows with the stream: new names keep arriving, a few recur often
    const drawPerson = zipf(peoplePerCopy * (copy + 1), personExponent, random);
    const stateMap = new Map();
    const text = article.text.replace(pattern, (form) => {
      const { iso, kind } = byForm.get(form);
      if (!stateMap.has(iso)) stateMap.set(iso, states.get(ranked[drawState()]));
      return stateMap.get(iso)[kind];
    });
    let out = text;
    for (const name of personNames) {
      const last = name.split(/\s+/).at(-1);
      if (!last || last.length < 3 || byForm.has(last)) continue;
      out = out.replace(new RegExp(`(?<![\\p{L}])${escape(last)}(?![\\p{L}])`, 'gu'), surname(drawPerson()));
    }
    const title = article.title ? `${article.title} (${copy})` : null;
    return { ...article, id: `${article.id}~${copy}`, title, url: null, text: out };
  };
}
