// The project's first article (Azatutyun via the Armenian Mirror-Spectator, October 2022, shipped in
// data/articles/) extracted per event type, as its gold annotation in ../shared/corpus has them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { events } from './helpers.js';

const text = fs.readFileSync(new URL('../../data/articles/seed-france-armenia-military-ties.txt', import.meta.url), 'utf8');
const article = extractArticle({ id: 'seed', text, date: '2022-10-28' });
const got = events(article);
const has = (type: string, a: string, b: string) =>
  got.includes(`${type} ${a}->${b}`) || ((type === 'meeting' || type === 'agreement') && got.includes(`${type} ${b}->${a}`));

describe('extraction of the seed article', () => {
  it.each([
    ['meeting', 'Sebastien Lecornu', 'Suren Papikyan'],
    ['meeting', 'Emmanuel Macron', 'Nikol Pashinyan'],
    ['meeting', 'Nikol Pashinyan', 'French lawmakers'],
    ['accusation', 'Emmanuel Macron', 'Azerbaijan'],
    ['accusation', 'Emmanuel Macron', 'Russia'],
    ['praise', 'Nikol Pashinyan', 'France'],
    ['demand', 'Emmanuel Macron', 'Azerbaijan'],
    ['visit', 'Suren Papikyan', 'France'],
  ])('finds the %s %s → %s', (type, a, b) => {
    expect(has(type, a, b)).toBe(true);
  });

  it('finds the delegation’s meetings with Papikyan and Asrian', () => {
    const del = article.entities.find((e) => e.kind === 'group' && /delegation/i.test(e.name))!;
    expect(del.state).toBe('FRA');
    expect(has('meeting', del.name, 'Suren Papikyan')).toBe(true);
    expect(has('meeting', del.name, 'Eduard Asrian')).toBe(true);
  });

  it('finds who spoke: Lecornu, Macron, Pashinyan, the ministry, the press office and the embassy', () => {
    const speakers = new Set(article.events.filter((e) => e.type === 'statement' && !e.context).map((e) => article.entities.find((x) => x.id === e.source)!.name));
    for (const s of ['Sebastien Lecornu', 'Emmanuel Macron', 'Nikol Pashinyan', 'Armenian Defense Ministry']) expect(speakers).toContain(s);
    expect([...speakers].some((s) => /press office/.test(s))).toBe(true);
    expect([...speakers].some((s) => /Embassy/.test(s))).toBe(true);
  });

  it('finds Moscow’s rejection and links it to the accusation it answers', () => {
    const r = article.events.find((e) => e.type === 'rejection' && e.sentence.startsWith('Moscow'))!;
    const answered = article.events.find((e) => e.id === r.respondsTo);
    expect(answered).toMatchObject({ type: 'accusation', source: 'person:emmanuel-macron', target: 'state:RUS' });
    expect(r.target).toBe('person:emmanuel-macron');
  });

  it('keeps "did not rule out" out of the asserted events', () => {
    const ruled = article.events.filter((e) => e.sentence.includes('did not rule out'));
    expect(ruled.every((e) => e.context === 'negated')).toBe(true);
  });

  it('ties each person to the state they act for', () => {
    const state = (n: string) => article.entities.find((e) => e.name === n)?.state;
    expect([state('Sebastien Lecornu'), state('Emmanuel Macron'), state('Guillaume Ollagnier')]).toEqual(['FRA', 'FRA', 'FRA']);
    expect([state('Suren Papikyan'), state('Nikol Pashinyan'), state('Eduard Asrian'), state('Robert Khachatryan')]).toEqual(['ARM', 'ARM', 'ARM', 'ARM']);
  });

  it('dates the delegation’s talks "on Thursday, October 27"', () => {
    const talks = article.events.find((e) => e.type === 'meeting' && e.sentence.includes('held separate talks'));
    expect(talks?.date).toBe('2022-10-27');
  });
});
