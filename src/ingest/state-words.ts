// The words that name a state or its people ("Armenia", "Armenian", "Republic of Armenia"), so an
// organization's name can be compared without them: "the Armenian Defense Ministry" and
// "Armenia's Ministry of Defense" both leave "defense ministry".
import { createRequire } from 'node:module';
import { nameTokens } from './names.js';

interface Country {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

const require = createRequire(import.meta.url);
let index: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  const countries = require('world-countries') as Country[];
  const out = new Map<string, Set<string>>();
  for (const c of countries) {
    const words = new Set<string>();
    const forms = [c.name.common, c.name.official, ...c.altSpellings, c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''];
    for (const form of forms) for (const t of nameTokens(form)) words.add(t);
    out.set(c.cca3, words);
  }
  return out;
}

/** Folded words naming state `iso3` or its people; empty for an unknown code. */
export function stateWords(iso3: string | null): ReadonlySet<string> {
  if (!iso3) return new Set();
  index ??= load();
  return index.get(iso3.toUpperCase()) ?? new Set();
}
