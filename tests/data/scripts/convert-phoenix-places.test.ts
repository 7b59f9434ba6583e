// The converter of the places in PETRARCH's Phoenix country dictionary (data/scripts/convert-phoenix-places.mjs):
// parses a small inline sample in the dictionary's format (PETRARCH's dictionaries.rst, MIT).
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain Node script without type declarations
import { blockSynonyms, placeName, placesOf } from '../../../data/scripts/convert-phoenix-places.mjs';

const COUNTRIES = [
  'ISRAEL_  [ISR]',
  '+ISRAELI',
  '+TEL_AVIV_ ',
  '+HEBREW_STATE_ ',
  '+TRIPOLI_ ',
  '+ISRAELI_POLICEMAN',
  'ISRAEL_DEFENCE_FORCES',
  '+IDF_ ',
  '',
  'LIBYA_  [LBY]',
  '+TRIPOLI_ ',
  '+GULF_OF_SIDRA',
  '# +CANTON_ # commented out in the source',
  'LEBANON_  [LBN]',
  '+TRIPOLI_ ',
  'SAINT_KITTS_  [KNT]',
  '+BASSETERRE_ ',
].join('\n');

describe('convert-phoenix-places', () => {
  it('reads the synonyms of each country block and stops at the next record', () => {
    const pairs = blockSynonyms(COUNTRIES);
    expect(pairs).toContainEqual(['ISR', 'TEL_AVIV_']);
    expect(pairs).toContainEqual(['LBY', 'GULF_OF_SIDRA']);
    expect(pairs.some(([, p]: [string, string]) => p === 'IDF_')).toBe(false); // under a body's record, not a country's
    expect(pairs.some(([, p]: [string, string]) => p.includes('CANTON'))).toBe(false);
  });

  it('writes names as news does', () => {
    expect(placeName('TEL_AVIV-YAFO_')).toBe('Tel Aviv-Yafo');
    expect(placeName('GULF_OF_SIDRA')).toBe('Gulf of Sidra');
  });

  it('keeps places of one known state, without the states’ own names, institutions or people', () => {
    const places = placesOf(blockSynonyms(COUNTRIES), new Set(['israeli']), new Set(['ISR', 'LBY', 'LBN']));
    expect(places).toEqual({ ISR: ['Tel Aviv'], LBY: ['Gulf of Sidra'] });
  });
});
