// Lists of persons: "Presidents A of Nigeria and B of Benin", "his Greek, Cypriot and French
// counterparts, A, B and C, respectively", and names acted upon by a frame verb ("met with John Smith").
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import type { Frame } from '../lexicon/types.js';
import { addMention, mentionAt, mentionsIn } from '../mention-utils.js';
import { readName } from './read-name.js';

const OWNERS = new Set(['his', 'her', 'their', 'its']);

// "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le
// Drian, respectively": the adjectives give the names their states, in order
export function assignRespectively(doc: Doc): void {
  for (const sent of doc.sentences) {
    if (!sent.lower.includes('counterparts')) continue;
    const toks = sent.tokens;
    const at = toks.findIndex((t, k) => t.lower === 'counterparts' && toks[k + 1]?.text === ',');
    if (at < 0) continue;
    const live = mentionsIn(doc, sent.index).filter((m) => !m.dropped);
    let from = at - 1;
    while (from > 0 && !OWNERS.has(toks[from]!.lower)) from--;
    const states = live.filter((m) => m.kind === 'state' && m.first > from && m.last < at).sort((a, b) => a.first - b.first);
    const persons = live.filter((m) => m.kind === 'person' && m.first > at).sort((a, b) => a.first - b.first).slice(0, states.length);
    if (states.length < 2 || persons.length !== states.length) continue;
    persons.forEach((p, k) => { p.state ??= states[k]!.state; });
  }
}


// "Presidents A of Nigeria and B of Benin": the later names share the plural title
export function findPluralTitleList(doc: Doc, sent: Sentence, first: Mention, ctx: Ctx, known: Mention[]): void {
  const toks = sent.tokens;
  let k = first.last + 1;
  while (toks[k] && (toks[k]!.lower === 'and' || toks[k]!.text === ',')) {
    const s = k + 1;
    const e = readName(doc, sent, s, ctx);
    if (e === s) return;
    const ofState = toks[e]?.lower === 'of' ? mentionAt(doc, sent.index, e + 1) : undefined;
    const m = addMention(doc, { sentence: sent.index, first: s, last: ofState ? ofState.last : e - 1, kind: 'person', name: doc.text.slice(toks[s]!.start, toks[e - 1]!.end), state: ofState?.state ?? first.state, role: first.role });
    known.push(m);
    k = m.last + 1;
  }
}


// Whether token i sits in a comma list that follows "counterparts,".
export function listAfterCounterparts(sent: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    if (sent.tokens[k]!.lower === 'counterpart' || sent.tokens[k]!.lower === 'counterparts') return sent.tokens[k + 1]?.text === ',';
    if (sent.tokens[k]!.text === '.' || sent.tokens[k]!.text === ';') return false;
  }
  return false;
}

// Whether a frame verb that acts on people stands right before token i ("met with", "accused").
export function actedUpon(sent: Sentence, i: number, { lexicon }: Ctx): boolean {
  let k = i - 1;
  if (sent.lower[k] === 'with' || sent.lower[k] === 'by') k--;
  const frames = lexicon.framesByTrigger.get(sent.lower[k] ?? '') ?? [];
  // a visit verb takes places ("visited New Delhi"), which are not people
  return frames.some((f) => !f.noun && f.type !== 'visit' && f.type !== 'statement' && f.steps.some((s) => s.kind === 'slot'));
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'earlier', 'again']);

// Whether the name ending before token `end` is the subject of a frame verb that acts on people
// ("Ahmed Attaf received Lammy", "Maria Ortiz has accused …"); speech and visits are left to others.
export function actsUpon(doc: Doc, sent: Sentence, end: number, { lexicon }: Ctx): boolean {
  let k = end;
  while (AUXILIARIES.has(sent.lower[k] ?? '')) k++;
  // … and the one acted on is an actor or a name: not "received 203,091 votes", "slammed into"
  const o = sent.lower[k + 1] === 'with' ? k + 2 : k + 1;
  if (!mentionAt(doc, sent.index, o) && !sent.tokens[o]?.nameWord) return false;
  const frames = lexicon.framesByTrigger.get(sent.lower[k] ?? '') ?? [];
  // the verb takes its person at once ("met", "met with", "accused"), not after more words ("hit out at")
  const direct = (f: Frame) => f.steps[1]?.kind === 'slot' || (f.steps[1]?.kind === 'word' && f.steps[1].forms.has('with') && f.steps[2]?.kind === 'slot');
  return frames.some((f) => !f.noun && f.type !== 'visit' && f.type !== 'statement' && direct(f));
}

// Whether the name from i to end is coordinated with a person found before ("Antony Blinken and Ahmed
// Attaf met", "Ahmed Attaf and Antony Blinken discussed").
export function besidePerson(doc: Doc, sent: Sentence, i: number, end: number): boolean {
  const after = sent.lower[end] === 'and' ? mentionAt(doc, sent.index, end + 1) : undefined;
  const before = sent.lower[i - 1] === 'and' ? mentionAt(doc, sent.index, i - 2) : undefined;
  // not a title's first words: "Road Transport and Bridges Minister Obaidul Quader"
  const named = (m: Mention) => m.kind === 'person' && sent.tokens[m.first]!.text === m.name.split(' ')[0];
  return (!!after && named(after) && after.first === end + 1) || (!!before && before.kind === 'person' && before.last === i - 2);
}
