// Regression cases from the PLOVER gold-standard records (CC BY-SA 4.0, see the fixture's notice):
// sentences whose phenomena extraction once missed — plural demonyms as actors, a state adjective
// inside the object of a rejection, unnamed officials, "demanded that X", coordinated subjects.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

interface Row { id: string; text: string; expected: string[] }
const fixture = JSON.parse(fs.readFileSync(new URL('../fixtures/plover-regressions.json', import.meta.url), 'utf8')) as { records: Row[] };

describe('extraction on PLOVER gold records', () => {
  it.each(fixture.records.map((r) => [r.id, r] as const))('codes %s as its record does', (_id, row) => {
    const a = extractArticle({ id: row.id, text: row.text });
    const state = new Map(a.entities.map((e) => [e.id, e.state]));
    const got = a.events.filter((e) => !e.context).map((e) => `${e.type} ${state.get(e.source)}->${e.target ? state.get(e.target) : '-'}`);
    for (const want of row.expected) {
      const [type, pair] = want.split(' ');
      const [s, t] = pair!.split('->');
      const symmetric = type === 'meeting' || type === 'agreement';
      expect(got.includes(want) || (symmetric && got.includes(`${type} ${t}->${s}`))).toBe(true);
    }
  });
});
