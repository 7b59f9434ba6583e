// How the actor panel says where a fact came from: "Foreign Minister of Russia · since 2004-03-09 ·
// from the PETRARCH2 dictionary", "· from the text", "· corrected (merges)". Words only; no markup.
import type { Fact } from '../../src/types/index.js';

const SOURCES: Record<Fact['source'], string> = {
  text: 'from the text',
  dictionary: 'from a dictionary',
  context: "from the article's context",
  merge: 'corrected (merges)',
};
const DICTIONARIES: Record<NonNullable<Fact['dictionary']>, string> = {
  petrarch2: 'from the PETRARCH2 dictionary',
  people: 'from the list of office holders',
  organizations: 'from the list of bodies',
};

/** The dates of a dated role: "since 2004-03-09", "until 2000-07-17", "2010-07-02 – 2012-02-17", or null. */
export function factDates(f: Fact): string | null {
  if (f.from && f.to) return `${f.from} – ${f.to}`;
  if (f.from) return `since ${f.from}`;
  if (f.to) return `until ${f.to}`;
  return null;
}

/** Where the fact came from, in words ("from the text", "corrected (merges)"). */
export function factSource(f: Fact): string {
  return f.source === 'dictionary' && f.dictionary ? DICTIONARIES[f.dictionary] : SOURCES[f.source] ?? f.source;
}

/** The line under a role or a state: the office the dictionary names (of `stateName`), its dates, the source. */
export function factLine(f: Fact, stateName: string | null): string {
  const office = f.office ? (stateName && !/\bof\b/i.test(f.office) ? `${f.office} of ${stateName}` : f.office) : null;
  return [office, factDates(f), factSource(f)].filter(Boolean).join(' · ');
}
