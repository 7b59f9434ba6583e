// Cuts a stretch of text into tokens with exact offsets: words (with inner hyphens and apostrophes),
// dotted acronyms ("U.S."), abbreviations with their period ("Gen."), possessive 's apart, and single
// punctuation marks; each token knows its lowercased form, its capital and whether it can be a name.
import type { Token } from './document.js';
import { isNameWord } from './mention-utils.js';
import { startsUpper } from './word-shape.js';

/** Words whose trailing period is part of them ("Gen.", "Jan."): no sentence ends there by itself. */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'prof', 'maj', 'capt', 'sgt', 'adm', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'gens', 'rev', 'fr', 'pres', 'approx', 'est', 'dept', 'univ']);
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const QUOTE_MARK = /[’‘`]/;
const QUOTE_MARKS = /[’‘`]/g;

// The tokenizer is a hand-written scanner (one pass, no match objects) that cuts exactly what
// /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐–'’][\p{L}\p{M}\p{N}]+)*\.?|\S/gu would: a dotted acronym,
// a word (with inner hyphens and apostrophes, and a trailing period), or one other character.
const WORD = 1;
const UPPER = 2;
const SPACE = 4;
const KNOWN = 8;
/** The code point takes two code units (a surrogate pair). */
const LONG = 16;
/** Character classes of the code units seen so far (BMP); astral code points are classified each time. */
const classes = new Uint8Array(65536);

function classify(ch: string): number {
  return KNOWN | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\s/u.test(ch) ? SPACE : 0);
}

/** The class bits of the code point at `i` and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | LONG;
  }
  let k = classes[c]!;
  if (!k) { k = classify(String.fromCharCode(c)); classes[c] = k; }
  return k;
}

// "-", "‐", "–", "'", "’" join the parts of one word ("Jean-Yves", "O'Brien", "Ukraine’s")
const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2013 || c === 39 || c === 0x2019;

/** Where a run of word characters from `i` ends. */
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const k = classAt(text, i);
    if (!(k & WORD)) break;
    i += k & LONG ? 2 : 1;
  }
  return i;
}

/** The end of the token that starts at the non-space position `i`. */
function tokenEnd(text: string, i: number, k: number): number {
  // a dotted acronym: "U.S.", "U.S.A."
  let j = i;
  let pairs = 0;
  for (let kj = k; kj & UPPER; kj = classAt(text, j)) {
    const w = kj & LONG ? 2 : 1;
    if (text.charCodeAt(j + w) !== 46) break;
    j += w + 1;
    pairs++;
    if (j >= text.length) break;
  }
  if (pairs >= 2) return j;
  if (!(k & WORD)) return i + (k & LONG ? 2 : 1);
  j = wordRunEnd(text, i);
  while (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & WORD) j = wordRunEnd(text, j + 1);
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}

/** Tokenizes one stretch of text; offsets are absolute. Possessive 's is its own token. */
export function tokenize(text: string, offset: number): Omit<Token, 'quoted'>[] {
  const out: Omit<Token, 'quoted'>[] = [];
  for (let i = 0; i < text.length; ) {
    const k = classAt(text, i);
    if (k & SPACE) { i += k & LONG ? 2 : 1; continue; }
    const end = tokenEnd(text, i, k);
    const word = text.slice(i, end);
    const start = offset + i;
    i = end;
    // keep a trailing period only on abbreviations and initials
    if (word.length > 1 && word.endsWith('.') && !DOTTED_CAPITALS.test(word)) {
      const bare = word.slice(0, -1);
      if (!ABBREVIATIONS.has(bare.toLowerCase()) && !ONE_CAPITAL.test(bare)) {
        out.push(mk(bare, start));
        out.push(mk('.', start + bare.length));
        continue;
      }
    }
    if (word.length > 3 && (word.endsWith("'s") || word.endsWith('’s'))) {
      out.push(mk(word.slice(0, -2), start));
      out.push(mk(word.slice(-2), start + word.length - 2));
      continue;
    }
    out.push(mk(word, start));
  }
  return out;
}

function mk(text: string, start: number): Token {
  const lower = lowerOf(text);
  return { text, lower, start, end: start + text.length, cap: startsUpper(text), nameWord: isNameWord(text, lower), quoted: false };
}

// The lowercased word with apostrophes unified; the word itself when it has nothing to change
// (most words: no copy is made). Conversions are remembered: lowercasing a word cut from a text
// with any non-Latin-1 character is several times slower than a lookup.
const lowered = new Map<string, string>();
const LOWERED_MAX = 50_000;
const LOWERED_LENGTH = 12;

function lowerOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128 || c === 96) {
      // only short words are kept: V8 may cut a longer word as a view that keeps its whole article alive
      const short = text.length <= LOWERED_LENGTH;
      let low = short ? lowered.get(text) : undefined;
      if (low === undefined) {
        low = text.toLowerCase();
        if (QUOTE_MARK.test(low)) low = low.replace(QUOTE_MARKS, "'");
        if (short) {
          if (lowered.size >= LOWERED_MAX) lowered.clear();
          lowered.set(text, low);
        }
      }
      return low;
    }
  }
  return text;
}
