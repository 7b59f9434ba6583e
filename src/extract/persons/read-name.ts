// Reads a person's name in the tokens ("Jean-Yves Le Drian", "Abdel Fattah el-Sisi", "Abdullah II")
// and the forms news derives from it (the surname alone).
import type { Ctx, Doc, Sentence } from '../document.js';
import type { Lexicon } from '../lexicon/types.js';
import { NAME_PARTICLES, mentionAt, nameWord } from '../mention-utils.js';

/** Reads a person's name starting at `j`: the index after it, or j when there is none. */
export function readName(doc: Doc, sent: Sentence, j: number, { lexicon }: Ctx): number {
  const toks = sent.tokens;
  // honorifics and ranks before the name: "Mr.", "Gen.", "General David Petraeus"
  while (toks[j] && (lexicon.titlePrefixes.has(toks[j]!.lower) || (toks[j]!.cap && nameWord(toks[j + 1]) && lexicon.titleHeads.hasWord(sent.lower[j]!)))) j++;
  let k = j;
  let words = 0;
  while (k < toks.length && words < 5) {
    const t = toks[k]!;
    const m = mentionAt(doc, sent.index, k);
    if (m && m.kind !== 'place') break;
    if (nameWord(t) && !(m && m.kind === 'place' && words === 0)) { k++; words++; continue; }
    // "Carlos Martinez de la Serna", "Ursula von der Leyen": one or two particles inside a name
    if (NAME_PARTICLES.has(t.lower) && words > 0) {
      const q = NAME_PARTICLES.has(toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      if (nameWord(toks[q])) { k = q; continue; }
    }
    break;
  }
  return words ? k : j;
}


/** The last word of a name, the one news uses alone ("Macron"); before a regnal number or a generation
 *  ("Abdullah II", "Charles Q. Brown Jr."). */
export const surnameOf = (name: string): string => {
  const parts = name.replace(/,/g, '').split(/\s+/);
  return (parts.length > 1 && /^([IVX]{1,4}|Jr\.?|Sr\.?)$/.test(parts.at(-1)!) ? parts.at(-2) : parts.at(-1)) ?? name;
};

/** A name without its honorific ("Mr. Ortiz" → "Ortiz"). */
export function stripPrefix(name: string, { lexicon }: Ctx): string {
  const parts = name.split(/\s+/);
  const rank = (w: string) => lexicon.titlePrefixes.has(w.toLowerCase()) || lexicon.titleHeads.hasWord(w.toLowerCase());
  while (parts.length > 2 && rank(parts[0]!)) parts.shift();
  while (parts.length > 1 && lexicon.titlePrefixes.has(parts[0]!.toLowerCase())) parts.shift();
  return parts.join(' ');
}

/** The forms news uses alone for a person: the surname, and for a state that puts the family name first
 *  also the first word ("Wang" of "Wang Yi", "Kim" of "Kim Jong Un"). */
export function shortNames(name: string, state: string | null | undefined, lexicon: Lexicon): string[] {
  const surname = surnameOf(name);
  if (!state || !lexicon.familyNameFirst.has(state) || !name.includes(' ')) return [surname];
  const family = name.split(/\s+/)[0]!;
  return family === surname ? [surname] : [surname, family];
}
