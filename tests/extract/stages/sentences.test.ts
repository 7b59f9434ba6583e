// The sentence stage: sentences with exact offsets, quotations, abbreviations, run-on stretches.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/extract/index.js';
import { tokenize } from '../../../src/extract/stages/sentences.js';

const sentences = (text: string) => runPipeline({ id: 't', text }).sentences;

describe('splitSentences', () => {
  it('keeps "U.S." and "Gen." inside their sentence', () => {
    const s = sentences('The U.S. Secretary of State met Gen. Ortiz on Monday. He left on Tuesday.');
    expect(s.map((x) => x.text)).toEqual(['The U.S. Secretary of State met Gen. Ortiz on Monday.', 'He left on Tuesday.']);
  });

  it('marks the words inside a quotation and continues it into the next sentence', () => {
    const s = sentences('He said, "We are ready. We will talk." Then he left.');
    expect(s[0]!.tokens.find((t) => t.text === 'ready')!.quoted).toBe(true);
    expect(s[1]!.opensInQuote).toBe(true);
    expect(s.at(-1)!.tokens.find((t) => t.text === 'left')!.quoted).toBe(false);
  });

  it('gives offsets that slice the text back to each sentence', () => {
    const text = 'First line\n\nSecond paragraph. Third “quoted, sentence.” Fourth.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a run-on stretch without sentence ends into bounded pieces', () => {
    const s = sentences('Russia met France '.repeat(400));
    expect(s.length).toBeGreaterThan(5);
    expect(Math.max(...s.map((x) => x.tokens.length))).toBeLessThanOrEqual(160);
  });

  it('drops newsletter furniture but keeps the offsets of the rest', () => {
    const text = 'Get the Mirror in your inbox:\nThe minister spoke.';
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual(['The minister spoke.']);
    expect(s[0]!.start).toBe(text.indexOf('The minister'));
  });
});

describe('tokenize', () => {
  // the scanner must cut exactly what this expression cuts, on any text
  const REFERENCE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐–'’][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
  const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => [m.index!, m[0]] as const);
  const scanned = (text: string) => {
    // undo the splits the tokenizer makes after cutting (final periods, possessive 's)
    const out: [number, string][] = [];
    for (const t of tokenize(text, 0)) {
      const prev = out.at(-1);
      const glued = prev && prev[0] + prev[1].length === t.start && (t.text === '.' || t.text === "'s" || t.text === '’s') && !/\s/u.test(text[t.start - 1] ?? ' ');
      if (glued && reference(prev[1] + t.text).length === 1) prev[1] += t.text; else out.push([t.start, t.text]);
    }
    return out;
  };

  it('splits words, dotted acronyms, possessives and final periods', () => {
    expect(tokenize('U.S. troops', 0).map((t) => t.text)).toEqual(['U.S.', 'troops']);
    expect(tokenize('The U.S.A. and Jean-Yves Le Drian’s aide met O’Brien.', 10).map((t) => [t.text, t.start])).toEqual([
      ['The', 10], ['U.S.A.', 14], ['and', 21], ['Jean-Yves', 25], ['Le', 35], ['Drian', 38], ['’s', 43], ['aide', 46],
      ['met', 51], ['O’Brien', 55], ['.', 62],
    ]);
  });

  it('cuts every text as the reference expression does (random texts of letters, marks, digits, joiners, surrogates)', () => {
    const alphabet = ['a', 'Z', 'é', 'É', 'ß', 'Ж', 'ж', '中', '7', '٣', '\u0301', '.', '-', '‐', '–', "'", '’', ' ', '\u00a0', '\u2009', '\t', ',', '“', '"', '(', '𝐀', '😀', '\ud800', 'U', 'S', 's', 'x', 'U.', 'É.', '𝐀.', "'s", '’s', 'e-', 'Ab.'];
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(rand() * 24);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
