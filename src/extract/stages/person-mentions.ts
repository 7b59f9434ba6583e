// Stage 3: finds persons introduced with an office ("Armenian Defense Minister Suren Papikyan",
// "Egyptian foreign minister Sameh Shoukry", "The Italian foreign minister, Luigi Di Maio,"),
// their appositions ("Eduard Asrian, the chief of the Armenian army’s General Staff"), and names
// that act without a title ("Charles said"), later found again by surname alone ("Macron").
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import type { Fact } from '../../types/index.js';
import { DETERMINERS, HONORIFICS, addMention, mentionAt, nameWord } from '../mention-utils.js';
import { readTitle, titleRole, withoutTimePrefixes } from '../persons/read-title.js';
import { fold } from './entities.js';
import type { PhraseEntry } from '../lexicon/phrase-index.js';
import type { KnownPerson } from '../lexicon/types.js';
import { readName, shortNames, stripPrefix } from '../persons/read-name.js';
import type { Lexicon } from '../lexicon/types.js';
import { markNonActor, opensApposition, readApposition } from '../persons/apposition.js';
import { describedAsGroup } from '../group-described.js';
import { actedUpon, actsUpon, assignRespectively, besidePerson, findPluralTitleList, listAfterCounterparts } from '../persons/lists.js';
import { fillFromDictionary, findDatedNames, titledDictionaryHit } from '../persons/dated-names.js';

export { surnameOf } from '../persons/read-name.js';

// a state or role taken from data/lexicon/people.json (one frozen object, shared)
const HAND_LIST: Fact = Object.freeze({ source: 'dictionary', dictionary: 'people' });

/** Adds person mentions: titled, in apposition, bare names in speech frames, and surnames. */
export function findPersons(doc: Doc, ctx: Ctx): Doc {
  const speech = (t: { lower: string } | undefined): boolean => !!t && ctx.lexicon.speechVerbs.has(t.lower);
  doc = { ...doc, mentions: [...doc.mentions] };
  const known: Mention[] = [];
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    // every title holds a head word ("minister", "Presidents"): none after i, no title from i on
    const lower = withoutTimePrefixes(sent).lower;
    let lastHead = -1;
    for (let k = lower.length - 1; k >= 0 && lastHead < 0; k--) if (ctx.lexicon.titleHeads.startsWith(lower[k]!) || ctx.lexicon.pluralTitles.has(lower[k]!)) lastHead = k;
    for (let i = 0; i <= lastHead; i++) {
      // a title starts with a capital, a determiner, a known title word or a mention
      const lw = lower[i]!;
      if (!toks[i]!.cap && !DETERMINERS.has(lw) && !ctx.lexicon.titleHeads.startsWith(lw) && !ctx.lexicon.titleModifiers.startsWith(lw)) continue;
      if (mentionAt(doc, sent.index, i)?.kind === 'person') continue;
      const title = readTitle(doc, sent, i, ctx);
      if (!title) continue;
      let nameStart = title.end;
      let nameEnd = readName(doc, sent, nameStart, ctx);
      // "Vietnam's President To Lam": after an office, a capitalized short word that is a function word elsewhere
      if (nameEnd === nameStart && nameStart > 0 && /^\p{Lu}\p{Ll}{1,2}$/u.test(toks[nameStart]?.text ?? '') && nameWord(toks[nameStart + 1])) {
        const rest = readName(doc, sent, nameStart + 1, ctx);
        if (rest > nameStart + 1 && rest - nameStart <= 3) nameEnd = rest;
      }
      let apposed = false;
      // "The Italian foreign minister, Luigi Di Maio, joined …"
      if (nameEnd === nameStart && toks[nameStart]?.text === ',') {
        const e = readName(doc, sent, nameStart + 1, ctx);
        if (e > nameStart + 1 && (toks[e]?.text === ',' || toks[e]?.text === '.' || !toks[e])) { nameStart += 1; nameEnd = e; apposed = true; }
      }
      if (nameEnd === nameStart) continue;
      if (title.lowerHead && !title.state && !title.org && nameEnd - nameStart < 1) continue;
      const startAt = title.state || title.org ? title.first : firstRoleToken(sent, title.first);
      const name = doc.text.slice(toks[nameStart]!.start, toks[nameEnd - 1]!.end);
      // "President Hassan Rouhani of Iran", "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
      const ofState = !apposed && toks[nameEnd]?.lower === 'of' ? mentionAt(doc, sent.index, nameEnd + 1) : undefined;
      const ofCode = ofState && (ofState.kind === 'state' || ofState.kind === 'place') && ofState.first === nameEnd + 1 ? ofState : undefined;
      const role = titleRole(doc, title);
      const m = addMention(doc, { sentence: sent.index, first: startAt, last: ofCode ? ofCode.last : apposed && nameEnd < toks.length ? nameEnd : nameEnd - 1, kind: 'person', name: stripPrefix(name, ctx), state: ofCode?.state ?? title.state ?? ctx.lexicon.titleState.get(role.toLowerCase()) ?? null, role });
      // "Foreign Ministry spokesperson X" speaks for a state; "Bank president X" for the bank
      if (title.org && !title.national) m.wants = 'org:' + title.org;
      // a well-known office holder, by full name or by surname with a matching first name
      // ("Francois Mitterand" for "François Mitterrand")
      let famous: PhraseEntry<KnownPerson> | undefined = ctx.lexicon.people.matchAt(sent.lower, sent.raw, nameStart)[0];
      if (!famous || nameStart + famous.words.length !== nameEnd) {
        const bySurname = ctx.lexicon.people.matchAt(sent.lower, sent.raw, nameEnd - 1)[0];
        const given = (n: string) => fold(n.split(/\s+/)[0]!);
        famous = bySurname && bySurname.words.length === 1 && given(bySurname.value.name) === given(name) ? { ...bySurname, words: sent.lower.slice(nameStart, nameEnd) } : undefined;
      }
      if (famous && nameStart + famous.words.length === nameEnd) {
        if (!m.state && famous.value.state) { m.state = famous.value.state; m.stateFact = HAND_LIST; }
        m.name = famous.value.name;
        if (!famous.value.state) m.wants = 'org:' + famous.value.role; // an international official: no home state
      } else if (!m.state && !m.wants) {
        // "President Karzai", "Foreign Minister Jack Straw": the dated dictionary gives the state the title does not
        const hit = titledDictionaryHit(doc, sent, nameStart, nameEnd, ctx);
        if (hit) fillFromDictionary(m, { ...hit, role: null });
      }
      if (title.plural) findPluralTitleList(doc, sent, m, ctx, known);
      readApposition(doc, sent, m, ctx);
      markNonActor(m, ctx);
      known.push(m);
      i = m.last;
    }
  }
  // Well-known office holders named without a title: "Obama said", "Putin and Erdogan met"
  for (const sent of doc.sentences) {
    for (let i = 0; i < sent.tokens.length; i++) {
      if (!sent.tokens[i]!.cap && !ctx.lexicon.people.startsWith(sent.lower[i]!)) continue;
      const hit = ctx.lexicon.people.matchAt(sent.lower, sent.raw, i)[0];
      if (!hit) continue;
      const last = i + hit.words.length - 1;
      const over = mentionAt(doc, sent.index, i) ?? mentionAt(doc, sent.index, last);
      if (over) { i = over.last; continue; }
      if (nameWord(sent.tokens[last + 1])) continue; // part of a longer name
      // the text's own words first ("Lavrov, the former Russian ambassador to the UN,"), then the list's,
      // which hold until a later mention gives the text's own
      const m = addMention(doc, { sentence: sent.index, first: i, last, kind: 'person', name: hit.value.name, state: null, role: null });
      readApposition(doc, sent, m, ctx);
      if (!m.state && !m.wants && !hit.value.state) m.wants = 'org:' + hit.value.role;
      if (!m.state && hit.value.state) { m.state = hit.value.state; m.stateGuessed = true; m.stateFact = HAND_LIST; }
      if (!m.role && hit.value.role) { m.role = hit.value.role; m.roleGuessed = true; m.roleFact = HAND_LIST; }
      known.push(m);
      i = last;
    }
  }
  // Names of the dated dictionary: "Hamid Karzai arrived", "talks with Jack Straw"
  findDatedNames(doc, ctx, known);
  // Bare names: "Charlotte Charles said", "said Sergei Lavrov", "Ollagnier, a senior official at …"
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!nameWord(toks[i]) || mentionAt(doc, sent.index, i)) continue;
      const end = readName(doc, sent, i, ctx);
      // "Mr Lamarque said", "talks with Mrs Vidal": an honorific makes even a lone surname a person
      const honorific = PERSON_HONORIFICS.has(toks[i - 1]?.lower ?? '');
      // "Ansar Khalid (AK), a militant group which …", "the rebel movement Ansar Khalid": a group's name
      const groupState = describedAsGroup(doc, sent, i, end, ctx.lexicon);
      if (groupState !== undefined) {
        const m = addMention(doc, { sentence: sent.index, first: i, last: end - 1, kind: 'group', name: doc.text.slice(toks[i]!.start, toks[end - 1]!.end), state: groupState, role: null });
        i = m.last;
        continue;
      }
      if (end - i < 2 && !honorific && !knownForm(known, toks[i]!.text, ctx.lexicon)) { i = Math.max(i, end - 1); continue; }
      // "the Green Party, which …", "Royal Veterinary College, questioned", "Director General, …": a body or an office, no name
      if (ctx.lexicon.orgHeads.matchAt(sent.lower, sent.raw, end - 1).length || ctx.lexicon.titleHeads.matchAt(sent.lower, sent.raw, i).length) { i = end - 1; continue; }
      const name = stripPrefix(doc.text.slice(toks[i]!.start, toks[end - 1]!.end), ctx); // "Gen. Charles Q. Brown Jr." is Charles Q. Brown Jr.
      if (ctx.lexicon.mediaWords.has(toks[end - 1]!.text)) { i = end - 1; continue; } // "the Baltimore Sun reported"
      const next = toks[end];
      const prev = toks[i - 1];
      const apposition = opensApposition(doc, sent, end, ctx.lexicon, true);
      // "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian"
      const inList = (prev?.text === ',' || prev?.lower === 'and') && (toks[i - 2]?.lower === 'counterpart' || toks[i - 2]?.lower === 'counterparts' || mentionAt(doc, sent.index, i - 2)?.kind === 'person' || listAfterCounterparts(sent, i));
      const matchesKnown = knownForm(known, name, ctx.lexicon);
      // "met with John Smith", "accused Maria Ortiz of …": a two-word name acted upon by a frame verb
      // … or acting on someone, or named beside a person ("Ahmed Attaf and Antony Blinken discussed")
      const acted = end - i >= 2 && end - i <= 3 && (actedUpon(sent, i, ctx) || actsUpon(doc, sent, end, ctx) || besidePerson(doc, sent, i, end));
      if (!(honorific || speech(next) || speech(prev) || apposition || inList || matchesKnown || acted || (next?.text === ',' && speech(toks[end + 1])))) { i = end - 1; continue; }
      if (i === 0 && end - i < 2 && !matchesKnown && !honorific) { i = end - 1; continue; }
      const full = knownPerson(known, name, ctx.lexicon);
      const m = addMention(doc, { sentence: sent.index, first: i, last: end - 1, kind: 'person', name: full?.name ?? name, state: null, role: null });
      readApposition(doc, sent, m, ctx);
      // "Dunn's mother, Charlotte Charles, said"
      if (prev?.text === ',' && ctx.lexicon.nonActorRoles.has(toks[i - 2]?.lower ?? '')) m.nonActor = true;
      markNonActor(m, ctx);
      if (full?.nonActor) m.nonActor = true;
      if (!full) known.push(m);
      i = m.last;
    }
  }
  assignRespectively(doc);
  return doc;
}


// Honorifics that make a lone surname a person; not "Dr": in news a doctor is mostly a scientist or
// physician quoted for comment, not "Lord"/"Lady" before a place ("Lord Mayor")
const PERSON_HONORIFICS = new Set([...HONORIFICS].filter((h) => !/^(dr|lord|lady)/.test(h)));

// Whether a name or surname is one of the persons found so far (indexed once per growth of the list).
const formsOf = new WeakMap<Mention[], { size: number; forms: Set<string> }>();
function knownForm(known: Mention[], form: string, lexicon: Lexicon): boolean {
  let idx = formsOf.get(known);
  if (!idx) { idx = { size: 0, forms: new Set() }; formsOf.set(known, idx); }
  for (; idx.size < known.length; idx.size++) { const k = known[idx.size]!; idx.forms.add(k.name); for (const f of shortNames(k.name, k.state, lexicon)) idx.forms.add(f); }
  return idx.forms.has(form);
}

// The person found so far whose name or short name is `name`.
function knownPerson(known: Mention[], name: string, lexicon: Lexicon): Mention | undefined {
  for (const k of known) if (k.name === name || shortNames(k.name, k.state, lexicon).includes(name)) return k;
  return undefined;
}

// The role starts at the first title word, so "The" and "a" stay out of a person's span.
function firstRoleToken(sent: Sentence, i: number): number {
  return DETERMINERS.has(sent.tokens[i]!.lower) ? i + 1 : i;
}
