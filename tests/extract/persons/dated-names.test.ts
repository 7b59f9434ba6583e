// Persons of the dated dictionary (actors-phoenix.json) in news text: a whole name, or a surname after
// its full name or a title; the article's date picks the role, and the text's own words win.
// Real office holders, with their terms as the dictionary gives them (Rumsfeld: US defense secretary
// 2001-01-20 to 2006-12-18; Solana: NATO secretary-general 1995–1999).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';

const persons = (text: string, date: string | null) =>
  extractArticle({ id: 't', text, date }).entities.filter((e) => e.kind === 'person').map((e) => `${e.name} | ${e.state} | ${e.role}`);

describe('dated dictionary persons', () => {
  it.each([
    ['a full name in office on the date', 'Donald Rumsfeld said the United States would send more troops.', '2005-06-01', ['Donald Rumsfeld | USA | Government official']],
    ['the same name after the office ended: the state, as a former office holder', 'Donald Rumsfeld said the United States would send more troops.', '2008-06-01', ['Donald Rumsfeld | USA | Former government official']],
    ['an undated article as of today', 'Donald Rumsfeld said the United States would send more troops.', null, ['Donald Rumsfeld | USA | Former government official']],
    ['the apposition over the dictionary', 'Donald Rumsfeld, the former Iranian foreign minister, said the United States would send more troops.', '2005-06-01', ['Donald Rumsfeld | IRN | Former Iranian Foreign Minister']],
    ['a surname after its full name, as the same person', 'Donald Rumsfeld arrived in Britain. Rumsfeld said the United States would send more troops.', '2005-06-01', ['Donald Rumsfeld | USA | Government official']],
    ['a surname after a title, with the title as its role', 'Secretary Rumsfeld said the United States would send more troops.', '2005-06-01', ['Rumsfeld | USA | Secretary']],
    ['an official of an international body, without a state', 'Javier Solana said NATO would act in Kosovo.', '1997-06-01', ['Javier Solana | null | NATO official']],
    ["the title's own state over the dictionary", "Russia's ambassador to the UN Donald Rumsfeld said the United States was wrong.", '2005-06-01', ['Donald Rumsfeld | RUS | Ambassador to the UN']],
    ['the hand list over the dictionary, whatever the date', 'Sergei Lavrov said Russia would respond.', '1999-06-01', ['Sergei Lavrov | RUS | Foreign Minister']],
    ["a hand-list person's apposition over the list", 'Hosni Mubarak, the former Egyptian president, died on Tuesday in Cairo.', '2020-02-25', ['Hosni Mubarak | EGY | Former Egyptian President']],
    ["a later mention's own state over the hand list", 'Hosni Mubarak died on Tuesday in Cairo. The former Iranian president Hosni Mubarak was 91.', '2020-02-25', ['Hosni Mubarak | IRN | Former President']],
  ])('reads %s', (_what, text, date, want) => {
    expect(persons(text, date)).toEqual(want);
  });

  it.each([
    ['a surname alone, with neither its full name nor a title', 'Rumsfeld said the United States would send more troops.'],
    ['a name whose state the article never names (a namesake)', 'Donald Rumsfeld arrived in Paris. He met French officials.'],
    ['the words of a name in lowercase', 'The united states sent donald rumsfeld memorabilia to Britain, the museum said.'],
  ])('finds no dictionary person in %s', (_what, text) => {
    expect(persons(text, '2005-06-01').filter((p) => p.startsWith('Donald Rumsfeld') || p.startsWith('Rumsfeld'))).toEqual([]);
  });

  it('does not take a name inside a longer name for the dictionary person', () => {
    const found = persons('Mary Donald Rumsfeld Smith said the United States would act.', '2005-06-01');
    expect(found.some((p) => p.includes('Government official'))).toBe(false);
  });
});
