// The converter of PETRARCH's Phoenix actor dictionaries (data/scripts/convert-phoenix-actors.mjs): parses a
// small inline sample in the dictionaries' format (as documented in PETRARCH's dictionaries.rst, MIT).
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain Node script without type declarations
import * as convert from '../../../data/scripts/convert-phoenix-actors.mjs';

const SAMPLE = [
  '# comment line',
  'AFGHANISTAN_  [AFG]',
  '+AFGHAN_',
  '',
  'SERGEY_LAVROV_  # CountryInfo.txt',
  '+SERGEY_VIKTOROVICH_LAVROV_',
  '+LAVROV',
  '+FOREIGN_MINISTER_SERGEY_V._LAVROV',
  '+RUSSIAN_FOREIGN_MINISTER_LAVROV',
  '+SERGEI_LAVROV',
  '\t[RUSGOV 19940922-20040712] # Amb. to UN',
  '\t[RUSGOV >20040309]  # Foreign Minister',
  'MIKHAIL_GORBACHEV_  # CountryInfo.txt',
  '\t[USRELI 310302-850311]',
  '\t[USRGOV 850311-911225]',
  '\t[USRELI]',
  'ABDUL_QADIR_  # CountryInfo.txt',
  '+NUR_MOHAMMAD_TARAKI_  # CountryInfo.txt',
  '\t[AFGGOV 780427-780430]',
  'JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # IGOrulers.txt',
  'BASHAR_AL_ASSAD_  # CountryInfo.txt',
  '\t[SYRGOV <20000717]',
  'TAWHID_BRIGADE_ [SYRREB 120701-]',
  '\t[SYRREB >20120701]',
  'AFGHAN_NATIONAL_ARMY',
  '\t[AFGMIL]',
].join('\n');

const banned = convert.notNameWords();
const knownStates = new Set(['AFG', 'RUS', 'SUN', 'SYR']);
const states = convert.stateNames();
const persons = convert.mergePersons(convert.personsOf(convert.parseActorFile(SAMPLE), { banned, knownStates, states, source: 'sample' }));
const byName = (n: string) => persons.find((p: { name: string }) => p.name === n);

describe('convert-phoenix-actors', () => {
  it('keeps persons only: no state, armed group or institution', () => {
    expect(persons.map((p: { name: string }) => p.name)).toEqual(['Abdul Qadir', 'Bashar al-Assad', 'Javier Solana', 'Mikhail Gorbachev', 'Sergey Lavrov']);
  });

  it('writes names in proper case and keeps plain variants, not those with titles baked in', () => {
    expect(byName('Sergey Lavrov').variants).toEqual(['Sergey Viktorovich Lavrov', 'Lavrov', 'Sergei Lavrov']);
    expect(byName('Bashar al-Assad').variants).toEqual(['Bashar Al Assad']);
  });

  it('drops a synonym that is another person under the same codes', () => {
    expect(byName('Abdul Qadir').variants).toEqual([]);
  });

  it.each([
    ['a closed and an open term, each with the office its comment names', 'Sergey Lavrov', [['RUS', null, 'GOV', '1994-09-22', '2004-07-12', 'Amb. to UN'], ['RUS', null, 'GOV', '2004-03-09', null, 'Foreign Minister']]],
    ['two-digit years, a CAMEO code that is not ISO3 (USR) and a default code', 'Mikhail Gorbachev', [['SUN', null, 'ELI', null, null], ['SUN', null, 'ELI', '1931-03-02', '1985-03-11'], ['SUN', null, 'GOV', '1985-03-11', '1991-12-25']]],
    ['international bodies as organizations, restrictions on the first line', 'Javier Solana', [[null, 'European Union', 'IGO', '1995-07-01', '1995-12-31'], [null, 'NATO', 'IGO', '1995-12-05', '1999-10-06']]],
    ['a "before" bound', 'Bashar al-Assad', [['SYR', null, 'GOV', null, '2000-07-17']]],
  ])('reads %s', (_what, name, roles) => {
    expect(byName(name).roles).toEqual(roles);
  });

  it.each([
    ['an office', ' Foreign Minister', 'Foreign Minister'],
    ['an office after "then"', ' then Chief of Staff', 'Chief of Staff'],
    ["an office without the editors' note in brackets", ' Amb to Philippines (need dates)', 'Amb to Philippines'],
    ['an office without its part number', ' PM pt. 2', 'PM'],
    ['no office in a question', ' Right? Happy to hear input.', undefined],
    ['no office in a note to the editors', ' check start date', undefined],
    ['no office in a source file name', ' CountryInfo.txt', undefined],
    ['no office in an empty comment', ' ', undefined],
  ])('reads %s from a restriction comment', (_what, comment, office) => {
    expect(convert.officeOf(comment)).toBe(office);
  });

  it('reads dates and restrictions, and rejects malformed ones', () => {
    expect(convert.parseDate('040309')).toBe('2004-03-09');
    expect(convert.parseDate('450703')).toBe('1945-07-03');
    expect(convert.parseDate('2004017')).toBeUndefined();
    expect(convert.parseRestriction('KORGOVBUS 2004017-20061201')).toBeUndefined();
    expect(convert.parseRestriction('USAGOV 20090120-20170120')).toEqual({ code: 'USAGOV', from: '2009-01-20', to: '2017-01-20' });
  });

  it('heads the file with the MIT notice and the source files', () => {
    const file = convert.buildFile(persons, 'The MIT License (MIT)\nCopyright (c) 2014 Open Event Data');
    expect(file.$license).toMatch(/^The MIT License/);
    expect(file.$source).toContain('Phoenix.Countries.actors.txt');
    expect(file.persons[0]).toEqual(['Abdul Qadir', [], [['AFG', null, 'GOV', '1978-04-27', '1978-04-30']]]);
  });
});
