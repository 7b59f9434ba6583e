// The sentence stage: sentences with exact offsets, quotations, abbreviations, run-on stretches.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/extract/index.js';

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
