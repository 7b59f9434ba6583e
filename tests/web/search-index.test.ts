// Actor search over every name form, whatever the accents. Graph: the made-up fixture.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeName, searchActors } from '../../web/src/search-index.js';
import { smallGraph } from './support.js';

describe('normalizeName', () => {
  it.each([
    ['İlham Əliyev', 'ilham eliyev'],
    ['Élysée', 'elysee'],
    ['Łukasz  Ørsted-Æ', 'lukasz orsted ae'],
    ['  the Kremlin. ', 'the kremlin'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('searchActors', () => {
  const index = buildSearchIndex(smallGraph());
  const ids = (q: string) => searchActors(index, q, 10).map((h) => h.id);

  it('finds an actor by an alias written without its accents', () => {
    expect(searchActors(index, 'ilham eliyev', 10)[0]).toMatchObject({ id: 'person:ilham-aliyev', matched: 'İlham Əliyev' });
  });

  it('finds an actor by a word inside its name', () => {
    expect(ids('lavrov')).toEqual(['person:sergei-lavrov']);
  });

  it('finds a state by a metonym among its aliases', () => {
    expect(ids('kremlin')).toEqual(['state:RUS']);
  });

  it('puts whole-name prefixes before matches inside a word', () => {
    expect(ids('ar')[0]).toBe('state:ARM');
    expect(ids('ar')).toContain('person:ararat-mirzoyan');
  });

  it('finds nothing for an empty query', () => {
    expect(ids('  ')).toEqual([]);
  });
});
