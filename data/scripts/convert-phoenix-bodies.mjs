#!/usr/bin/env node
// Converts the bodies of PETRARCH's Phoenix actor dictionaries (MIT, Open Event Data Alliance) into
// data/lexicon/bodies-phoenix.json: armed groups, parties, NGOs and international bodies by name,
// each with its kind and the state it is based in (none for an international body). Companies and
// media are left out: they are not actors of diplomacy. Plain Node, deterministic, no network.
//   usage: node data/scripts/convert-phoenix-bodies.mjs [SOURCE_DIR] [--out FILE]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { CAMEO_TO_ISO3, SOURCE_FILES, parseActorFile, properCase, stateNames } from './convert-phoenix-actors.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

// Words that make a record a body ("TAWHID_BRIGADE_", "COMMITTEE_TO_PROTECT_JOURNALISTS_").
const BODY_WORDS = new Set(['brigade', 'brigades', 'battalion', 'battalions', 'party', 'council', 'front', 'army', 'movement', 'coalition', 'observatory',
  'force', 'forces', 'union', 'assembly', 'authority', 'liberation', 'katibat', 'kataeb', 'liwa', 'jaish', 'jaysh', 'ahrar', 'committee', 'commission',
  'bank', 'fund', 'organization', 'organisation', 'agency', 'institute', 'foundation', 'association', 'group', 'network', 'office', 'court', 'tribunal',
  'mission', 'programme', 'program', 'federation', 'league', 'alliance', 'congress', 'society', 'centre', 'center', 'watch', 'international', 'cross',
  'crescent', 'jamaat', 'jamaa', 'jihad', 'mujahideen', 'mujahedin', 'martyrs', 'militia', 'cells', 'cell', 'legion', 'guard', 'guards', 'faction',
  'tigers', 'resistance', 'conference', 'secretariat', 'parliament', 'board', 'corps', 'service', 'services', 'directorate', 'ministry', 'initiative']);
// Words of places: such a record is a place, not a body ("SALAH_AD_DIN_GOVERNORATE").
const PLACE_WORDS = new Set(['governorate', 'province', 'region', 'district', 'city', 'peak', 'mount', 'kum', 'republic', 'sfsr', 'soviet', 'oblast', 'county', 'island', 'islands']);
// Words of persons: "WHITE_HOUSE_OFFICIAL" is someone of a body, not the body.
const PERSON_WORDS = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisor', 'minister', 'leader',
  'leaders', 'chief', 'member', 'members', 'envoy', 'president', 'secretary', 'chairman', 'head', 'commander', 'representative', 'ambassador', 'staff', 'source', 'sources']);
// Sectors of armed or underground groups: the record is a group, else an organization.
const GROUP_SECTORS = ['REB', 'INS', 'SEP', 'RAD', 'IMG', 'UAF'];
// Function words written in lower case inside a name ("Committee to Protect Journalists").
const LOWER_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'against', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'an', 'a', 'y', 'wa', 'fi', 'li', 'bi']);

/** A dictionary phrase as words, without parenthesized acronyms ("ISLAMIC_ARMY_OF_ADEN_(IAA)_" → Islamic, Army, of, Aden). */
const words = (p) => p.replace(/\([^)]*\)/g, ' ').replace(/_+/g, ' ').trim().split(/\s+/).filter(Boolean);

/** The name as news writes it: proper case with lower-case function words and "al-" ("Popular Front for the Liberation of Palestine"). */
export function bodyName(ws) {
  const out = properCase(ws).split(' ').map((w, i) => {
    if (i > 0 && LOWER_WORDS.has(w.toLowerCase())) return w.toLowerCase();
    if ((w.length <= 4 && !/[aeiouy]/i.test(w)) || /^(Us|Uk|Un|Eu)$/.test(w)) return w.toUpperCase(); // "SS", "PKK", "US"
    return w.replace(/(['’])(\p{Lu})/gu, (_, q, c) => q + c.toLowerCase()); // "People's", "Shari'ah"
  });
  return out.join(' ').replace(/\b(Al|El)-(?=\p{Lu})/gu, (x) => x.toLowerCase());
}

const OFFICE_HEADS = new Set(['department', 'ministry', 'office', 'bureau', 'secretariat', 'directorate', 'agency', 'commission', 'council', 'supreme', 'house', 'senate']);
// Words too common in bodies' names to show that two names are one body.
const GENERIC_WORDS = new Set(['national', 'united', 'states', 'state', 'international', 'world', 'islamic', "people's", 'peoples', 'democratic', 'popular',
  'revolutionary', 'arab', 'american', 'european', 'department', 'federal', 'intelligence', 'community', 'global', 'council', 'organization', 'association']);
// Particles of persons' names: "OSAMA_BIN_LADEN" is listed with armed groups but is a person.
const PERSONS = /(^| )(bin|ibn|ben|abu|abou|ould|sheikh|shaykh|mullah|haji)( |$)/i;
const hasBodyWord = (f) => f.toLowerCase().split(' ').some((w) => BODY_WORDS.has(w));

/** Whether the words can name a body: two words or more, letters only, at least two of them capitalized content words. */
function isBodyName(ws) {
  if (ws.length < 2 || ws.length > 9) return false;
  if (!ws.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w))) return false;
  return ws.filter((w) => !LOWER_WORDS.has(w.toLowerCase())).length >= 2;
}

/** Kind and state of a record from its codes: [kind, ISO3|null], or undefined for companies, media and persons' codes. */
export function kindOf(rec, knownStates, file) {
  const codes = rec.restrictions.map((r) => r.code);
  if (!codes.length || codes.some((c) => /^(MNC|BUS|MED)/.test(c))) return undefined;
  const group = file.includes('MilNonState') || codes.some((c) => GROUP_SECTORS.some((s) => c.includes(s)));
  const head = codes[0].slice(0, 3);
  if (head === 'IGO' || head === 'NGO') return [group ? 'group' : 'organization', null];
  const iso = CAMEO_TO_ISO3[head] ?? head;
  // a group based in a state acts for it (as the hand list has the Houthis for Yemen); regional codes give none
  return [group ? 'group' : 'organization', knownStates.has(iso) ? iso : null];
}

/** The bodies of parsed records: {name, aliases, kind, state}. */
export function bodiesOf(records, { knownStates, states, file, firstWordState = new Map() }) {
  const out = [];
  for (const rec of records) {
    if (rec.restrictions.some((r) => !r.dflt) && !file.includes('MilNonState')) continue; // dated: a person's roles
    const lowerNames = rec.names.map((n) => words(n).map((w) => w.toLowerCase()));
    if (lowerNames.some((w) => w.some((x) => PLACE_WORDS.has(x) || PERSON_WORDS.has(x)) || states.has(w.join(' ')))) continue;
    // a body word in one of its names, or (armed groups) a name of three words or more: "Abu Abdullah" is a person
    const bodyWord = lowerNames.some((w) => w.some((x) => BODY_WORDS.has(x)));
    if (!bodyWord && !(file.includes('MilNonState') && lowerNames.some((w) => w.length >= 3))) continue;
    // "DEPARTMENT_OF_HEALTH_AND_HUMAN_SERVICES": a state's office is read from its head noun (organization-mentions)
    if (file.includes('Countries') && OFFICE_HEADS.has(lowerNames[0][0])) continue;
    const ko = kindOf(rec, knownStates, file);
    if (!ko) continue;
    const forms = [];
    for (const n of rec.names) {
      const ws = words(n);
      if (n.includes('\uFFFD') || !isBodyName(ws)) continue;
      const f = bodyName(ws);
      if (!forms.includes(f)) forms.push(f);
    }
    // "THE_ISLAMIC_FRONT": the article is the sentence's, not the name's
    const plain = [...new Set(forms.map((f) => f.replace(/^The /, '')))].filter((f) => isBodyName(f.split(' ')));
    // the name: the first form that says it is a body; another form is kept when it shares a word with it
    // ("Ahrar Ash Sham"), not when it names a leader listed with the group ("Abu Khalid al-Suri")
    const name = plain.find((f) => hasBodyWord(f) || (f.split(' ').length >= 3 && !PERSONS.test(f)));
    if (!name) continue;
    const content = (f) => f.toLowerCase().split(' ').filter((w) => w.length >= 4 && !LOWER_WORDS.has(w) && !GENERIC_WORDS.has(w));
    const own = new Set(content(name));
    // (one code may stand for several bodies of a state: "NASA" and "National Science Foundation" are not one)
    // (the Countries file files a state's bodies under one code: no aliases from it)
    const aliases = file.includes('Countries') ? [] : plain.filter((f) => f !== name && content(f).some((w) => own.has(w)) && !PERSONS.test(f));
    // "American Civil Liberties Union": a body named for its state acts for it
    const state = ko[1] ?? (ko[0] === 'organization' ? firstWordState.get(name.split(' ')[0].toLowerCase()) ?? null : null);
    out.push({ name, aliases, kind: ko[0], state });
  }
  return out;
}

/** Merges bodies of one name (the first record wins its kind and state) and sorts them for a stable file. */
export function mergeBodies(list) {
  const byName = new Map();
  const taken = new Set();
  for (const b of list) {
    const key = b.name.toLowerCase();
    const had = byName.get(key);
    if (had) { for (const a of b.aliases) if (!taken.has(a.toLowerCase())) { had.aliases.push(a); taken.add(a.toLowerCase()); } continue; }
    if (taken.has(key)) continue; // already another body's alias
    const aliases = b.aliases.filter((a) => !taken.has(a.toLowerCase()) && !byName.has(a.toLowerCase()));
    byName.set(key, { ...b, aliases });
    taken.add(key);
    for (const a of aliases) taken.add(a.toLowerCase());
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(repo, 'data/lexicon/bodies-phoenix.json');
  const src = path.resolve(args.find((a, i) => !a.startsWith('--') && i !== outAt + 1) ?? path.join(repo, '../shared/lexicon-sources/petrarch2'));
  const req = createRequire(import.meta.url);
  const statesFile = JSON.parse(fs.readFileSync(path.join(repo, 'data/lexicon/states.json'), 'utf8'));
  const knownStates = new Set([...req('world-countries').map((c) => c.cca3), ...statesFile.historical.map((h) => h.code)]);
  // a state's name or demonym as the first word of a body's name ("American", "Iranian")
  const firstWordState = new Map();
  for (const c of req('world-countries')) for (const n of [c.name.common, c.demonyms?.eng?.m]) if (n && !n.includes(' ')) firstWordState.set(n.toLowerCase(), c.cca3);
  const all = [];
  for (const file of SOURCE_FILES) {
    const found = bodiesOf(parseActorFile(fs.readFileSync(path.join(src, file), 'utf8')), { knownStates, states: stateNames(), file, firstWordState });
    process.stderr.write(`${file}: ${found.length} body records\n`);
    all.push(...found);
  }
  const bodies = mergeBodies(all);
  const license = fs.readFileSync(path.join(src, 'LICENSE'), 'utf8').trim();
  const header = {
    $comment: 'Named bodies (armed groups, parties, NGOs, international bodies), converted from the PETRARCH Phoenix actor dictionaries by data/scripts/convert-phoenix-bodies.mjs (do not edit by hand; rerun the script). A body is [name, aliases, kind (group or organization), state ISO3 or null]. organizations.json wins for every name it has. Format: data/README.md.',
    $source: 'PETRARCH2 Phoenix actor dictionaries (Open Event Data Alliance): ' + SOURCE_FILES.join(', ') + '. Dictionaries as of 2014.',
    $license: license,
  };
  const json = '{\n' + Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')
    + ',\n  "bodies": [\n' + bodies.map((b) => '    ' + JSON.stringify([b.name, b.aliases, b.kind, b.state])).join(',\n') + '\n  ]\n}\n';
  fs.writeFileSync(out, json);
  process.stderr.write(`${bodies.length} bodies, ${(json.length / 1e3).toFixed(0)} kB → ${path.relative(process.cwd(), out)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
