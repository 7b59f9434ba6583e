// The converter of the bodies in PETRARCH's Phoenix actor dictionaries (data/scripts/convert-phoenix-bodies.mjs):
// parses small inline samples in the dictionaries' format (PETRARCH's dictionaries.rst, MIT).
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain Node script without type declarations
import { parseActorFile } from '../../../data/scripts/convert-phoenix-actors.mjs';
// @ts-expect-error a plain Node script without type declarations
import { bodiesOf, mergeBodies } from '../../../data/scripts/convert-phoenix-bodies.mjs';

const MIL_NON_STATE = [
  'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13',
  '+ISLAMIC_ARMY_OF_ADEN_(IAA)_',
  '+ABU_HASSAN_AL-MIHDAR_',
  '',
  'OSAMA_BIN_LADEN_ [IMGMUSALQ]',
  '',
  'ABU_ABDULLAH_ [SYRREB]',
  '',
  'PEOPLE\'S_REVOLUTIONARY_FRONT_ [IMGMUS]',
].join('\n');

const INTERNATIONAL = [
  'COMMITTEE_TO_PROTECT_JOURNALISTS_\t[NGOHRIMED]# NGO_Actors',
  'AMERICAN_CIVIL_LIBERTIES_UNION_\t[NGOUSAHRI]',
  'ACME_STEEL_CORPORATION_GROUP_\t[MNCUSA]',
  'JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---] # NGO_Actors',
  'WHITE_HOUSE_OFFICIAL_\t[USAGOV]',
].join('\n');

const knownStates = new Set(['YEM', 'SYR', 'USA']);
const states = new Set(['yemen', 'syria']);
const firstWordState = new Map([['american', 'USA']]);
const read = (text: string, file: string) => mergeBodies(bodiesOf(parseActorFile(text), { knownStates, states, file, firstWordState }));

describe('convert-phoenix-bodies', () => {
  const armed = read(MIL_NON_STATE, 'Phoenix.MilNonState.actors.txt');
  const intl = read(INTERNATIONAL, 'Phoenix.International.actors.txt');

  it('reads an armed group with the state of its code, its other names, and no acronym', () => {
    expect(armed).toContainEqual({ name: 'Aden Abyan Islamic Army', aliases: ['Islamic Army of Aden'], kind: 'group', state: 'YEM' });
  });

  it('keeps leaders and persons listed with armed groups out of the bodies', () => {
    const names = armed.flatMap((b: { name: string; aliases: string[] }) => [b.name, ...b.aliases]);
    expect(names).not.toContain('Abu Hassan al-Mihdar');
    expect(names).not.toContain('Osama bin Laden');
    expect(names).not.toContain('Abu Abdullah');
  });

  it('gives an international group no state and writes its name as news does', () => {
    expect(armed).toContainEqual({ name: "People's Revolutionary Front", aliases: [], kind: 'group', state: null });
  });

  it('reads NGOs as organizations, with the state their name starts with', () => {
    expect(intl).toContainEqual({ name: 'Committee to Protect Journalists', aliases: [], kind: 'organization', state: null });
    expect(intl).toContainEqual({ name: 'American Civil Liberties Union', aliases: [], kind: 'organization', state: 'USA' });
  });

  it('leaves out companies, dated persons and officials of a body', () => {
    const names = intl.map((b: { name: string }) => b.name);
    expect(names).not.toContain('Acme Steel Corporation Group');
    expect(names).not.toContain('Jean Marie Guehenno');
    expect(names).not.toContain('White House Official');
  });
});
