// Stage 6: turns mentions into the article's entities: one per state, person (full name and
// surname alike: "Nikol Pashinyan" = "Pashinyan"), organization and group, each with the state it
// acts for (from its title, apposition, owner, or the article's home state).
import type { Ctx, Doc, EntityDraft, Mention } from '../document.js';
import type { EntityKind, Fact } from '../../types/index.js';
import { surnameOf } from './person-mentions.js';
import { shortNames } from '../persons/read-name.js';

/** Accent-free lowercase key of a name. */
export const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase().trim();
/** A URL-safe slug of a name ("Sébastien Lecornu" → "sebastien-lecornu"). */
export const slug = (s: string): string => fold(s).replace(/'s\b/g, 's').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

/** The state of the article's dateline ("YEREVAN (Azatutyun) —", "NEW DELHI, Jan 5 (Reuters) -"), if any. */
export function datelineState(doc: Doc, { lexicon }: Ctx): string | null {
  for (const sent of doc.sentences.slice(0, 3)) {
    const t = sent.tokens;
    for (let i = 0; i < Math.min(t.length, 4); i++) {
      let j = i;
      while (j < i + 3 && /^\p{Lu}{2,}\.?$/u.test(t[j]?.text ?? '')) j++;
      if (j === i || (j - i === 1 && t[i]!.text.length < 3)) continue;
      // "YEREVAN (Azatutyun) —", "MOSCOW, Jan 5 -", or a city run into the sentence ("DHAKA U.S. Secretary of State …")
      const marked = ['(', '—', '–', ',', '-'].includes(t[j]?.text ?? '');
      const runIn = i === 0 && /^\p{Lu}/u.test(t[j]?.text ?? '');
      if (!marked && !runIn) continue;
      const words = t.slice(i, j).map((x) => x.text[0] + x.text.slice(1).toLowerCase());
      const hit = lexicon.statePhrases.matchAt(words.map((w) => w.toLowerCase()), words, 0)[0];
      if (hit && hit.words.length === words.length && (marked || hit.value.form === 'capital' || hit.value.form === 'place')) return hit.value.code;
    }
  }
  return null;
}

/** The article's home state: its dateline ("YEREVAN (Azatutyun) —"), else the state named most. */
export function homeState(doc: Doc, ctx: Ctx): string | null {
  const dateline = datelineState(doc, ctx);
  if (dateline) return dateline;
  // the state the headline or the first sentence opens with ("UK urges US to …")
  const first = doc.mentions.filter((m) => !m.dropped && m.sentence === 0 && (m.kind === 'state' || (m.kind === 'person' && m.state))).sort((a, b) => a.first - b.first)[0];
  if (first?.state) return first.state;
  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (!m.dropped && (m.kind === 'state' || m.kind === 'place') && m.state) counts.set(m.state, (counts.get(m.state) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}

// a state inferred from the article around the actor (one frozen object, shared)
const CONTEXT: Fact = Object.freeze({ source: 'context' });

function draft(doc: Doc, id: string, kind: EntityKind, name: string, m: Mention): EntityDraft {
  let e = doc.entities.get(id);
  if (!e) {
    e = { id, kind, name, state: null, role: null, aliases: new Set(), order: doc.entities.size };
    doc.entities.set(id, e);
  }
  if (name.length > e.name.length && kind !== 'state') { e.aliases.add(e.name); e.name = name; }
  if (m.text !== e.name) e.aliases.add(m.text.replace(/^(the|a|an)\s+/i, (x) => x));
  // "Karzai" (the dictionary says Afghanistan) … "the former Afghan president": the text wins
  if (m.state && (!e.state || (e.stateGuessed && !m.stateGuessed))) { e.state = m.state; e.stateGuessed = m.stateGuessed; e.stateFact = m.stateFact; }
  if (m.role && (!e.role || (e.roleGuessed && !m.roleGuessed))) { e.role = m.role; e.roleGuessed = m.roleGuessed; e.roleFact = m.roleFact; }
  m.refs = [id];
  return e;
}

// "rebels", "Darfur rebels", "the opposition": a group based in one state.
const isDomestic = (name: string, { lexicon }: Ctx): boolean => {
  const n = name.toLowerCase();
  return [...lexicon.domesticGroups].some((g) => n === g || n.endsWith(' ' + g));
};

// "Israeli Prime Minister Netanyahu convened his cabinet. Defense Minister Gallant told …": with no
// dateline, an official named without a state most likely serves the state of the person who acted
// just before (the subject of the previous sentence).
function stateOfPreviousSubject(doc: Doc, personId: string): string | null {
  const first = doc.mentions.find((m) => !m.dropped && m.refs[0] === personId);
  if (!first || first.sentence === 0) return null;
  for (let s = first.sentence - 1; s >= Math.max(0, first.sentence - 1); s--) {
    const subject = doc.mentions.filter((m) => !m.dropped && m.sentence === s && (m.kind === 'person' || m.kind === 'state' || m.kind === 'organization' || m.kind === 'group')).sort((a, b) => a.first - b.first)[0];
    if (subject?.kind === 'person' && subject.state) return subject.state;
  }
  return null;
}

// "In Berlin, ruling party lawmaker Norbert Roettgen said …": a sentence that opens on a place sets
// the scene for an official first named in it without a state.
function stateOfOpeningPlace(doc: Doc, personId: string): string | null {
  const first = doc.mentions.find((m) => !m.dropped && m.refs[0] === personId);
  if (!first) return null;
  const toks = doc.sentences[first.sentence]!.tokens;
  if (toks[0]?.lower !== 'in') return null;
  const place = doc.mentions.find((m) => !m.dropped && m.sentence === first.sentence && m.first === 1 && (m.kind === 'place' || m.kind === 'state') && m.state);
  return place && toks[place.last + 1]?.text === ',' && place.last < first.first ? place.state : null;
}

// The one state of every full-named person of the article with this surname, if they share one.
function sharedStateOfSurname(doc: Doc, surname: string): string | null {
  const n = fold(surname);
  const states = new Set<string | null>();
  for (const x of doc.entities.values()) if (x.kind === 'person' && x.name.includes(' ') && fold(surnameOf(x.name)) === n) states.add(x.state);
  return states.size === 1 ? [...states][0]! : null;
}

// Whether `long` is `short` with initials added inside ("john r. bolton", "john bolton").
function sameButInitials(long: string, short: string): boolean {
  const a = long.split(' ');
  const b = short.split(' ');
  if (a.length <= b.length || b.length < 2 || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  const middle = a.slice(1, -1).filter((w) => !/^\p{L}\.$/u.test(w));
  return middle.join(' ') === b.slice(1, -1).join(' ');
}

/** Builds the entities of the article from its mentions. */
export function buildEntities(doc: Doc, ctx: Ctx): Doc {
  doc = { ...doc, entities: new Map(), homeState: homeState(doc, ctx) };
  const live = doc.mentions.filter((m) => !m.dropped && !m.nonActor);
  const persons = live.filter((m) => m.kind === 'person');
  // full names first, so a surname met before its full name still joins it
  const fullNames = [...new Set(persons.map((m) => m.name).filter((n) => n.includes(' ')))];
  const stateOf = new Map<string, string>();
  for (const m of persons) if (m.state && !stateOf.has(m.name)) stateOf.set(m.name, m.state);
  const folded = fullNames.map((f) => ({ f, fold: fold(f), short: shortNames(f, stateOf.get(f), ctx.lexicon).map(fold) }));
  const memo = new Map<string, string>();
  const canonical = (name: string): string => {
    let c = memo.get(name);
    if (c !== undefined) return c;
    const n = fold(name);
    // "John Bolton" = "John R. Bolton": the same first and last names, initials between
    if (name.includes(' ')) c = folded.find((x) => x.f !== name && x.fold.endsWith(' ' + n))?.f ?? folded.find((x) => x.f !== name && sameButInitials(x.fold, n))?.f ?? name;
    else {
      // "Bolton" with "John R. Bolton" and "John Bolton": one person
      const hits = [...new Set(folded.filter((x) => x.short.includes(n)).map((x) => canonical(x.f)))];
      c = hits.length === 1 ? hits[0]! : name;
    }
    memo.set(name, c);
    return c;
  };
  for (const m of live) {
    if (m.kind === 'state') draft(doc, `state:${m.state}`, 'state', ctx.lexicon.states.get(m.state!)?.name ?? m.name, m);
    else if (m.kind === 'person') draft(doc, `person:${slug(canonical(m.name))}`, 'person', canonical(m.name), m);
    // one delegation per state in an article: "A French military delegation" = "A delegation of France’s …"
    else if (m.kind === 'group' && m.state && /\bdelegation$/i.test(m.name)) draft(doc, `group:${m.state.toLowerCase()}-delegation`, 'group', m.name, m);
    else if (m.kind === 'organization' || m.kind === 'group') draft(doc, `${m.kind}:${slug(m.name)}`, m.kind, m.name, m);
  }
  // an organization owned by a person ("Khachatryan’s press office") acts for that person's state
  for (const m of live) {
    if (m.kind !== 'organization' || !m.wants) continue;
    const owner = [...doc.entities.values()].find((e) => e.kind === 'person' && (e.name === m.wants || fold(surnameOf(e.name)) === fold(m.wants!)));
    const e = doc.entities.get(m.refs[0]!);
    if (owner && e && !e.state) { e.state = owner.state; e.stateFact = owner.stateFact; }
  }
  // a person who holds an organization's office acts for it, not for the home state
  const named = new Set(live.filter((m) => (m.kind === 'state' || m.kind === 'place') && m.state).map((m) => m.state!));
  const onlyState = named.size === 1 ? [...named][0]! : null;
  const nationalOrgs = new Set(live.filter((m) => m.kind === 'organization' && m.form === 'national').flatMap((m) => m.refs));
  const ofOrg = new Set(live.filter((m) => m.kind === 'person' && m.wants?.startsWith('org:')).flatMap((m) => m.refs));
  const dateline = datelineState(doc, ctx);
  for (const e of doc.entities.values()) {
    const had = e.state;
    // "Senator Kennedy" beside "John F. Kennedy" and "Robert F. Kennedy": which one is unsure, the state is not
    if (e.kind === 'person' && !e.state && !e.name.includes(' ')) e.state = sharedStateOfSurname(doc, e.name);
    if (e.kind === 'person' && !e.state && !ofOrg.has(e.id)) e.state = stateOfOpeningPlace(doc, e.id);
    if (e.kind === 'person' && !e.state && !ofOrg.has(e.id) && !dateline) e.state = stateOfPreviousSubject(doc, e.id);
    if (e.kind === 'state') e.state = e.id.slice(6);
    // a short text has no article-level home state: fall back only on the one state it names
    else if (!e.state && e.kind === 'person' && !ofOrg.has(e.id) && (doc.sentences.length >= 3 || onlyState)) e.state = doc.sentences.length >= 3 ? doc.homeState : onlyState;
    // "rebels", "the opposition": a group based in the home state
    else if (!e.state && e.kind === 'group' && isDomestic(e.name, ctx) && (doc.sentences.length >= 3 || onlyState)) e.state = doc.sentences.length >= 3 ? doc.homeState : onlyState;
    // "the Foreign Ministry", "parliament": a state's body, the home state's when the text names none
    else if (!e.state && e.kind === 'organization' && nationalOrgs.has(e.id) && doc.sentences.length >= 3) e.state = doc.homeState;
    // read from what surrounds the actor, not from words about it
    if (!had && e.state && e.kind !== 'state') e.stateFact = CONTEXT;
  }
  return doc;
}
