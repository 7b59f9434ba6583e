// The tokenizer: words, dotted acronyms, possessives and final periods, cut as the token expression cuts them.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.js';

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
