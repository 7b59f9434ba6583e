// Property tests of the extractor on odd text: random Unicode (lone surrogates included), no sentence
// punctuation, one huge line, tables of numbers, right-to-left scripts. Extraction never throws, each
// stage runs without needing extractArticle's safety net, every event's actors are among the
// entities and its offsets give back its sentence. Bounded: fixed seed, fixed numRuns per property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, runPipeline } from '../../src/extract/index.js';
import type { ArticleInput, ExtractedArticle } from '../../src/types/index.js';

const SEED = Number(process.env.DIPLOGRAPH_FC_SEED ?? 20240501);
const RUNS = Number(process.env.DIPLOGRAPH_FC_RUNS ?? 100);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: false } as const;

// Words the lexicon knows, so random text reaches the deeper stages (mentions, frames, coreference).
const WORDS = [
  'Macron', 'Emmanuel', 'Putin', 'Vladimir', 'Pashinyan', 'Nikol', 'President', 'Prime', 'Minister', 'Foreign', 'the', 'Kremlin',
  'Élysée', 'Russia', 'France', 'Armenia', 'Azerbaijan', 'Armenian', 'French', 'Russian', 'Moscow', 'Paris', 'Yerevan', 'NATO',
  'United', 'Nations', 'EU', 'met', 'meets', 'accused', 'condemned', 'praised', 'visited', 'said', 'told', 'signed', 'agreement',
  'with', 'of', 'on', 'in', 'and', 'not', 'did', 'will', 'he', 'she', 'his', 'her', 'they', 'it', 'Thursday', 'May', '2024',
  'ambassador', 'embassy', 'talks', 'sanctions', '"', "'", ',', '(', ')', ':', ';', '-', '—', '’s', 'respectively', 'counterpart',
];
const PUNCT = ['.', '!', '?', '...', '\n', '\n\n', '. ', '."', '?”'];

/** Any UTF-16 code unit, lone surrogates and controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyUnicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: codeUnit, maxLength: 400 }));

/** Lexicon words with sentence punctuation sprinkled in. */
const wordSoup = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PUNCT) }), { maxLength: 120 })
  .map((ws) => ws.join(' '));

/** Lexicon words and no sentence punctuation at all. */
const noPunctuation = fc.array(fc.constantFrom(...WORDS.filter((w) => /\w/.test(w))), { minLength: 1, maxLength: 150 }).map((ws) => ws.join(' '));

/** One long line (20–60 KB) of filler with a few actors in it, no newline. */
const hugeLine = fc.tuple(fc.integer({ min: 1000, max: 3000 }), fc.array(fc.constantFrom('France', 'met', 'Russia', 'Macron', 'accused', 'Putin'), { maxLength: 12 }), fc.nat(1000))
  .map(([n, actors, at]) => {
    const filler = Array.from({ length: n }, (_, i) => ['lorem', 'ipsum', 'dolor', 'sit', 'amet,'][i % 5]).join(' ');
    const cut = Math.min(at * 20, filler.length);
    return `${filler.slice(0, cut)} ${actors.join(' ')} ${filler.slice(cut)}`;
  });

/** Tables of numbers: rows of integers, decimals, percents and dates between separators. */
const numberTable = fc.array(
  fc.array(fc.oneof(fc.integer().map(String), fc.double({ noNaN: true }).map((d) => d.toFixed(2)), fc.nat(100).map((n) => `${n}%`),
    fc.constantFrom('2024-05-02', '1/2/2023', '—', 'n/a', 'France', 'Russia')), { minLength: 1, maxLength: 8 })
    .chain((cells) => fc.constantFrom('\t', ' | ', ',', '  ').map((sep) => cells.join(sep))),
  { maxLength: 60 },
).map((rows) => rows.join('\n'));

/** Right-to-left text (Arabic, Hebrew, bidi controls) mixed with Latin names. */
const RTL = ['الرئيس', 'ماكرون', 'التقى', 'بوتين', 'في', 'موسكو', 'وزير', 'الخارجية', 'ראש', 'הממשלה', 'נפגש', 'עם', 'פוטין', '،', '؟', '.',
  '\u200f', '\u200e', '\u202b', '\u202e', '\u2067', '\u2069', '\u061c', 'Macron', 'met', 'Russia', 'France', '١٢٣', '2024'];
const rightToLeft = fc.array(fc.constantFrom(...RTL), { maxLength: 120 }).map((ws) => ws.join(' '));

/** Optional metadata of every shape the store lets through. */
const meta = fc.record({
  title: fc.option(fc.oneof(wordSoup, fc.string({ maxLength: 40 })), { nil: null }),
  date: fc.option(fc.constantFrom('2024-05-02', '2024-02-30', '0000-00-00', 'yesterday', ''), { nil: null }),
});

const GENERATORS: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['random Unicode', anyUnicode],
  ['lexicon words with punctuation', wordSoup],
  ['text with no sentence punctuation', noPunctuation],
  ['one huge line', hugeLine],
  ['tables of numbers', numberTable],
  ['right-to-left scripts', rightToLeft],
];

/** The invariants every extraction keeps; returns a description of the first broken one, or null. */
function broken(text: string, out: ExtractedArticle): string | null {
  const ids = new Set(out.entities.map((e) => e.id));
  for (const ev of out.events) {
    if (!ids.has(ev.source)) return `event ${ev.id}: source "${ev.source}" is not an entity`;
    if (ev.target !== null && !ids.has(ev.target)) return `event ${ev.id}: target "${ev.target}" is not an entity`;
    if (!(Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.start >= 0 && ev.start <= ev.end && ev.end <= text.length)) {
      return `event ${ev.id}: offsets ${ev.start}..${ev.end} are outside the text (${text.length})`;
    }
    if (text.slice(ev.start, ev.end) !== ev.sentence) return `event ${ev.id}: text.slice(${ev.start}, ${ev.end}) is not its sentence`;
  }
  return null;
}

const input = (text: string, m: { title: string | null; date: string | null } = { title: null, date: null }): ArticleInput =>
  ({ id: 'prop', title: m.title, date: m.date, text });

describe('extractArticle on odd text', () => {
  describe.each(GENERATORS)('when given %s', (_name, text) => {
    it('never throws and returns well-formed lists', () => {
      fc.assert(fc.property(text, meta, (t, m) => {
        const out = extractArticle(input(t, m));
        expect(Array.isArray(out.entities) && Array.isArray(out.events)).toBe(true);
      }), params);
    });

    it('runs every stage without an exception (the safety net in extractArticle stays unused)', () => {
      fc.assert(fc.property(text, (t) => {
        runPipeline(input(t));
      }), params);
    });

    it("keeps every event's source and target among the entities and text.slice(start, end) === sentence", () => {
      fc.assert(fc.property(text, meta, (t, m) => {
        const problem = broken(t, extractArticle(input(t, m)));
        expect(problem).toBeNull();
      }), params);
    });
  });

  describe('when given the same text twice', () => {
    it('answers the same both times', () => {
      fc.assert(fc.property(wordSoup, (t) => {
        expect(extractArticle(input(t))).toEqual(extractArticle(input(t)));
      }), { seed: SEED, numRuns: 30 });
    });
  });
});
