// Stage 5: groups acting for a state ("French lawmakers", "A French military delegation",
// "a delegation of France’s Armed Forces Ministry", "United Kingdom officials"), a state's
// government as a whole ("Azerbaijani forces", "the German government"), descriptions
// ("the delegation", "the two ministers") and pronouns.
import type { Ctx, Doc, Mention, Sentence, Token } from '../document.js';
import type { Lexicon } from '../lexicon/types.js';
import { addMention, isPossessive, mentionAt, nameWord as nameWordAt } from '../mention-utils.js';
import { isLowerHyphenated, isLowerWord, startsLower, startsUpper } from '../word-shape.js';

const PRONOUNS = new Map([['he', 'person'], ['him', 'person'], ['she', 'person'], ['they', 'plural'], ['them', 'plural'], ['it', 'collective'], ['we', 'speaker'], ['i', 'speaker']]);
const ADJ_MAX = 2;
const ARTICLES = new Set(['a', 'an', 'the']);
const WHERE = new Set(['in', 'across', 'throughout']);
const GROUP_DETERMINERS = new Set(['the', 'a', 'an', 'some', 'several', 'two', 'three', 'other', 'senior', 'top']);
/** "it is", "it was": "it" as an expletive subject, not a pronoun for an actor. */
const EXPLETIVE_VERBS = new Set(['is', 'was', 'will', 'would', 'has', 'had']);
const LISTED_FORMS = new Set(['demonym', 'name', 'code']);
const PLURAL_DESCRIPTION = /:2$|^group|^states/;
/** Lowercase words that may open a group ("the delegation", "senior officials", "visiting ministers"). */
const OPENERS = new Set(['the', 'a', 'an', 'some', 'several', 'two', 'three', 'other', 'senior', 'top', 'delegation', 'group', 'visiting']);
const DET_OR_VERB = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'with', 'than', 'since', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'will', 'would', 'said', 'says']);

/** Adds group, government, description and pronoun mentions. */
export function findGroups(doc: Doc, ctx: Ctx): Doc {
  doc = { ...doc, mentions: [...doc.mentions] };
  // "Ivo Mardon, Canada's ambassador to the UN,": a person's apposition describes that person, no group
  const appositions = new Map<number, Mention[]>();
  for (const m of doc.mentions) if (m.kind === 'person' && !m.dropped && m.appositionEnd !== undefined) (appositions.get(m.sentence) ?? appositions.set(m.sentence, []).get(m.sentence)!).push(m);
  for (const sent of doc.sentences) {
    const own = appositions.get(sent.index);
    for (let i = 0; i < sent.tokens.length; i++) {
      const inside = own?.find((m) => m.last < i && i <= m.appositionEnd!);
      if (inside) { i = inside.appositionEnd!; continue; }
      // a group starts with a determiner, a capital (a state), or a word of the group lexicons
      const t = sent.tokens[i]!;
      if (!t.cap && !OPENERS.has(t.lower) && !ctx.lexicon.genericGroups.startsWith(t.lower) && !ctx.lexicon.assemblies.has(t.lower) && !ctx.lexicon.fromNouns.has(t.lower)) continue;
      i = governmentOf(doc, sent, i, ctx.lexicon) ?? groupAt(doc, sent, i, ctx) ?? i;
    }
  }
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    const lower = sent.lower;
    const raw = sent.raw;
    for (let i = 0; i < toks.length; i++) {
      if (!ctx.lexicon.descriptions.startsWith(lower[i]!) && !PRONOUNS.has(lower[i]!)) continue;
      if (mentionAt(doc, sent.index, i)) continue;
      let d = ctx.lexicon.descriptions.matchAt(lower, raw, i)[0];
      let skip = 0;
      // "the former president", "the new foreign minister": the description with a word of time
      if (!d && lower[i] === 'the' && TIME_WORDS.has(lower[i + 1] ?? '')) {
        d = ctx.lexicon.descriptions.matchAt(['the', ...lower.slice(i + 2, i + 7)], ['the', ...raw.slice(i + 2, i + 7)], 0)[0];
        skip = 1;
      }
      if (d) {
        const last = i + skip + d.words.length - 1;
        // "the president of Turkey": the office of that state
        let state: string | null = null;
        if (d.value.startsWith('person:') && lower[last + 1] === 'of') {
          const of = mentionAt(doc, sent.index, last + 2);
          if (of && of.first === last + 2 && of.kind === 'state' && of.state) state = of.state;
        }
        // "the former president" is a former president, not the one in office
        const wants = skip && lower[i + 1] === 'former' && d.value.startsWith('person:') ? `person:former ${d.value.slice(7)}` : d.value;
        addMention(doc, { sentence: sent.index, first: i, last, kind: 'description', name: doc.text.slice(toks[i]!.start, toks[last]!.end).toLowerCase(), state, role: null, wants, plural: PLURAL_DESCRIPTION.test(d.value) });
        i = last;
        continue;
      }
      const p = PRONOUNS.get(lower[i]!);
      if (p && !(lower[i] === 'it' && EXPLETIVE_VERBS.has(lower[i + 1] ?? '') && lower[i + 2] !== 'said')) {
        addMention(doc, { sentence: sent.index, first: i, last: i, kind: 'pronoun', name: toks[i]!.text, state: null, role: null, wants: p, plural: p === 'plural' });
      }
    }
  }
  return doc;
}

const TIME_WORDS = new Set(['former', 'new', 'current', 'outgoing', 'incoming', 'then', 'late', 'previous', 'acting', 'interim']);

// "the government of Bangladesh", "Armenia's government": the state itself.
function governmentOf(doc: Doc, sent: Sentence, i: number, lexicon: Lexicon): number | null {
  const lower = sent.lower;
  // "Armenia's government", "Iran's leadership"
  const own = mentionAt(doc, sent.index, i);
  if (own && own.kind === 'state' && own.first === i && isPossessive(sent.tokens[own.last + 1]) && lexicon.governmentNouns.has(lower[own.last + 2] ?? '') && !lexicon.groupNouns.has(lower[own.last + 3] ?? '')) {
    addMention(doc, { sentence: sent.index, first: i, last: own.last + 2, kind: 'state', name: own.name, state: own.state, role: null, form: 'government' });
    return own.last + 2;
  }
  if (lower[i] !== 'the' || !lexicon.governmentNouns.has(lower[i + 1] ?? '') || lower[i + 2] !== 'of') return null;
  const sm = mentionAt(doc, sent.index, i + 3);
  if (!sm || sm.kind !== 'state' || sm.first !== i + 3) return null;
  addMention(doc, { sentence: sent.index, first: i, last: sm.last, kind: 'state', name: sm.name, state: sm.state, role: null, form: 'government' });
  return sm.last;
}

function groupAt(doc: Doc, sent: Sentence, i: number, { lexicon }: Ctx): number | null {
  const toks = sent.tokens;
  const lower = sent.lower;
  if (mentionAt(doc, sent.index, i)?.kind === 'person') return null;
  // "an assembly of several foreign ministers in Cairo"
  const a = ARTICLES.has(lower[i] ?? '') ? i + 1 : i;
  if (lexicon.assemblies.has(lower[a] ?? '') && lower[a + 1] === 'of') {
    let k = a + 2;
    while (k < toks.length && k < a + 6 && !lexicon.pluralTitles.has(lower[k]!) && !lexicon.groupNouns.has(lower[k]!) && startsLower(toks[k]!.text)) k++;
    if (lexicon.pluralTitles.has(lower[k] ?? '') || lexicon.groupNouns.has(lower[k] ?? '')) {
      const place = lower[k + 1] === 'in' ? mentionAt(doc, sent.index, k + 2) : undefined;
      const last = place && place.kind === 'place' ? place.last : k;
      const name = doc.text.slice(toks[a]!.start, toks[last]!.end);
      addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name, state: null, role: null, plural: true });
      return last;
    }
  }
  // "representatives from Iran", "officials of Germany"
  if (lexicon.fromNouns.has(lower[a] ?? '') && (lower[a + 1] === 'from' || lower[a + 1] === 'of')) {
    const sm = mentionAt(doc, sent.index, a + 2);
    if (sm && sm.first === a + 2 && (sm.kind === 'state' || sm.kind === 'place')) {
      // "leaders of Romania's new government": the group runs to the end of its noun phrase
      let last = sm.last;
      if (isPossessive(toks[last + 1])) {
        let k = last + 2;
        while (k < last + 5 && isLowerWord(toks[k]?.text ?? '') && !lexicon.governmentNouns.has(lower[k]!)) k++;
        if (lexicon.governmentNouns.has(lower[k] ?? '')) last = k;
      }
      addMention(doc, { sentence: sent.index, first: a, last, kind: 'group', name: doc.text.slice(toks[a]!.start, toks[sm.last]!.end), state: sm.state, role: null, plural: true });
      return last;
    }
  }
  // "Darfur rebels": a place not in the lexicon before a group of no single state
  if (toks[i]!.cap && i > 0 && !mentionAt(doc, sent.index, i) && !mentionAt(doc, sent.index, i + 1)) {
    const after = lexicon.genericGroups.matchAt(lower, sent.raw, i + 1)[0];
    if (after && !toks[i + 1]!.cap) {
      const last = i + after.words.length;
      addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name: `${toks[i]!.text} ${after.value}`, state: null, role: null, plural: true });
      return last;
    }
  }
  // "foreign powers", "world leaders", "the Kurds"
  const gen = lexicon.genericGroups.matchAt(lower, sent.raw, i)[0];
  // "praised in the West", "across Western countries": where, not who
  if (gen && !mentionAt(doc, sent.index, i) && !WHERE.has(lower[i - 1] ?? '')) {
    const last = i + gen.words.length - 1;
    addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name: gen.value.replace(/^the /, ''), state: null, role: null, plural: true });
    return last;
  }
  let j = i;
  if (GROUP_DETERMINERS.has(toks[j]?.lower ?? '')) j++;
  if (toks[j]?.lower === 'group' && toks[j + 1]?.lower === 'of') j += 2;
  if (toks[j]?.lower === 'visiting' || toks[j]?.lower === 'senior' || toks[j]?.lower === 'top') j++;
  const sm = mentionAt(doc, sent.index, j);
  // "The Reagan administration", "the Netanyahu government": the state of the person
  if (sm && sm.first === j && sm.kind === 'person' && sm.state && lexicon.governmentNouns.has(toks[sm.last + 1]?.lower ?? '')) {
    addMention(doc, { sentence: sent.index, first: i, last: sm.last + 1, kind: 'state', name: lexicon.states.get(sm.state)?.name ?? sm.state, state: sm.state, role: null, form: 'government' });
    return sm.last + 1;
  }
  // "European Community foreign ministers", "NATO diplomats": a group of an international body
  if (sm && sm.first === j && sm.kind === 'organization' && !sm.form && !sm.state) {
    const t = sm.last + 1;
    const plural = lexicon.pluralTitles.has(lower[t] ?? '') ? 1 : lexicon.pluralTitles.has(`${lower[t]} ${lower[t + 1]}`) ? 2 : lexicon.groupNouns.has(lower[t] ?? '') && (lower[t] ?? '').endsWith('s') ? 1 : 0;
    if (plural) {
      const last = t + plural - 1;
      addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name: doc.text.slice(toks[sm.first]!.start, toks[last]!.end), state: null, role: null, plural: true });
      return last;
    }
  }
  if (!sm || sm.first !== j || !(sm.kind === 'state' || (sm.kind === 'place' && sm.form !== 'capital'))) {
    // "a delegation of France’s Armed Forces Ministry"
    if (toks[j]?.lower === 'delegation' && toks[j + 1]?.lower === 'of') {
      const om = mentionAt(doc, sent.index, j + 2) ?? mentionAt(doc, sent.index, j + 3);
      if (om && (om.kind === 'organization' || om.kind === 'state') && om.state) {
        const stateName = lexicon.states.get(om.state)?.name ?? om.state;
        addMention(doc, { sentence: sent.index, first: i, last: om.last, kind: 'group', name: `${demonymOf(doc, om.state, stateName)} delegation`, state: om.state, role: null });
        return om.last;
      }
    }
    return null;
  }
  let k = sm.last + 1;
  if (isPossessive(toks[k])) {
    // "Taiwan's Vice Foreign Minister visited Russia": an unnamed official of a state
    let t = k + 1;
    while (t < toks.length && lexicon.titleModifiers.matchAt(sent.lower, sent.raw, t).length && !lexicon.titleHeads.matchAt(sent.lower, sent.raw, t).length) t += lexicon.titleModifiers.matchAt(sent.lower, sent.raw, t)[0]!.words.length;
    const head = lexicon.titleHeads.matchAt(sent.lower, sent.raw, t)[0];
    if (!head || nameWordAt(toks[t + head.words.length])) return null;
    const last = t + head.words.length - 1;
    addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name: `${demonymOf(doc, sm.state!, sm.name)} officials`, state: sm.state, role: null, plural: true });
    return last;
  }
  // "Senior Hungarian and Romanian officials": one group per state
  const also: typeof sm[] = [];
  while ((toks[k]?.lower === 'and' || toks[k]?.text === ',') && mentionAt(doc, sent.index, k + 1)?.kind === 'state' && LISTED_FORMS.has(mentionAt(doc, sent.index, k + 1)!.form ?? '')) {
    const o = mentionAt(doc, sent.index, k + 1)!;
    also.push(o);
    k = o.last + 1;
  }
  const adjStart = k;
  while (k < toks.length && k - adjStart < ADJ_MAX && isAdjective(toks[k]!, lexicon) && !isGroupNoun(toks[k]!.lower, toks[k + 1]?.lower ?? '', lexicon) && !lexicon.titleHeads.matchAt(sent.lower, sent.raw, k).length) k++;
  const noun = toks[k]?.lower ?? '';
  // "a senior British minister", "Iraq's national security advisor said": an unnamed official
  const single = lexicon.titleHeads.matchAt(sent.lower, sent.raw, k)[0];
  if (!lexicon.groupNouns.has(noun) && single && !also.length && !startsUpper(toks[k + single.words.length]?.text ?? '')) {
    const last = k + single.words.length - 1;
    addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name: `${demonymOf(doc, sm.state!, sm.name)} officials`, state: sm.state, role: null, plural: true });
    return last;
  }
  if (lexicon.governmentNouns.has(noun) && k === adjStart) {
    // "Azerbaijani forces", "the German government" act as the state itself; "the Turkish and Greek
    // sides" as both states
    for (const s of [sm, ...also]) addMention(doc, { sentence: sent.index, first: s === sm ? sm.first : s.first, last: also.length && s !== also.at(-1) ? s.last : k, kind: 'state', name: s.name, state: s.state, role: null, form: 'government' });
    return k;
  }
  if (!lexicon.groupNouns.has(noun) && !lexicon.groupNouns.has(toks[k]?.text ?? '')) return null;
  const tail = toks.slice(adjStart, k + 1).map((t) => t.text);
  tail[tail.length - 1] = lexicon.singularToGroup.get(noun) ?? tail[tail.length - 1]!; // "a U.S. official" joins "U.S. officials"
  for (const s of [sm, ...also]) {
    const name = [demonymOf(doc, s.state!, s.name), ...tail].join(' ');
    addMention(doc, { sentence: sent.index, first: s === sm ? i : s.first, last: also.length && s !== also.at(-1) ? s.last : k, kind: 'group', name, state: s.state, role: null, plural: true });
  }
  return k;
}

// The noun of a group: "officials", "forces" (not "forces officials", where "officials" is the noun).
function isGroupNoun(w: string, next: string, lexicon: Lexicon): boolean {
  return lexicon.groupNouns.has(w) || (lexicon.governmentNouns.has(w) && !lexicon.groupNouns.has(next));
}

// Adjectives: "military", "defense", "visiting"; not verbs or articles ("Serbia lodged an official …").
function isAdjective(t: Token, lexicon: Lexicon): boolean {
  return isLowerHyphenated(t.text) && !DET_OR_VERB.has(t.lower) && !lexicon.verbForms.has(t.lower) && !t.lower.endsWith('ed');
}

// The adjective the text uses for a state, else its name ("United Kingdom officials").
function demonymOf(doc: Doc, code: string | null, fallback: string): string {
  for (const m of doc.mentions) if (m.state === code && m.form === 'demonym') return m.text;
  return fallback;
}
