// Lists of persons: "Presidents A of Nigeria and B of Benin", "his Greek, Cypriot and French
// counterparts, A, B and C, respectively", and names acted upon by a frame verb ("met with John Smith").
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
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
