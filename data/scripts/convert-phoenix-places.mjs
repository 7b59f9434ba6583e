#!/usr/bin/env node
// Converts the place names of PETRARCH's Phoenix country dictionary (MIT, Open Event Data Alliance) into
// data/lexicon/places-phoenix.json: the cities, provinces and regions each country block lists ("+TEL_AVIV_"
// under "ISRAEL_ [ISR]"), so that "landed in Tel Aviv" or "in Chongqing for talks" names a state.
// A name listed under two states ("Tripoli") is left out. Plain Node, deterministic, no network.
//   usage: node data/scripts/convert-phoenix-places.mjs [SOURCE_DIR] [--out FILE]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { CAMEO_TO_ISO3 } from './convert-phoenix-actors.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const FILE = 'Phoenix.Countries.actors.txt';

// A country block opens on its name and code ("ISRAEL_  [ISR]") and lists its synonyms ("+TEL_AVIV_").
const BLOCK = /^[A-Z][A-Z_'.-]*\s+\[([A-Z]{3})\]\s*$/;
const SYNONYM = /^\+([^\s#]+)/;
// Names of another kind than a place: "THE_GRAVEYARD_OF_EMPIRES", "SOVIET_OCCUPIED_AFGHANISTAN", "STATE_OF_ISRAEL".
const NOT_A_PLACE = /^(the|state|republic|kingdom|islamic|people|peoples|democratic|federal|united|soviet|former)\b|\b(government|regime|republic|occupied|state|empire|empires)\b|(man|woman|men|women)$/i;
// Function words kept lower case inside a name ("Gulf of Aden").
const LOWER = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le', 'el', 'al', 'an', 'upon', 'on', 'sur', 'am']);

/** The synonyms of every country block of the dictionary, as [ISO3, phrase] pairs. */
export function blockSynonyms(text) {
  const out = [];
  let code = null;
  for (const line of text.split('\n')) {
    const block = BLOCK.exec(line);
    if (block) { code = CAMEO_TO_ISO3[block[1]] ?? block[1]; continue; }
    const syn = SYNONYM.exec(line);
    if (syn && code) { out.push([code, syn[1]]); continue; }
    if (/^[^+#\s]/.test(line)) code = null; // a person's or a body's record ends the block
  }
  return out;
}

/** A dictionary phrase as news writes it: "TEL_AVIV-YAFO_" → "Tel Aviv-Yafo", "GULF_OF_ADEN" → "Gulf of Aden". */
export function placeName(phrase) {
  const words = phrase.replace(/_+/g, ' ').trim().split(/\s+/);
  return words.map((w, i) => (i > 0 && LOWER.has(w.toLowerCase()) ? w.toLowerCase()
    : w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase()))).join(' ');
}

/** Whether a phrase can be a place: letters, one to four words, at least four letters, no institution. */
export function isPlaceName(name) {
  if (!/^[\p{L}][\p{L}'’ .-]*$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 4) return false;
  return name.split(' ').length <= 4 && !NOT_A_PLACE.test(name);
}

/** The places by state: names the dictionary lists under exactly one state, minus the states' own names and demonyms. */
export function placesOf(pairs, taken, knownStates) {
  const states = new Map();
  for (const [code, phrase] of pairs) {
    if (!knownStates.has(code)) continue; // a CAMEO code with no ISO 3166 state ("KNT")
    const name = placeName(phrase);
    if (!isPlaceName(name) || taken.has(name.toLowerCase())) continue;
    const key = name.toLowerCase();
    (states.get(key) ?? states.set(key, { name, codes: new Set() }).get(key)).codes.add(code);
  }
  const byState = {};
  for (const { name, codes } of [...states.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    if (codes.size !== 1) continue; // "Tripoli": Libya or Lebanon
    const code = [...codes][0];
    (byState[code] ??= []).push(name);
  }
  return Object.fromEntries(Object.entries(byState).sort(([a], [b]) => a.localeCompare(b)));
}

// Every name, official name, demonym and capital that the country dataset or states.json already knows.
function takenForms() {
  const req = createRequire(import.meta.url);
  const ours = JSON.parse(fs.readFileSync(path.join(repo, 'data/lexicon/states.json'), 'utf8'));
  const taken = new Set();
  const add = (s) => s && taken.add(s.toLowerCase());
  for (const c of req('world-countries')) {
    add(c.name.common); add(c.name.official);
    for (const a of c.altSpellings) add(a);
    for (const cap of c.capital ?? []) add(cap);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) { add(d); if (d) add(d + 's'); }
  }
  for (const field of ['names', 'demonyms', 'metonyms']) for (const list of Object.values(ours[field])) for (const n of list) add(n);
  for (const h of ours.historical) for (const n of [h.name, ...(h.names ?? []), ...(h.demonyms ?? [])]) add(n);
  return taken;
}

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(repo, 'data/lexicon/places-phoenix.json');
  const src = path.resolve(args.find((a, i) => !a.startsWith('--') && i !== outAt + 1) ?? path.join(repo, '../shared/lexicon-sources/petrarch2'));
  const req = createRequire(import.meta.url);
  const statesFile = JSON.parse(fs.readFileSync(path.join(repo, 'data/lexicon/states.json'), 'utf8'));
  const knownStates = new Set([...req('world-countries').map((c) => c.cca3), ...statesFile.historical.map((h) => h.code)]);
  const places = placesOf(blockSynonyms(fs.readFileSync(path.join(src, FILE), 'utf8')), takenForms(), knownStates);
  const license = fs.readFileSync(path.join(src, 'LICENSE'), 'utf8').trim();
  const header = {
    $comment: 'Cities, provinces and regions by the state they lie in, converted from the country blocks of the PETRARCH Phoenix country dictionary by data/scripts/convert-phoenix-places.mjs (do not edit by hand; rerun the script). Read only as places, after "in", "to", "from", "at" and the like. Format: data/README.md.',
    $source: `PETRARCH2 Phoenix actor dictionaries (Open Event Data Alliance): ${FILE}. Dictionaries as of 2014.`,
    $license: license,
  };
  const json = '{\n' + Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')
    + ',\n  "places": {\n' + Object.entries(places).map(([c, ns]) => `    ${JSON.stringify(c)}: ${JSON.stringify(ns)}`).join(',\n') + '\n  }\n}\n';
  fs.writeFileSync(out, json);
  const n = Object.values(places).reduce((s, l) => s + l.length, 0);
  process.stderr.write(`${n} places in ${Object.keys(places).length} states, ${(json.length / 1e3).toFixed(0)} kB → ${path.relative(process.cwd(), out)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
