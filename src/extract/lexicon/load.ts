// Loads data/lexicon (our files plus the world-countries dataset), validates it and compiles the
// indexes the stages use. Loaded once per process; a broken file fails loudly with its name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { QUAD_CLASSES, isEventType, type EventType, type QuadClass, type EntityKind, type Fact, isEntityKind } from '../../types/index.js';
import { PhraseIndex } from './phrase-index.js';
import { compileFrame } from './compile-frame.js';
import { DatedPeople, foldName } from './dated-people.js';
import type { Frame, Lexicon, NamedBody, StateHit } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The lexicon folder: data/lexicon at the project root (from src/ or dist/). */
export const LEXICON_DIR = path.resolve(here, '../../../data/lexicon');

interface Country { cca3: string; name: { common: string; official: string }; altSpellings: string[]; capital?: string[]; demonyms?: { eng?: { m?: string; f?: string } }; independent?: boolean }

let dir = LEXICON_DIR;

function readJson(file: string): any {
  const full = path.join(dir, file);
  try { return JSON.parse(fs.readFileSync(full, 'utf8')); } catch (e) {
    throw new Error(`lexicon file ${full} cannot be read: ${(e as Error).message}. Fix or restore it (format: data/README.md).`);
  }
}
function need(cond: unknown, file: string, what: string): void {
  if (!cond) throw new Error(`lexicon file data/lexicon/${file}: ${what}. See data/README.md for the format.`);
}
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function loadStates(lex: Pick<Lexicon, 'states' | 'statePhrases' | 'familyNameFirst'>): void {
  const req = createRequire(import.meta.url);
  const countries = req('world-countries') as Country[];
  const ours = readJson('states.json');
  need(ours.names && ours.demonyms && ours.metonyms && Array.isArray(ours.historical), 'states.json', 'needs names, demonyms, metonyms, historical');
  const notNames = new Set<string>(ours.notNames ?? []);
  const add = (phrase: string, hit: StateHit, ourOwn = false) => {
    if (!phrase || (!ourOwn && notNames.has(phrase))) return;
    const exact = /^[A-Z.]{2,5}$/.test(phrase);
    lex.statePhrases.add(phrase, hit, exact);
    if (!phrase.startsWith('the ') && hit.form === 'name') lex.statePhrases.add('the ' + phrase, hit);
  };
  for (const c of countries) lex.states.set(c.cca3, { code: c.cca3, name: ours.display?.[c.cca3] ?? c.name.common });
  for (const h of ours.historical) lex.states.set(h.code, { code: h.code, name: h.name });
  for (const [field, form] of [['names', 'name'], ['demonyms', 'demonym'], ['metonyms', 'metonym']] as const) {
    for (const [code, list] of Object.entries(ours[field])) {
      need(lex.states.has(code) && strings(list), 'states.json', `${field}.${code} must be a known ISO3 code with a list of strings`);
      for (const n of list as string[]) add(n, { code, form }, true);
    }
  }
  // independent states before territories, so a shared demonym names the state
  const sorted = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of sorted) {
    const name = ours.display?.[c.cca3] ?? c.name.common;
    lex.states.set(c.cca3, { code: c.cca3, name });
    add(c.name.common, { code: c.cca3, form: 'name' });
    add(c.name.official, { code: c.cca3, form: 'name' });
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Za-z ,.'-]+$/.test(alt) && !alt.includes(',')) add(alt, { code: c.cca3, form: 'name' });
    add(c.cca3, { code: c.cca3, form: 'code' });
    for (const cap of c.capital ?? []) add(cap.replace(/ D\.C\.$/, ''), { code: c.cca3, form: 'capital' });
    const d = c.demonyms?.eng;
    for (const dem of new Set([d?.m, d?.f])) if (dem) { add(dem, { code: c.cca3, form: 'demonym' }); add(dem + 's', { code: c.cca3, form: 'demonym' }); }
  }
  need(ours.familyNameFirst === undefined || (strings(ours.familyNameFirst) && ours.familyNameFirst.every((c: string) => lex.states.has(c))), 'states.json', 'familyNameFirst must be a list of known ISO3 codes');
  for (const c of ours.familyNameFirst ?? []) lex.familyNameFirst.add(c);
  for (const h of ours.historical) {
    need(typeof h.code === 'string' && typeof h.name === 'string', 'states.json', 'historical entries need code and name');
    lex.states.set(h.code, { code: h.code, name: h.name });
    for (const n of h.names ?? []) add(n, { code: h.code, form: 'name' });
    for (const n of h.demonyms ?? []) add(n, { code: h.code, form: 'demonym' });
  }
  // cities and provinces last: a state's own names win ("Georgia" is the state, not the US state)
  if (!fs.existsSync(path.join(dir, 'places-phoenix.json'))) return;
  const places = readJson('places-phoenix.json');
  need(places.places && typeof places.places === 'object', 'places-phoenix.json', 'needs places (rerun node data/scripts/convert-phoenix-places.mjs)');
  for (const [code, list] of Object.entries(places.places)) {
    need(lex.states.has(code) && strings(list), 'places-phoenix.json', `places.${code} must be a known ISO3 code with a list of names`);
    for (const n of list as string[]) lex.statePhrases.add(n, { code, form: 'place' }); // the first sense of a phrase is kept
  }
}

const HAND_BODY: Fact = Object.freeze({ source: 'dictionary', dictionary: 'organizations' });
const PHOENIX_BODY: Fact = Object.freeze({ source: 'dictionary', dictionary: 'petrarch2' });

function loadBodies(lex: Lexicon): void {
  const orgs = readJson('organizations.json');
  need(Array.isArray(orgs.international) && strings(orgs.heads) && strings(orgs.governmentNouns), 'organizations.json', 'needs international, heads, governmentNouns');
  for (const o of orgs.international) {
    need(typeof o.name === 'string', 'organizations.json', 'every international body needs a name');
    if (o.kind === 'metonym') continue;
    const kind: EntityKind = o.kind ?? 'organization';
    need(isEntityKind(kind), 'organizations.json', `${o.name}: unknown kind ${o.kind}`);
    const body: NamedBody = { name: o.name, kind, state: o.state ?? null, fact: HAND_BODY };
    for (const n of [o.name, ...(o.aliases ?? [])]) lex.bodies.add(n, body, /^[A-Z.\-0-9]{2,6}$/.test(n));
  }
  // the dictionary's bodies after the hand list (whose entry wins), written with their capitals
  const phoenix = readJson('bodies-phoenix.json');
  need(Array.isArray(phoenix.bodies), 'bodies-phoenix.json', 'needs bodies; rerun node data/scripts/convert-phoenix-bodies.mjs');
  for (const [name, aliases, kind, state] of phoenix.bodies) {
    need(typeof name === 'string' && Array.isArray(aliases) && isEntityKind(kind), 'bodies-phoenix.json', `bad body ${JSON.stringify(name)}`);
    const body: NamedBody = { name, kind, state: state ?? null, fact: PHOENIX_BODY };
    for (const n of [name, ...aliases]) lex.bodies.add(n, body, true);
  }
  for (const h of orgs.heads) lex.orgHeads.add(h, h);
  for (const h of orgs.ofHeads ?? []) lex.orgOfHeads.add(h);
  for (const h of orgs.stateHeads ?? []) lex.stateHeads.add(h);
  for (const n of orgs.governmentNouns) lex.governmentNouns.add(n);
  for (const n of orgs.mediaOutlets ?? []) lex.mediaOutlets.add(n, n);
  for (const n of orgs.stateMedia ?? []) lex.stateMedia.add(n, n);
  for (const n of orgs.mediaWords ?? []) lex.mediaWords.add(n);
}

function loadTitlesAndGroups(lex: Lexicon): void {
  const t = readJson('titles.json');
  need(strings(t.heads) && strings(t.modifiers) && strings(t.prefixes), 'titles.json', 'needs heads, modifiers, prefixes (lists of strings)');
  for (const h of t.heads) lex.titleHeads.add(h, h);
  for (const m of t.modifiers) lex.titleModifiers.add(m, m);
  for (const p of t.prefixes) lex.titlePrefixes.add(p);
  for (const [k, v] of Object.entries(t.state ?? {})) lex.titleState.set(k, v as string | null);
  for (const p of t.plural ?? []) lex.pluralTitles.add(p);
  for (const p of t.nonActor ?? []) lex.nonActorRoles.add(p);
  lex.nonActorOrgWords.push(...(t.nonActorOrgWords ?? []));
  const g = readJson('groups.json');
  need(strings(g.nouns), 'groups.json', 'needs nouns');
  for (const n of g.nouns) lex.groupNouns.add(n.toLowerCase());
  for (const [k, v] of Object.entries(g.singularToGroup ?? {})) lex.singularToGroup.set(k, String(v));
  for (const [k, v] of Object.entries(g.descriptions ?? {})) lex.descriptions.add(k, String(v));
  for (const n of g.generic ?? []) lex.genericGroups.add(n, n);
  // "European officials", "Arab ministers": a region's people, of no single state
  need(g.regions === undefined || strings(g.regions), 'groups.json', 'regions must be a list of words');
  need(g.regionNouns === undefined || strings(g.regionNouns), 'groups.json', 'regionNouns must be a list of words');
  for (const r of g.regions ?? []) for (const n of [...g.nouns, ...(t.plural ?? []), ...(g.regionNouns ?? [])]) if (/s$/.test(n)) lex.genericGroups.add(`${r} ${n}`, `${r} ${n}`);
  for (const n of g.assemblies ?? []) lex.assemblies.add(n);
  for (const n of g.domestic ?? []) lex.domesticGroups.add(n.toLowerCase().replace(/^the /, ''));
  for (const n of g.fromNouns ?? []) lex.fromNouns.add(n);
  for (const n of g.kindNouns ?? []) lex.kindNouns.add(n.split(' ').at(-1)!);
}

// Checks one frame of `file` and compiles it with the codes of its type.
function readFrame(f: any, file: string, types: Record<string, unknown>, ids: Set<string>, irregular: Map<string, string[]>) {
  need(typeof f.id === 'string' && !ids.has(f.id), file, `frame ids must be unique strings (${f.id})`);
  ids.add(f.id);
  need(typeof f.pattern === 'string' && f.pattern.trim() !== '', file, `frame ${f.id} needs a pattern`);
  need(isEventType(f.type), file, `frame ${f.id}: unknown event type ${f.type}`);
  const codes = types[f.type as EventType] as { cameo: string; plover: string; quad: QuadClass } | undefined;
  need(codes && (QUAD_CLASSES as readonly string[]).includes(codes.quad), 'verbs.json', `types.${f.type} needs cameo, plover and a quad class`);
  return compileFrame(f, codes!, irregular);
}

// Adds a compiled frame to the trigger indexes.
function addFrame(lex: Lexicon, frame: Frame): void {
  lex.frames.push(frame);
  const first = frame.steps.find((s) => s.kind === 'word');
  if (first && first.kind === 'word') for (const w of first.forms) {
    lex.triggerWords.add(w);
    const list = lex.framesByTrigger.get(w);
    if (list) list.push(frame); else lex.framesByTrigger.set(w, [frame]);
  }
  const v0 = frame.steps[0];
  if (!frame.noun && v0 && v0.kind === 'word') for (const w of v0.forms) lex.verbForms.add(w);
  if (frame.speech && !frame.noun && v0 && v0.kind === 'word') for (const w of v0.forms) lex.speechVerbs.add(w);
}

function loadFrames(lex: Lexicon): void {
  const v = readJson('verbs.json');
  need(v.types && Array.isArray(v.frames), 'verbs.json', 'needs types and frames');
  const irregular = new Map<string, string[]>(Object.entries(v.irregular ?? {}));
  for (const [t, codes] of Object.entries(v.types as Record<string, { cameo: string; plover: string; quad: QuadClass }>)) {
    need(isEventType(t) && (QUAD_CLASSES as readonly string[]).includes(codes.quad), 'verbs.json', `types.${t} needs cameo, plover and a quad class`);
    lex.typeCodes.set(t as EventType, codes);
  }
  const ids = new Set<string>();
  for (const f of v.frames) addFrame(lex, readFrame(f, 'verbs.json', v.types, ids, irregular));
  // verbs-cameo.json (generated from the CAMEO dictionary by data/scripts/convert-cameo.mjs) comes after
  // ours, and verbs.json decides how a word it knows is read: a CAMEO frame of a word that hand frames
  // read as other types too is dropped ("welcome" is a meeting and praise); one of a word that they
  // read only as its own type acts where none of them finds a counterpart ("signed a debt relief deal with")
  if (!fs.existsSync(path.join(dir, 'verbs-cameo.json'))) return;
  const c = readJson('verbs-cameo.json');
  need(Array.isArray(c.frames), 'verbs-cameo.json', 'needs frames (run data/scripts/convert-cameo.mjs again)');
  const handTypes = new Map<string, Set<EventType>>();
  for (const [w, frames] of lex.framesByTrigger) handTypes.set(w, new Set(frames.map((f) => f.type)));
  const both = new Map(irregular);
  for (const [k, forms] of Object.entries(c.irregular ?? {})) {
    need(strings(forms), 'verbs-cameo.json', `irregular.${k} must be a list of strings`);
    both.set(k, [...new Set([...(both.get(k) ?? []), ...(forms as string[])])]);
  }
  for (const f of c.frames) {
    const frame = readFrame(f, 'verbs-cameo.json', v.types, ids, both);
    const first = frame.steps.find((s) => s.kind === 'word');
    const known = first && first.kind === 'word' ? [...first.forms].flatMap((w) => [...(handTypes.get(w) ?? [])]) : [];
    if (known.some((t) => t !== frame.type)) continue;
    addFrame(lex, known.length ? { ...frame, fallback: true } : frame);
  }
}

function loadBoilerplate(lex: Lexicon): void {
  const b = readJson('boilerplate.json');
  need(strings(b.lines), 'boilerplate.json', 'needs lines (regular expressions)');
  for (const l of b.lines) {
    try { lex.boilerplate.push(new RegExp(l, 'iu')); } catch (e) { need(false, 'boilerplate.json', `bad pattern ${l}: ${(e as Error).message}`); }
  }
}

function loadPeople(lex: Lexicon): void {
  const p = readJson('people.json');
  need(Array.isArray(p.people), 'people.json', 'needs people (a list)');
  for (const x of p.people) {
    need(typeof x.name === 'string' && (x.state === null || lex.states.has(x.state)), 'people.json', `${x.name}: needs a name and a known ISO3 state or null`);
    const person = { name: x.name, state: x.state, role: x.role ?? null };
    for (const n of [x.name, ...(x.aliases ?? [])]) lex.people.add(n, person, true);
  }
}

// The dated persons: only the file's presence is checked now; it is read and indexed on first use,
// so loading the lexicon (the server's start) stays as fast as before.
function loadDatedPeople(lex: Lexicon): void {
  const file = 'actors-phoenix.json';
  const full = path.join(dir, file);
  need(fs.existsSync(full), file, 'is missing; run node data/scripts/convert-phoenix-actors.mjs');
  const hand = new Set<string>();
  const p = readJson('people.json');
  for (const x of p.people) for (const n of [x.name, ...(x.aliases ?? [])]) hand.add(foldName(n));
  lex.datedPeople = new DatedPeople(() => {
    let data: any;
    try { data = JSON.parse(fs.readFileSync(full, 'utf8')); } catch (e) {
      throw new Error(`lexicon file ${full} cannot be read: ${(e as Error).message}. Rerun data/scripts/convert-phoenix-actors.mjs (format: data/README.md).`);
    }
    return data?.persons;
  }, (folded) => hand.has(folded));
}

const cache = new Map<string, Lexicon>();

/** The lexicon of `from` (default data/lexicon), loaded, validated and compiled once. Throws on a broken file. */
export function loadLexicon(from: string = LEXICON_DIR): Lexicon {
  const hit = cache.get(from);
  if (hit) return hit;
  dir = from;
  const lex: Lexicon = {
    states: new Map(), familyNameFirst: new Set(), statePhrases: new PhraseIndex(), bodies: new PhraseIndex(), people: new PhraseIndex(), titleHeads: new PhraseIndex(),
    titleModifiers: new PhraseIndex(), titlePrefixes: new Set(), titleState: new Map(), pluralTitles: new Set(), nonActorRoles: new Set(), nonActorOrgWords: [],
    orgHeads: new PhraseIndex(), orgOfHeads: new Set(), stateHeads: new Set(), governmentNouns: new Set(), groupNouns: new Set(), singularToGroup: new Map(),
    descriptions: new PhraseIndex(), genericGroups: new PhraseIndex(), assemblies: new Set(), domesticGroups: new Set(), fromNouns: new Set(), kindNouns: new Set(), mediaOutlets: new PhraseIndex(), stateMedia: new PhraseIndex(), mediaWords: new Set(),
    datedPeople: new DatedPeople(() => []), boilerplate: [], frames: [], typeCodes: new Map(), triggerWords: new Set(), framesByTrigger: new Map(), verbForms: new Set(), speechVerbs: new Set(),
  };
  loadStates(lex);
  loadBodies(lex);
  loadTitlesAndGroups(lex);
  loadFrames(lex);
  loadBoilerplate(lex);
  loadPeople(lex);
  loadDatedPeople(lex);
  cache.set(from, lex);
  return lex;
}
