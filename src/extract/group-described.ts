// Whether the words around an unknown name say it is a group's name: an apposition after it
// ("Ansar Khalid (AK), a local militant group which …") or a noun before it ("the militant group Ansar Khalid").
// Used by the person stage, which would otherwise take any capitalized name acted upon for a person's.
import type { Doc, Sentence } from './document.js';
import type { Lexicon } from './lexicon/types.js';
import { PREPOSITIONS, mentionAt } from './mention-utils.js';
import { isLowerWord } from './word-shape.js';

const LEADS = new Set(['a', 'an', 'the']);

/** The state a group-describing phrase names ("a Pakistani militant group"), null for none; undefined when the name is not described as a group. */
export function describedAsGroup(doc: Doc, sent: Sentence, first: number, end: number, lexicon: Lexicon): string | null | undefined {
  const toks = sent.tokens;
  // "Rather, a group of …": a lone word opening the sentence is no name
  if (first === 0 && end - first < 2) return undefined;
  // after: ", a … group" (an acronym in brackets may come first)
  let j = end;
  if (toks[j]?.text === '(' && toks[j + 2]?.text === ')') j += 3;
  if (toks[j]?.text === ',' && LEADS.has(toks[j + 1]?.lower ?? '')) {
    const found = kindNoun(doc, sent, j + 2, j + 7, lexicon);
    if (found !== undefined) return found;
  }
  // before: "the militant group Ansar Khalid", "the rebel movement Ansar Khalid"
  const k = first - 1;
  if (lexicon.kindNouns.has(toks[k]?.lower ?? '') && isLowerWord(toks[k]!.text)) {
    for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
      if (LEADS.has(toks[b]!.lower)) return stateBetween(doc, sent, b + 1, k);
      if (!isLowerWord(toks[b]!.text) && !mentionAt(doc, sent.index, b)) break;
    }
  }
  return undefined;
}

// The kind noun within [from, to) after only lower-case words or state adjectives, not followed by an office
// (", a party official" is a person): the state named on the way, or undefined.
function kindNoun(doc: Doc, sent: Sentence, from: number, to: number, lexicon: Lexicon): string | null | undefined {
  const toks = sent.tokens;
  for (let k = from; k < to && k < toks.length; k++) {
    const t = toks[k]!;
    if (lexicon.kindNouns.has(t.lower)) {
      // ", a party official", ", the party's nominee", ", a group of protesters": a person, a possessor, a crowd
      const next = toks[k + 1]?.lower ?? '';
      if (lexicon.titleHeads.matchAt(sent.lower, sent.raw, k + 1).length || next === "'s" || next === "'" || next === 'of' || (isLowerWord(toks[k + 1]?.text ?? '') && /s$/.test(next))) return undefined;
      // "a jihadist group based in Mali"
      const base = toks[k + 1]?.lower === 'based' && toks[k + 2]?.lower === 'in' ? mentionAt(doc, sent.index, k + 3) : undefined;
      return stateBetween(doc, sent, from, k) ?? base?.state ?? null;
    }
    const m = mentionAt(doc, sent.index, k);
    if (m && m.kind === 'state') { k = m.last; continue; }
    if (!isLowerWord(t.text) || PREPOSITIONS.has(t.lower)) return undefined;
  }
  return undefined;
}

function stateBetween(doc: Doc, sent: Sentence, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = mentionAt(doc, sent.index, k);
    if (m?.kind === 'state' && m.state) return m.state;
  }
  return null;
}
