#!/usr/bin/env node
// Converts PETRARCH's Phoenix actor dictionaries (MIT, Open Event Data Alliance) into
// data/lexicon/actors-phoenix.json: named persons with their dated roles (state or organization,
// sector, from, to). Plain Node, deterministic, no network. Format: data/README.md.
//   usage: node data/scripts/convert-phoenix-actors.mjs [SOURCE_DIR] [--out FILE]
//   SOURCE_DIR defaults to ../shared/lexicon-sources/petrarch2 relative to the repository.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/** The dictionary files read, in this order. */
export const SOURCE_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];

/** CAMEO country codes that differ from the ISO3 codes of data/lexicon (others are ISO3 already). */
export const CAMEO_TO_ISO3 = { USR: 'SUN', KSV: 'XKX', FRY: 'YUG', SCG: 'YUG' };

/** CAMEO codes of international bodies, most specific last in a code ("IGOUNODEVWBK" → World Bank). */
export const ORGANIZATIONS = {
  UNO: 'United Nations', WBK: 'World Bank', IMF: 'International Monetary Fund', NAT: 'NATO',
  EEC: 'European Union', OAS: 'Organization of American States', OPC: 'OPEC', AFU: 'African Union',
  ARL: 'Arab League', ASN: 'ASEAN', WTO: 'World Trade Organization', IAE: 'International Atomic Energy Agency',
  ICC: 'International Criminal Court', OSC: 'OSCE', COE: 'Council of Europe', WHO: 'World Health Organization',
  WFP: 'World Food Programme', GCC: 'Gulf Cooperation Council', OIC: 'Organisation of Islamic Cooperation',
  CWN: 'Commonwealth of Nations', ECW: 'ECOWAS', SAD: 'SADC', BIS: 'Bank for International Settlements',
};

// Sectors: the 3-letter role codes after a country code ("RUSGOV", "USAMIL", "AFGELI").
const SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'ELI', 'REB', 'BUS', 'MED', 'EDU', 'CVL', 'SPY', 'COP', 'PTY', 'HLH', 'LAB', 'REF', 'AGR', 'CRM', 'REL', 'ENV', 'HRI', 'UAF', 'INS', 'SEP', 'MOD', 'RAD', 'NGO', 'IGO', 'DEV', 'ATH', 'JEW', 'MUS', 'CHR', 'BUD', 'HIN', 'UNR']);

// Words that make a variant a title or a description rather than a plain name
// ("FOREIGN_MINISTER_SERGEY_V._LAVROV", "PRESIDENT_KARZAI_", "LORD_CARRINGTON_").
const EXTRA_TITLE_WORDS = ['president', 'minister', 'premier', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'sheikh', 'shaikh', 'crown',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'lord', 'lady', 'baron', 'baroness', 'sir', 'dame', 'ambassador', 'amb', 'senator', 'sen', 'rep',
  'governor', 'gov', 'mayor', 'chancellor', 'pope', 'ayatollah', 'mullah', 'imam', 'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'father',
  'col', 'colonel', 'maj', 'major', 'lt', 'capt', 'captain', 'adm', 'admiral', 'marshal', 'field', 'brig', 'secretary', 'secretary-general', 'chairman',
  'chief', 'leader', 'foreign', 'defense', 'defence', 'prime', 'vice', 'deputy', 'former', 'ex', 'acting', 'spokesman', 'spokeswoman', 'speaker',
  'commander', 'head', 'envoy', 'judge', 'justice', 'the', 'of', 'and', 'for', 'to', 'un', 'u.n.', 'eu', 'nato', 'party', 'army', 'government', 'ministry',
  'new', 'president-elect', 'chair', 'member', 'mp', 'official', 'then', 'supreme', 'grand', 'his', 'her', 'majesty', 'highness', 'excellency',
  'administration', 'regime', 'camp', 'supporters', 'kanzler', 'bundeskanzler', 'govenor', 'secretaty'];

// Words of places and bodies: a dated record that has one is a place or a group, not a person
// ("SALAH_AD_DIN_GOVERNORATE", "TAWHID_BRIGADE_", "SUDAN_PEOPLE'S_LIBERATION_ARMY").
const BODY_WORDS = new Set(['governorate', 'province', 'region', 'district', 'city', 'peak', 'mount', 'kum', 'brigade', 'brigades', 'battalion', 'party', 'council',
  'front', 'army', 'movement', 'islamic', 'coalition', 'observatory', 'force', 'forces', 'union', 'assembly', 'authority', 'republic', 'sfsr', 'soviet', 'liberation',
  'katibat', 'kataeb', 'liwa', 'jaish', 'jaysh', 'ahrar', 'kurdistan', 'committee', 'commission', 'bank', 'fund', 'organization', 'organisation', 'agency',
  'institute', 'foundation', 'association', 'group', 'network', 'project', 'office', 'court', 'tribunal', 'mission', 'programme', 'program', 'nations', 'volkskammer']);

// State words that are also given names or surnames ("Michael Jordan", "German Vargas Lleras").
const NAME_LIKE_STATES = new Set(['jordan', 'chad', 'georgia', 'israel', 'german', 'france', 'niger', 'lebanon']);

// Titles that are also given names: kept at the head of a primary name ("SULTAN_BIN_SAEED_AL_MANSURI").
const GIVEN_NAME_TITLES = new Set(['sultan', 'amir', 'emir', 'king', 'prince']);

/** Words of titles and honorifics ("minister", "sheikh"): stripped before a primary name, never in a plain name. */
export function titleWords(lexiconDir = path.join(repo, 'data/lexicon')) {
  const words = new Set(EXTRA_TITLE_WORDS);
  const titles = JSON.parse(fs.readFileSync(path.join(lexiconDir, 'titles.json'), 'utf8'));
  for (const list of [titles.heads, titles.modifiers, titles.prefixes]) for (const t of list ?? []) for (const w of t.toLowerCase().split(/\s+/)) words.add(w.replace(/\.$/, ''));
  return words;
}

/** The words that may not stand in a plain name: titles and honorifics, one-word state names and demonyms ("Russian"). */
export function notNameWords(lexiconDir) {
  const words = titleWords(lexiconDir);
  const countries = createRequire(import.meta.url)('world-countries');
  for (const c of countries) {
    for (const n of [c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      const w = n?.toLowerCase();
      if (w && !w.includes(' ') && !NAME_LIKE_STATES.has(w)) words.add(w);
    }
  }
  return words;
}

/** Lowercased names and demonyms of states: a record named so is a state, not a person ("KUWAIT", "AL_KUWAYT"). */
export function stateNames() {
  const names = new Set();
  for (const c of createRequire(import.meta.url)('world-countries')) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings, c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (n) names.add(n.toLowerCase());
  }
  return names;
}

/** Whether a record names a place or a body in any of its forms. */
export function isPlaceOrBody(rec, states) {
  return rec.names.some((n) => {
    const w = phraseWords(n).map((x) => x.toLowerCase());
    return w.some((x) => BODY_WORDS.has(x)) || states.has(w.join(' ')) || (w.length === 2 && (w[0] === 'al' || w[0] === 'el') && states.has(w[1]));
  });
}

/** "YYYYMMDD" or "YYMMDD" (19YY from 30 up, else 20YY) as YYYY-MM-DD, or undefined when it is no date. */
export function parseDate(s) {
  let y, m, d;
  if (/^\d{8}$/.test(s)) [y, m, d] = [s.slice(0, 4), s.slice(4, 6), s.slice(6, 8)];
  else if (/^\d{6}$/.test(s)) [y, m, d] = [(Number(s.slice(0, 2)) >= 30 ? '19' : '20') + s.slice(0, 2), s.slice(2, 4), s.slice(4, 6)];
  else return undefined;
  if (+m < 1 || +m > 12 || +d < 1 || +d > 31) return undefined;
  return `${y}-${m}-${d}`;
}

/** One restriction "[RUSGOV >20040309]" as {code, from, to}; undated: from = to = null, dflt. Undefined when malformed. */
export function parseRestriction(body) {
  const m = /^\s*([A-Z]{3,})\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$/.exec(body);
  if (!m) return undefined;
  const [, code, op, one, a, b] = m;
  if (op) { const d = parseDate(one); if (!d) return undefined; return op === '>' ? { code, from: d, to: null } : { code, from: null, to: d }; }
  if (a) { const from = parseDate(a), to = parseDate(b); if (!from || !to) return undefined; return { code, from, to }; }
  return { code, from: null, to: null, dflt: true };
}

/** The office a restriction line's comment names ("[RUSGOV >20040309]  # Foreign Minister"), or undefined for notes and file names. */
// "Amb to Philippines (need dates)", "PM pt. 1", "check start date": the editors' notes are no office
export function officeOf(comment) {
  const c = comment.split('#')[0].replace(/\([^)]*\)/g, '').replace(/\s+pt\.\s*\d+$/i, '').trim().replace(/^then\s+/i, '');
  return c && c.length <= 60 && !/\?|\.txt\b|\b(check|should|need|figure)\b/i.test(c) ? c : undefined;
}

// One restriction on its own line takes the line's comment as its office.
const withOffice = (restrictions, comment) => {
  const office = restrictions.length === 1 ? officeOf(comment) : undefined;
  return office ? [{ ...restrictions[0], office }] : restrictions;
};

/** Parses the text of an actor dictionary into records {names: [primary, ...synonyms], restrictions, comment}. */
export function parseActorFile(text) {
  const records = [];
  let cur = null;
  const brackets = (s) => [...s.matchAll(/\[([^\]]*)\]/g)].map((x) => parseRestriction(x[1])).filter(Boolean);
  for (const rawLine of text.split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash + 1) : '';
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).replace(/\s+;.*$/, '');
    if (!line.trim()) { if (cur && comment && !cur.names.length) cur.comment += comment; continue; }
    if (/^\s/.test(line)) { if (cur) cur.restrictions.push(...withOffice(brackets(line), comment)); continue; }
    if (line.startsWith('+')) { if (cur) cur.names.push(line.slice(1).split('[')[0].trim()); continue; }
    cur = { names: [line.split('[')[0].trim()], restrictions: brackets(line), comment };
    records.push(cur);
  }
  return records;
}

/** A dictionary phrase as words ("SERGEY_V._LAVROV_" → ["SERGEY", "V.", "LAVROV"]). */
const phraseWords = (p) => p.replace(/_+/g, ' ').trim().split(/\s+/).filter(Boolean);

const LOWER_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'del', 'della', 'y']);
/** Proper case of a dictionary name ("SERGEY_LAVROV" → "Sergey Lavrov", "BASHAR_AL-ASSAD" → "Bashar al-Assad"). */
export function properCase(words) {
  return words.map((w, i) => {
    let out = w.toLowerCase().replace(/(^|[-'.])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase()).replace(/^(Mc)(\p{L})/u, (_, a, c) => a + c.toUpperCase());
    if (i > 0 && i < words.length - 1 && LOWER_PARTICLES.has(out.toLowerCase())) out = out.toLowerCase();
    if (i > 0) out = out.replace(/^(Al|El)-/, (x) => x.toLowerCase());
    return out;
  }).join(' ');
}

/** Whether the words are a plain name: letters, initials, hyphens and apostrophes; no title, state or function word. */
export function isPlainName(words, banned) {
  if (!words.length || words.length > 5) return false;
  return words.every((w) => /^\p{L}[\p{L}'’-]*\.?$/u.test(w) && !banned.has(w.toLowerCase().replace(/\.$/, '')))
    && words.some((w) => w.replace(/\./g, '').length > 2);
}

/** A role from a code: [ISO3|null, organization|null, sector, from, to, office?]; undefined for codes we cannot use. */
export function roleOf(r, knownStates) {
  const role = bareRoleOf(r, knownStates);
  return role && r.office ? [...role, r.office] : role;
}

function bareRoleOf(r, knownStates) {
  const c = r.code;
  const head = c.slice(0, 3);
  const rest = c.slice(3).match(/.{3}/g) ?? [];
  if (head === 'IGO') {
    const org = [...rest].reverse().map((x) => ORGANIZATIONS[x]).find(Boolean);
    return org ? [null, org, 'IGO', r.from, r.to] : undefined;
  }
  const iso = CAMEO_TO_ISO3[head] ?? head;
  if (!knownStates.has(iso)) return undefined;
  // the first sector ("GBRGOVJUD": a justice minister is government), but a legislature's member is a legislator ("USAGOVLEG")
  const sector = rest.includes('LEG') ? 'LEG' : rest.find((x) => SECTORS.has(x)) ?? 'ELI';
  return [iso, null, sector, r.from, r.to];
}

const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The persons of parsed records: {name, variants, roles}. */
export function personsOf(records, { banned, titles = banned, knownStates, states = new Set(), source }) {
  const out = [];
  for (const rec of records) {
    // CountryInfo's records are persons; others only when dated and not a place or a body
    const listed = /CountryInfo|IGOrulers/i.test(rec.comment);
    if (!(listed || rec.restrictions.some((r) => !r.dflt)) || isPlaceOrBody(rec, states)) continue;
    const forms = [];
    for (const n of rec.names) {
      const w = phraseWords(n);
      if (n.includes('\uFFFD') || !isPlainName(w, banned)) continue;
      const form = properCase(w);
      if (!forms.includes(form)) forms.push(form);
      // "BASHAR_AL_ASSAD": news writes "Bashar al-Assad"
      const joined = form.replace(/ (Al|El) (?=\p{L})/gu, (_, p) => ' ' + p.toLowerCase() + '-');
      if (joined !== form && !forms.includes(joined)) forms.unshift(joined);
    }
    // the canonical name: the primary if plain, else the longest plain full name
    const full = forms.filter((f) => f.includes(' '));
    // "SHEIKH_AHMED_YASSIN": the primary name without its honorific names the person whose roles these are
    const primaryWords = phraseWords(rec.names[0]);
    const strip = (w) => titles.has(w) && !GIVEN_NAME_TITLES.has(w);
    while (primaryWords.length > 2 && strip(primaryWords[0].toLowerCase().replace(/\.$/, ''))) primaryWords.shift();
    const primary = properCase(primaryWords);
    if (primaryWords.length > 1 && isPlainName(primaryWords, banned) && !forms.includes(primary)) { forms.push(primary); full.push(primary); }
    if (!full.length) continue;
    const primaryJoined = primary.replace(/ (Al|El) (?=\p{L})/gu, (_, p) => ' ' + p.toLowerCase() + '-');
    const name = full.includes(primaryJoined) ? primaryJoined : full.includes(primary) ? primary : [...full].sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b))[0];
    // a synonym is another spelling of this person, not another person under the same codes
    // ("SAMI_ABU_ZUHRI +AHMED_YASSIN"): it shares the surname or its first letters ("Schroeder")
    const last = (f) => fold(f.split(' ').at(-1)).replace(/^(al|el)-/, '');
    const sameSurname = (f) => f.split(' ').some((w) => fold(w) === last(name)) || last(f).slice(0, 4) === last(name).slice(0, 4);
    const variants = forms.filter((f) => f !== name && sameSurname(f));
    const roles = rec.restrictions.map((r) => roleOf(r, knownStates)).filter(Boolean);
    if (!roles.length) continue;
    out.push({ name, variants, roles, source });
  }
  return out;
}

/** Merges records of one person (same folded name, same states) and sorts by name for a stable file. */
export function mergePersons(list) {
  const byKey = new Map();
  for (const p of list) {
    const key = fold(p.name) + '|' + [...new Set(p.roles.map((r) => r[0] ?? r[1]))].sort().join(',');
    const had = byKey.get(key);
    if (!had) { byKey.set(key, { ...p, roles: [...p.roles], variants: [...p.variants] }); continue; }
    for (const v of p.variants) if (!had.variants.includes(v) && v !== had.name) had.variants.push(v);
    for (const r of p.roles) if (!had.roles.some((x) => JSON.stringify(x) === JSON.stringify(r))) had.roles.push(r);
  }
  const byFrom = (a, b) => String(a[3] ?? '').localeCompare(String(b[3] ?? '')) || String(a[4] ?? '~').localeCompare(String(b[4] ?? '~'));
  return [...byKey.values()].map((p) => ({ ...p, roles: p.roles.sort(byFrom) })).sort((a, b) => fold(a.name).localeCompare(fold(b.name)) || a.name.localeCompare(b.name) || JSON.stringify(a.roles).localeCompare(JSON.stringify(b.roles)));
}

/** The data file: header and persons as [name, variants, roles]. */
export function buildFile(persons, licenseText) {
  return {
    $comment: 'Named persons with dated roles, converted from the PETRARCH Phoenix actor dictionaries by data/scripts/convert-phoenix-actors.mjs (do not edit by hand; rerun the script). A person is [name, variants, roles]; a role is [state ISO3 or null, organization or null, sector (GOV, MIL, LEG, JUD, OPP, ELI, REB, BUS, IGO, ...), from, to, office?] with dates YYYY-MM-DD or null (open) and, when the dictionary names it in a comment, the office. Variants are plain names; one-word variants are surnames. Format: data/README.md.',
    $source: 'PETRARCH2 Phoenix actor dictionaries (Open Event Data Alliance): ' + SOURCE_FILES.join(', ') + '. Dictionaries as of 2014.',
    $license: licenseText.trim(),
    persons: persons.map((p) => [p.name, p.variants, p.roles]),
  };
}

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(repo, 'data/lexicon/actors-phoenix.json');
  const src = path.resolve(args.find((a, i) => !a.startsWith('--') && i !== outAt + 1) ?? path.join(repo, '../shared/lexicon-sources/petrarch2'));
  const banned = notNameWords();
  const titles = titleWords();
  const req = createRequire(import.meta.url);
  const states = JSON.parse(fs.readFileSync(path.join(repo, 'data/lexicon/states.json'), 'utf8'));
  const knownStates = new Set([...req('world-countries').map((c) => c.cca3), ...states.historical.map((h) => h.code)]);
  const all = [];
  for (const f of SOURCE_FILES) {
    const text = fs.readFileSync(path.join(src, f), 'utf8');
    const found = personsOf(parseActorFile(text), { banned, titles, knownStates, states: stateNames(), source: f });
    process.stderr.write(`${f}: ${found.length} person records\n`);
    all.push(...found);
  }
  const persons = mergePersons(all);
  const license = fs.readFileSync(path.join(src, 'LICENSE'), 'utf8');
  const file = buildFile(persons, license);
  const json = '{\n' + Object.entries(file).map(([k, v]) => k === 'persons'
    ? `  "persons": [\n${v.map((p) => '    ' + JSON.stringify(p)).join(',\n')}\n  ]`
    : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n';
  fs.writeFileSync(out, json);
  process.stderr.write(`${persons.length} persons, ${persons.reduce((n, p) => n + p.roles.length, 0)} roles, ${(json.length / 1e6).toFixed(2)} MB → ${path.relative(process.cwd(), out)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
