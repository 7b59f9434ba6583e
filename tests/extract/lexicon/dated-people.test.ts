// The dated persons of actors-phoenix.json: the role a person held on the article's date, one reading of
// namesakes, and an index built only when first asked. The persons here are invented.
import { describe, expect, it } from 'vitest';
import { DatedPeople, resolveOn, roleOn, type DatedPerson } from '../../../src/extract/lexicon/dated-people.js';
import { loadLexicon } from '../../../src/extract/lexicon/load.js';

const role = (state: string | null, sector: string, from: string | null, to: string | null, org: string | null = null) => ({ state, org, sector, from, to });
// a minister of Ruritania 2001–2006, its president from 2010, and an elite background before
const anna: DatedPerson = { name: 'Anna Vell', variants: ['Vell'], roles: [role('AUT', 'ELI', '1980-01-01', '2001-01-20'), role('AUT', 'GOV', '2001-01-20', '2006-12-18'), role('AUT', 'GOV', '2010-03-01', null)] };
const general: DatedPerson = { name: 'Omar Kell', variants: [], roles: [role('EGY', 'MIL', '1990-01-01', '2000-06-30')] };
const envoy: DatedPerson = { name: 'Lia Moss', variants: [], roles: [role(null, 'IGO', '2003-01-01', '2007-12-31', 'United Nations')] };
const namesake: DatedPerson = { name: 'Anna Vell', variants: [], roles: [role('CHL', 'GOV', '2004-01-01', '2005-01-01')] };

describe('roleOn', () => {
  it.each([
    ['in office', anna, '2005-06-01', 'AUT', 'Government official'],
    ['between two offices, as a former office holder', anna, '2008-06-01', 'AUT', 'Former government official'],
    ['in a later office', anna, '2020-01-01', 'AUT', 'Government official'],
    ['before any office: the state alone', anna, '1990-01-01', 'AUT', null],
    ['a general after his command ended', general, '2010-01-01', 'EGY', 'Former military officer'],
    ['an official of an international body: no state', envoy, '2005-01-01', null, 'United Nations official'],
  ] as const)('reads %s', (_what, p, date, state, r) => {
    const hit = roleOn(p, date);
    expect([hit.state, hit.role]).toEqual([state, r]);
  });

  it('counts both ends of a term as in office', () => {
    expect(roleOn(anna, '2006-12-18').role).toBe('Government official');
    expect(roleOn(anna, '2006-12-19').role).toBe('Former government official');
  });
});

describe('resolveOn', () => {
  it('reads namesakes of two states as the one in office on the date', () => {
    expect(resolveOn([anna, namesake], '2004-06-01')).toBeUndefined(); // both in office: no reading
    expect(resolveOn([anna, namesake], '2012-06-01')?.state).toBe('AUT');
  });

  it('gives nothing for a name nobody has', () => {
    expect(resolveOn([], '2012-06-01')).toBeUndefined();
  });
});

describe('DatedPeople', () => {
  const rows = [['Anna Vell', ['Anna M. Vell', 'Vell'], [['AUT', null, 'GOV', '2001-01-20', null]]], ['Sergei Lavrov', ['Lavrov'], [['RUS', null, 'GOV', '2004-03-09', null]]]];

  it('reads its file only when first asked', () => {
    let reads = 0;
    const people = new DatedPeople(() => { reads++; return rows; });
    expect(reads).toBe(0);
    expect(people.byFullName(['Anna', 'M.', 'Vell'])[0]?.name).toBe('Anna Vell');
    people.bySurname('Vell');
    expect(reads).toBe(1);
  });

  it('finds names without their accents and leaves out persons the hand list has', () => {
    const people = new DatedPeople(() => rows, (folded) => folded === 'sergei lavrov');
    expect(people.byFullName(['ÁNNA', 'Vëll'])).toHaveLength(1);
    expect(people.byFullName(['Sergei', 'Lavrov'])).toHaveLength(0);
  });

  it('loads the shipped dictionary with thousands of persons', () => {
    expect(loadLexicon().datedPeople.size).toBeGreaterThan(15_000);
  });
});
