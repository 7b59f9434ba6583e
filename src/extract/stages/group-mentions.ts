// Stage 5: groups acting for a state ("French lawmakers", "A French military delegation",
// "a delegation of France’s Armed Forces Ministry", "United Kingdom officials"), a state's
// government as a whole ("Azerbaijani forces", "the German government"), descriptions
// ("the delegation", "the two ministers") and pronouns.
import type { Ctx, Doc, Sentence } from '../document.js';
import { addMention, isPossessive, mentionAt } from '../mention-utils.js';

const PRONOUNS: Record<string, string> = { he: 'person', him: 'person', she: 'person', they: 'plural', them: 'plural', it: 'collective', we: 'speaker', i: 'speaker' };
const ADJ_MAX = 2;

/** Adds group, government, description and pronoun mentions. */
export function findGroups(doc: Doc, ctx: Ctx): Doc {
  doc = { ...doc, mentions: [...doc.mentions] };
  for (const sent of doc.sentences) {
    for (let i = 0; i < sent.tokens.length; i++) {
      // a group starts with a determiner, a capital (a state), or a word of the group lexicons
      const t = sent.tokens[i]!;
      if (!t.cap && !/^(the|a|an|some|several|two|three|other|senior|top)$/.test(t.lower) && !ctx.lexicon.genericGroups.startsWith(t.lower) && !ctx.lexicon.assemblies.has(t.lower) && !ctx.lexicon.fromNouns.has(t.lower) && t.lower !== 'delegation' && t.lower !== 'group' && t.lower !== 'visiting') continue;
      i = groupAt(doc, sent, i, ctx) ?? i;
    }
  }
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    const lower = sent.lower;
    const raw = sent.raw;
    for (let i = 0; i < toks.length; i++) {
      if (mentionAt(doc, sent.index, i)) continue;
      const d = ctx.lexicon.descriptions.matchAt(lower, raw, i)[0];
      if (d) {
        const last = i + d.words.length - 1;
        addMention(doc, { sentence: sent.index, first: i, last, kind: 'description', name: d.words.join(' '), state: null, role: null, wants: d.value, plural: /:2$|^group|^states/.test(d.value) });
        i = last;
        continue;
      }
      const p = PRONOUNS[lower[i]!];
      if (p && !(lower[i] === 'it' && /^(is|was|will|would|has|had)$/.test(lower[i + 1] ?? '') && lower[i + 2] !== 'said')) {
        addMention(doc, { sentence: sent.index, first: i, last: i, kind: 'pronoun', name: toks[i]!.text, state: null, role: null, wants: p, plural: p === 'plural' });
      }
    }
  }
  return doc;
}

function groupAt(doc: Doc, sent: Sentence, i: number, { lexicon }: Ctx): number | null {
  const toks = sent.tokens;
  const lower = sent.lower;
  if (mentionAt(doc, sent.index, i)?.kind === 'person') return null;
  // "an assembly of several foreign ministers in Cairo"
  let a = /^(a|an|the)$/.test(lower[i] ?? '') ? i + 1 : i;
  if (lexicon.assemblies.has(lower[a] ?? '') && lower[a + 1] === 'of') {
    let k = a + 2;
    while (k < toks.length && k < a + 6 && !lexicon.pluralTitles.has(lower[k]!) && !lexicon.groupNouns.has(lower[k]!) && /^\p{Ll}/u.test(toks[k]!.text)) k++;
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
      addMention(doc, { sentence: sent.index, first: a, last: sm.last, kind: 'group', name: doc.text.slice(toks[a]!.start, toks[sm.last]!.end), state: sm.state, role: null, plural: true });
      return sm.last;
    }
  }
  // "foreign powers", "world leaders", "the Kurds"
  const gen = lexicon.genericGroups.matchAt(lower, sent.raw, i)[0];
  if (gen && !mentionAt(doc, sent.index, i)) {
    const last = i + gen.words.length - 1;
    addMention(doc, { sentence: sent.index, first: i, last, kind: 'group', name: gen.value.replace(/^the /, ''), state: null, role: null, plural: true });
    return last;
  }
  a = 0;
  let j = i;
  if (/^(the|a|an|some|several|two|three|other|senior|top)$/.test(toks[j]?.lower ?? '')) j++;
  if (toks[j]?.lower === 'group' && toks[j + 1]?.lower === 'of') j += 2;
  if (toks[j]?.lower === 'visiting' || toks[j]?.lower === 'senior' || toks[j]?.lower === 'top') j++;
  const sm = mentionAt(doc, sent.index, j);
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
  if (isPossessive(toks[k])) return null;
  const adjStart = k;
  const isNoun = (w: string, next: string) => lexicon.groupNouns.has(w) || (lexicon.governmentNouns.has(w) && !lexicon.groupNouns.has(next));
  while (k < toks.length && k - adjStart < ADJ_MAX && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !isNoun(toks[k]!.lower, toks[k + 1]?.lower ?? '')) k++;
  const noun = toks[k]?.lower ?? '';
  if (lexicon.governmentNouns.has(noun) && k === adjStart) {
    // "Azerbaijani forces", "the German government" act as the state itself
    addMention(doc, { sentence: sent.index, first: sm.first, last: k, kind: 'state', name: sm.name, state: sm.state, role: null, form: 'government' });
    return k;
  }
  if (!lexicon.groupNouns.has(noun) && !lexicon.groupNouns.has(toks[k]?.text ?? '')) return null;
  const words = toks.slice(sm.first, k + 1).map((t) => t.text);
  const adj = demonymOf(doc, sm.state!, sm.name);
  const name = [adj, ...words.slice(sm.last - sm.first + 1)].join(' ');
  addMention(doc, { sentence: sent.index, first: i, last: k, kind: 'group', name, state: sm.state, role: null, plural: true });
  return k;
}

// The adjective the text uses for a state, else its name ("United Kingdom officials").
function demonymOf(doc: Doc, code: string | null, fallback: string): string {
  for (const m of doc.mentions) if (m.state === code && m.form === 'demonym') return m.text;
  return fallback;
}
