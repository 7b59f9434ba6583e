// How the actor panel words where a fact came from (web/src/fact-text.ts). Dictionary rows use the
// PETRARCH2 dictionary's Lavrov (Foreign Minister of Russia since 2004-03-09) and Wulff.
import { describe, expect, it } from 'vitest';
import { factLine } from '../../web/src/fact-text.js';
import type { Fact } from '../../src/types/index.js';

describe('factLine', () => {
  it.each<[string, Fact, string | null, string]>([
    ['an open dictionary role with its office, of its state', { source: 'dictionary', dictionary: 'petrarch2', from: '2004-03-09', to: null, office: 'Foreign Minister' }, 'Russia',
      'Foreign Minister of Russia · since 2004-03-09 · from the PETRARCH2 dictionary'],
    ['a closed role whose office names its place already', { source: 'dictionary', dictionary: 'petrarch2', from: '2003-03-04', to: '2010-06-30', office: 'Prime Minister of Lower Saxony' }, 'Germany',
      'Prime Minister of Lower Saxony · 2003-03-04 – 2010-06-30 · from the PETRARCH2 dictionary'],
    ['a role known only to have ended', { source: 'dictionary', dictionary: 'petrarch2', from: null, to: '2000-07-17' }, 'Syria',
      'until 2000-07-17 · from the PETRARCH2 dictionary'],
    ['the hand list, undated', { source: 'dictionary', dictionary: 'people' }, 'Russia', 'from the list of office holders'],
    ["the text's own words", { source: 'text' }, 'Armenia', 'from the text'],
    ["the article's context", { source: 'context' }, 'Czechia', "from the article's context"],
    ['a correction in the merges file', { source: 'merge' }, 'Israel', 'corrected (merges)'],
  ])('words %s', (_what, fact, state, want) => {
    expect(factLine(fact, state)).toBe(want);
  });
});
