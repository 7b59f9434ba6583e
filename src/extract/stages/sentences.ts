// Stage 1: splits the text into paragraphs, sentences and tokens with exact offsets, and marks
// the tokens inside quotations. "“The delegation exchanged views …,” the French Embassy said."
import type { Ctx, Doc, Sentence, Token } from '../document.js';
import { isNameWord } from '../mention-utils.js';
import { startsDigit, startsUpper } from '../word-shape.js';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'prof', 'maj', 'capt', 'sgt', 'adm', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'gens', 'rev', 'fr', 'pres', 'approx', 'est', 'dept', 'univ']);
const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'But', 'A', 'An', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'After', 'As', 'At', 'For', 'However', 'Meanwhile', 'Earlier', 'Later']);
const OPEN_Q = new Set(['“', '«', '‘']);
// the same marks by character code (a one-character token's), for the per-token pass
const isOpenQuote = (c: number): boolean => c === 0x201c || c === 0xab || c === 0x2018;
const isCloseQuote = (c: number): boolean => c === 0x201d || c === 0xbb;
/** Longer stretches without a sentence end are cut: real sentences rarely pass 100 words. */
const MAX_SENTENCE_TOKENS = 160;
const CLOSE_Q = new Set(['”', '»']);
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const ONE_LETTER = /^\p{L}$/u;
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

function endsSentence(toks: Omit<Token, 'quoted'>[], i: number): boolean {
  const t = toks[i]!;
  if (t.text !== '.' && t.text !== '!' && t.text !== '?' && !(t.text.endsWith('.') && t.text.length > 1)) return false;
  let j = i + 1;
  while (j < toks.length && (CLOSE_Q.has(toks[j]!.text) || toks[j]!.text === '"' || toks[j]!.text === ')' || toks[j]!.text === "'")) j++;
  const next = toks[j];
  if (!next) return true;
  if (!(next.cap || OPEN_Q.has(next.text) || next.text === '"' || startsDigit(next.text))) return false;
  if (t.text.length > 1) {
    const bare = t.text.slice(0, -1).toLowerCase();
    if (ABBREVIATIONS.has(bare) || ONE_LETTER.test(bare)) return false;
    // "the U.S. The …" ends a sentence; "U.S. Secretary" does not
    return STARTERS.has(next.text);
  }
  return true;
}

/** Splits `doc.text` into sentences and tokens. */
export function splitSentences(doc: Doc, { lexicon }: Ctx): Doc {
  const sentences: Sentence[] = [];
  const paragraphs = doc.text.matchAll(/[^\n]+/g);
  let p = 0;
  for (const para of paragraphs) {
    // "Get the Mirror in your inbox:" is page furniture
    if (lexicon.boilerplate.some((re) => re.test(para[0].trim()))) continue;
    const toks = tokenize(para[0], para.index!);
    let inQuote = false;
    let from = 0;
    let opens = false;
    const flush = (to: number) => {
      if (to < from) return;
      const tokens = toks.slice(from, to + 1) as Token[];
      const start = tokens[0]!.start;
      const end = tokens.at(-1)!.end;
      const text = doc.text.slice(start, end);
      const curly = text.includes('’');
      const lower: string[] = [];
      const raw: string[] = [];
      for (const t of tokens) {
        const q = t.text.length === 1 ? t.text.charCodeAt(0) : 0;
        const isOpen = isOpenQuote(q) || (q === 34 && !inQuote);
        const isClose = !isOpen && (isCloseQuote(q) || (q === 34 && inQuote));
        if (isOpen) inQuote = true;
        t.quoted = inQuote && !isOpen;
        if (isClose) inQuote = false;
        lower.push(t.lower);
        raw.push(curly && t.text.includes('’') ? t.text.replaceAll('’', "'") : t.text);
      }
      sentences.push({ index: sentences.length, start, end, text, tokens, lower, raw, paragraph: p, opensInQuote: opens });
      opens = inQuote;
      from = to + 1;
    };
    for (let i = 0; i < toks.length; i++) {
      // a run-on stretch (a table, a list without stops) is cut so no sentence grows without bound
      if (i - from >= MAX_SENTENCE_TOKENS) { flush(i - 1); }
      if (!endsSentence(toks, i)) continue;
      let j = i;
      while (j + 1 < toks.length && (CLOSE_Q.has(toks[j + 1]!.text) || toks[j + 1]!.text === ')' || (toks[j + 1]!.text === '"' && quoteOpenBefore(toks, from, j + 1)))) j++;
      flush(j);
      i = j;
    }
    if (from < toks.length) flush(toks.length - 1);
    p++;
  }
  return { ...doc, sentences };
}

// Whether a straight quote at `at` closes a quotation opened in this sentence.
function quoteOpenBefore(toks: Omit<Token, 'quoted'>[], from: number, at: number): boolean {
  let n = 0;
  for (let k = from; k < at; k++) if (toks[k]!.text === '"') n++;
  return n % 2 === 1;
}
