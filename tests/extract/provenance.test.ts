// Where a person's state and role come from, as extraction gives them (src/extract/provenance.ts):
// the text's own words, the article around it, the hand list or the dated dictionary with its dates.
// Invented names where the text decides; the dictionary's real office holders where it does
// (Rumsfeld: US government 2001-01-20 to 2006-12-18; Wulff: Prime Minister of Lower Saxony
// 2003-03-04 to 2010-06-30, then President of Germany 2010-07-02 to 2012-02-17).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import type { Fact } from '../../src/types/index.js';

const fact = (f: Fact | undefined): string => !f ? '-'
  : [f.source, f.dictionary, f.from !== undefined || f.to !== undefined ? `${f.from ?? '…'}..${f.to ?? '…'}` : null, f.office].filter(Boolean).join(' ');

const person = (text: string, date: string | null, name: string): string => {
  const e = extractArticle({ id: 't', text, date }).entities.find((x) => x.name === name);
  return e ? `${e.state} (${fact(e.provenance?.state)}) | ${e.role} (${fact(e.provenance?.role)})` : 'not found';
};

describe('provenance of a person\'s state and role', () => {
  it.each([
    ['a title with its state adjective: both from the text', 'Armenian Defense Minister Vardan Kelikyan met French officials in Paris.', '2024-03-15', 'Vardan Kelikyan',
      'ARM (text) | Defense Minister (text)'],
    ['an apposition: both from the text', 'Mara Oslund, the Norwegian foreign minister, said the talks would go on.', '2024-03-15', 'Mara Oslund',
      'NOR (text) | Norwegian Foreign Minister (text)'],
    ['a title without a state in a story from a dateline: the state from the context', 'PRAGUE (Reuters) — Defense Minister Tomas Brelik said on Monday that the army would buy tanks. He spoke to reporters. The deal is large.', '2024-03-15', 'Tomas Brelik',
      'CZE (context) | Defense Minister (text)'],
    ['a dictionary name in office on the date: its dates', 'Donald Rumsfeld said the United States would send more troops.', '2005-06-01', 'Donald Rumsfeld',
      'USA (dictionary petrarch2 2001-01-20..2006-12-18) | Government official (dictionary petrarch2 2001-01-20..2006-12-18)'],
    ['the same name after the office ended: a former office with its dates', 'Donald Rumsfeld said the United States would send more troops.', '2008-06-01', 'Donald Rumsfeld',
      'USA (dictionary petrarch2 2001-01-20..2006-12-18) | Former government official (dictionary petrarch2 2001-01-20..2006-12-18)'],
    ['a dictionary name before a change of office: the first office, named', 'Christian Wulff said Germany would help.', '2008-05-01', 'Christian Wulff',
      'DEU (dictionary petrarch2 2003-03-04..2010-06-30 Prime Minister of Lower Saxony) | Government official (dictionary petrarch2 2003-03-04..2010-06-30 Prime Minister of Lower Saxony)'],
    ['the same name after the change of office: the second office, named', 'Christian Wulff said Germany would help.', '2011-05-01', 'Christian Wulff',
      'DEU (dictionary petrarch2 2010-07-02..2012-02-17 President of Germany) | Government official (dictionary petrarch2 2010-07-02..2012-02-17 President of Germany)'],
    ['a surname after a title: the state from the dictionary, the role from the text', 'Secretary Rumsfeld said the United States would send more troops.', '2005-06-01', 'Rumsfeld',
      'USA (dictionary petrarch2 2001-01-20..2006-12-18) | Secretary (text)'],
    ['an apposition over the dictionary: the text', 'Donald Rumsfeld, the former Iranian foreign minister, said the United States would send more troops.', '2005-06-01', 'Donald Rumsfeld',
      'IRN (text) | Former Iranian Foreign Minister (text)'],
    ['a hand-list name alone: both from the hand list, undated', 'Sergei Lavrov said Russia would respond.', '1999-06-01', 'Sergei Lavrov',
      'RUS (dictionary people) | Foreign Minister (dictionary people)'],
    ["a later mention's own words over the hand list: the text", 'Hosni Mubarak died on Tuesday in Cairo. The former Iranian president Hosni Mubarak was 91.', '2020-02-25', 'Hosni Mubarak',
      'IRN (text) | Former President (text)'],
  ])('reads %s', (_what, text, date, name, want) => {
    expect(person(text, date, name)).toBe(want);
  });

  it('gives no provenance to a state, whose state is its own code', () => {
    const a = extractArticle({ id: 't', text: 'Armenian Defense Minister Vardan Kelikyan met French officials in Paris.', date: '2024-03-15' });
    expect(a.entities.filter((e) => e.kind === 'state').map((e) => e.provenance)).toEqual([undefined, undefined]);
  });
});

describe('provenance of a body\'s state', () => {
  const body = (text: string, name: string): string => {
    const e = extractArticle({ id: 't', text, date: '2024-03-15' }).entities.find((x) => x.name === name);
    return e ? `${e.state} (${fact(e.provenance?.state)})` : 'not found';
  };
  it.each([
    ['an armed group of the Phoenix dictionary: its state from the dictionary', 'The Moro Islamic Liberation Front condemned the attack.', 'Moro Islamic Liberation Front', 'PHL (dictionary petrarch2)'],
    ['a group of the hand list: its state from the list of bodies', 'Hezbollah denied the accusation.', 'Hezbollah', 'LBN (dictionary organizations)'],
    ['a ministry named with its state adjective: from the text', 'The Armenian Defense Ministry said the border was calm.', 'Armenian Defense Ministry', 'ARM (text)'],
  ])('gives %s', (_, text, name, expected) => {
    expect(body(text, name)).toBe(expected);
  });
});
