// The entity stage: one entity per person across the forms an article uses for them.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

const persons = (text: string) => extract(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);

describe('buildEntities', () => {
  it.each([
    ['a middle initial', 'Ambassador John R. Bolton met Iranian officials in Geneva. Ambassador John Bolton said the talks had failed.', ['John R. Bolton']],
    ['a surname after both forms', 'Ambassador John R. Bolton met Iranian officials in Geneva. Ambassador John Bolton said the talks had failed. Bolton left.', ['John R. Bolton']],
    ['different first names stay apart', 'Ambassador John Bolton met Iranian officials in Geneva. Ambassador Mary Bolton said the talks had failed.', ['John Bolton', 'Mary Bolton']],
  ])('joins the forms of one person: %s', (_what, text, want) => {
    expect(persons(text)).toEqual(want);
  });
});
