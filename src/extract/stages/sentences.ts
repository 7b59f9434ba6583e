// Stage 1: splits the text into paragraphs, sentences and tokens with exact offsets, and marks
// the tokens inside quotations. "“The delegation exchanged views …,” the French Embassy said."
import type { Ctx, Doc, Sentence, Token } from '../document.js';
import { ABBREVIATIONS, tokenize } from '../tokenize.js';
import { startsDigit } from '../word-shape.js';

const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'But', 'A', 'An', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'After', 'As', 'At', 'For', 'However', 'Meanwhile', 'Earlier', 'Later']);
const OPEN_Q = new Set(['“', '«', '‘']);
// the same marks by character code (a one-character token's), for the per-token pass
const isOpenQuote = (c: number): boolean => c === 0x201c || c === 0xab || c === 0x2018;
const isCloseQuote = (c: number): boolean => c === 0x201d || c === 0xbb;
/** Longer stretches without a sentence end are cut: real sentences rarely pass 100 words. */
const MAX_SENTENCE_TOKENS = 160;
const CLOSE_Q = new Set(['”', '»']);
const ONE_LETTER = /^\p{L}$/u;

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
