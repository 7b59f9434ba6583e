// Persons of the dated dictionary (actors-phoenix.json) in the text: a whole name written as a name
// ("Hamid Karzai said", "met Jack Straw"), or a surname right after a title ("President Karzai").
// The article's date picks the role; whatever the text says itself (title, apposition) wins.
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import type { Fact } from '../../types/index.js';
import { addMention, mentionAt, nameWord } from '../mention-utils.js';
import { foldName, resolveOn, type DatedHit } from '../lexicon/dated-people.js';
import { readName } from './read-name.js';
import { markNonActor, readApposition } from './apposition.js';

/** The date roles are read on: the article's date, else today. */
export const datedAsOf = (doc: Doc): string => doc.date ?? new Date().toISOString().slice(0, 10);

// The states and bodies the article names ("Afghanistan", "Afghan", "Kabul", "the United Nations").
const namedIn = new WeakMap<Doc, Set<string>>();
function named(doc: Doc): Set<string> {
  let set = namedIn.get(doc);
  if (!set) {
    set = new Set();
    for (const m of doc.mentions) {
      if (m.dropped) continue;
      if ((m.kind === 'state' || m.kind === 'place') && m.state) set.add(m.state);
      else if (m.kind === 'organization') set.add(m.name);
    }
    namedIn.set(doc, set);
  }
  return set;
}

/** The hit, when the article names its state (or body): a namesake elsewhere is not the office holder. */
// "actor Richard Burton stayed at the hotel" in a story from Wales is not the New Zealand minister of that name
function ifNamed(doc: Doc, hit: DatedHit | undefined): DatedHit | undefined {
  if (!hit) return undefined;
  const where = hit.state ?? hit.org;
  return where && named(doc).has(where) ? hit : undefined;
}

/** The dictionary's reading of the name in tokens [first, end) after a title: a full name, or a surname alone. */
export function titledDictionaryHit(doc: Doc, sent: Sentence, first: number, end: number, { lexicon }: Ctx): DatedHit | undefined {
  const words = sent.raw.slice(first, end);
  const people = lexicon.datedPeople;
  // "President Karzai": the title makes a surname a person's; it must still name one person (or one state) then
  return ifNamed(doc, resolveOn(words.length > 1 ? people.byFullName(words) : people.bySurname(words[0]!), datedAsOf(doc)));
}

/** Gives a person mention the dictionary's state and role where the text gave none (marked as guessed, with the role's dates). */
export function fillFromDictionary(m: Mention, hit: DatedHit): void {
  if (!m.state && hit.state) { m.state = hit.state; m.stateGuessed = true; m.stateFact = dictionaryFact(hit); }
  if (!m.role && hit.role) { m.role = hit.role; m.roleGuessed = true; m.roleFact = dictionaryFact(hit); }
  if (!m.state && hit.org) m.wants ??= 'org:' + hit.org; // an international official: no home state
}

/** The provenance of a fact read from the dated dictionary: its role's dates and office name. */
// "Sergey Lavrov" in 2010: RUS, Government official, from 2004-03-09, "Foreign Minister"
export function dictionaryFact(hit: DatedHit): Fact {
  const f: Fact = { source: 'dictionary', dictionary: 'petrarch2', from: hit.from, to: hit.to };
  if (hit.office) f.office = hit.office;
  return f;
}

/** Adds a mention for every whole dictionary name in a name's position that no earlier pass found, when the article names its state. */
export function findDatedNames(doc: Doc, ctx: Ctx, known: Mention[]): void {
  const people = ctx.lexicon.datedPeople;
  const asOf = datedAsOf(doc);
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length - 1; i++) {
      const t = toks[i]!;
      if (!t.cap || !nameWord(t) || nameWord(toks[i - 1]) || ctx.lexicon.titlePrefixes.has(t.lower)) continue;
      if (!people.startsName(foldName(t.text)) || mentionAt(doc, sent.index, i)) continue;
      // the whole name as written, no more, no less: "Jack Straw", not "Jack" of "Jack Straw Jr"
      const end = readName(doc, sent, i, ctx);
      if (end - i < 2 || !toks.slice(i, end).every((x) => x.cap || x.lower.length <= 3)) continue;
      const hit = ifNamed(doc, resolveOn(people.byFullName(sent.raw.slice(i, end)), asOf));
      if (!hit) continue;
      const m = addMention(doc, { sentence: sent.index, first: i, last: end - 1, kind: 'person', name: doc.text.slice(t.start, toks[end - 1]!.end), state: null, role: null });
      readApposition(doc, sent, m, ctx); // ", the former Iranian foreign minister," wins
      fillFromDictionary(m, hit);
      markNonActor(m, ctx);
      known.push(m);
      i = end - 1;
    }
  }
}
