// Stage 8: finds the events. For each trigger word of a frame (data/lexicon/verbs.json) the frame is
// matched, its acting side found (clause subject, inverted speaker or passive agent) and an event made
// per pair of actors: "Macron accused Russia of …" → accusation France's Macron → Russia.
import type { Ctx, Doc, EventDraft, Mention, Sentence } from '../document.js';
import type { EventType } from '../../types/index.js';
import { matchFrame, triggerText, type FrameMatch } from '../match-frame.js';
import { coordinatedBefore, findSubject, isPassive, passiveAgent } from '../find-subject.js';
import { mentionsIn } from '../mention-utils.js';
import { isLowerWord } from '../word-shape.js';
import { modalBefore, negatedBefore } from './modality.js';
import { firstPersonBefore, nounUse, quoteSpeaker, speakerMention } from '../speech-context.js';

const SYMMETRIC = new Set<EventType>(['meeting', 'agreement']);

// Entity ids a mention stands for; a delegation brings its named head to meetings.
function refsOf(doc: Doc, m: Mention, type: EventType): string[] {
  const refs = [...m.refs];
  if (type === 'meeting' && m.headedBy !== undefined) {
    const head = doc.mentions[m.headedBy];
    if (head) refs.push(...head.refs);
  }
  if (m.kind === 'place' && m.state) return [`state:${m.state}`];
  return refs;
}

// The best match of each event type at a trigger: "denounced the conclusions of the summit" is both
// an accusation and a rejection.
function bestPerType(doc: Doc, sent: Sentence, at: number, ctx: Ctx, nounish: boolean): FrameMatch[] {
  const top = new Map<EventType, FrameMatch>();
  for (const f of ctx.lexicon.framesByTrigger.get(sent.tokens[at]!.lower) ?? []) {
    if (nounish && !f.noun) continue;
    const m = matchFrame(doc, sent, at, f, ctx.lexicon.verbForms);
    if (!m) continue;
    if (f.objectKinds && m.objects.length && !m.objects.every((o) => f.objectKinds!.includes(o.kind === 'place' ? 'place' : kindOf(doc, o)))) continue;
    // "Putin was greeted by Kim": the one acted on is the passive's subject, checked once the sides are swapped
    if (f.objectKinds && !m.objects.length && !m.reciprocal && !isPassive(sent, at)) continue;
    if (f.type === 'meeting' && m.objects.some((o) => o.kind === 'place')) continue; // "met in Niamey" names a place
    const score = (x: FrameMatch) => x.words + (x.objects.length || x.reciprocal ? 10 : 0) - (x.frame.plural ? 1 : 0);
    const prev = top.get(f.type);
    // a generated frame acts only where no hand frame of its type finds a counterpart: "signed a debt
    // relief deal with Tanzania" (the hand frames reach "with" only over three words)
    if (prev && prev.frame.fallback !== f.fallback) {
      const [hand, gen] = f.fallback ? [prev, m] : [m, prev];
      const pick = !hand.objects.length && !hand.reciprocal && gen.objects.length ? gen : hand;
      top.set(f.type, pick);
      continue;
    }
    if (!prev || score(m) > score(prev)) top.set(f.type, m);
  }
  // a speech verb that also carries an act ("warned Iran") is one act, not a bare statement too
  if (top.size > 1) top.delete('statement');
  return [...top.values()];
}

// The state an entity id stands for or acts for (states are listed as entities only at the end).
const stateOf = (doc: Doc, id: string): string | null | undefined => (id.startsWith('state:') ? id.slice(6) : doc.entities.get(id)?.state);

const kindOf = (doc: Doc, m: Mention): string => (m.refs[0] ? doc.entities.get(m.refs[0])?.kind ?? m.kind : m.kind);

/** Words between the actor and its performative verb: "Russia has clearly violated", "Iran must also". */
const PERFORMATIVE_FILLER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'also', 'again', 'still', 'not', 'now', 'then', 'repeatedly']);

// Whether mention m is who the performative words at `at` speak of: within three words and no verb or
// comma between ("the rebels in Darfur must"), or across auxiliaries, adverbs and the owner's noun
// ("Russia had violated …", "North Korea's actions clearly violate …").
function actsBefore(sent: Sentence, m: Mention, at: number, ctx: Ctx): boolean {
  if (m.last < at - 5) return false;
  const between = sent.tokens.slice(m.last + 1, at);
  if (m.last >= at - 3 && !between.some((t) => ctx.lexicon.verbForms.has(t.lower) || t.text === ',')) return true;
  const poss = between[0]?.lower === "'s" || between[0]?.lower === "'";
  const fillers = between.every((t, j) => PERFORMATIVE_FILLER.has(t.lower) || t.lower.endsWith('ly') || (j === 0 && poss)
    || (j === 1 && poss && isLowerWord(t.text) && !ctx.lexicon.verbForms.has(t.lower)));
  return fillers && (m.last >= at - 3 || poss || between.some((t) => PERFORMATIVE_FILLER.has(t.lower)));
}

type Phase = 'narration' | 'performative' | 'quoted';
const PHASES: readonly Phase[] = ['narration', 'performative', 'quoted'];

/** Adds the events of every sentence. */
export function findEvents(doc: Doc, ctx: Ctx): Doc {
  const events: EventDraft[] = [];
  // narration first, then its performative words ("X must …", which need the speaker of the sentence),
  // then words inside quotations, which need to know who is speaking
  const narrated = new Map<number, FrameMatch[]>(); // matches of the narration, reused by the performative pass
  for (const phase of PHASES) {
    const quoted = phase === 'quoted';
    for (const sent of doc.sentences) {
      let hasQuote = false;
      for (const t of sent.tokens) if (t.quoted) { hasQuote = true; break; }
      for (let at = 0; at < sent.tokens.length; at++) {
        const tok = sent.tokens[at]!;
        if (tok.quoted !== quoted || !ctx.lexicon.triggerWords.has(tok.lower)) continue;
        const key = sent.index * 65536 + at;
        let matches = phase === 'performative' ? narrated.get(key) : undefined;
        if (!matches) {
          const nounish = !quoted && nounUse(doc, sent, at, ctx.lexicon.verbForms); // "over alleged plots", "a U.S. request", "a consistent demand"
          matches = bestPerType(doc, sent, at, ctx, nounish);
          if (phase === 'narration') narrated.set(key, matches);
        }
        for (const match of matches) eventsOfMatch(doc, ctx, sent, match, phase, hasQuote, events);
      }
    }
  }
  return { ...doc, events: [...doc.events, ...events] };
}

// The events of one frame matched at a trigger, in one phase of findEvents, appended to `events`.
function eventsOfMatch(doc: Doc, ctx: Ctx, sent: Sentence, match: FrameMatch, phase: Phase, hasQuote: boolean, events: EventDraft[]): void {
  const f = match.frame;
  const at = match.at;
  const quoted = phase === 'quoted';
  if (phase !== 'quoted' && f.performative !== (phase === 'performative')) return;
  if (f.needsQuote && !hasQuote) return;
  if (f.quotedOnly && !quoted) return;
  if (f.needsModal && !modalBefore(sent.tokens, at)) return;
  if (f.needsNegation && !negatedBefore(sent.tokens, at)) return;
  if (f.notAlongside && sent.tokens[match.end + 1]?.lower === 'in' && /ing$/.test(sent.tokens[match.end + 2]?.lower ?? '')) return;
  if (f.notBefore && sent.tokens.slice(at + 1, at + 4).some((t) => f.notBefore!.has(t.lower))) return;
  if (f.pairObjects) {
    // "talks between Armenia and Azerbaijan": the first named with each of the others
    const ids = match.objects.flatMap((m) => refsOf(doc, m, f.type));
    for (let j = 1; j < ids.length; j++) if (ids[j] !== ids[0]) events.push(draftEvent(sent, match, ids[0]!, ids[j]!, 0.75));
    return;
  }
  if (f.agentIsObject) {
    // "according to a tweet by US Secretary of State Mike Pompeo"
    for (const m of match.objects) for (const r of refsOf(doc, m, f.type)) events.push(draftEvent(sent, match, r, null, 0.8));
    return;
  }
  let subjects = findSubject(doc, sent, at, ctx.lexicon, { speech: f.speech, noun: f.noun });
  if (quoted) {
    // "I applaud the president", "we condemn …", "null and void": the quoted speaker acts
    const speaker = quoteSpeaker(doc, events, sent.index);
    const firstPerson = firstPersonBefore(sent, at);
    if (!speaker || !(firstPerson || (f.noun && f.type === 'rejection') || f.performative)) return;
    if (!f.performative) subjects = [speakerMention(sent, at, speaker)];
  }
  if (f.performative) {
    // "Macron … said Azerbaijani forces must “return …”", "“They must … watch over …”": the speaker
    // demands it of the subject of "must"
    const speaker = quoted ? quoteSpeaker(doc, events, sent.index) : events.find((e) => e.sentenceIndex === sent.index && e.type === 'statement')?.source;
    if (f.speakerActs) {
      // "X said the accusations were baseless": the speaker rejects them
      if (speaker) events.push(draftEvent(sent, match, speaker, match.objects.flatMap((m) => refsOf(doc, m, f.type))[0] ?? null, 0.7));
      return;
    }
    // "US and British forces must …", "the rebels in Darfur must …": every actor of the list before "must"
    const last = mentionsIn(doc, sent.index).filter((m) => !m.dropped && m.refs.length && m.last < at && actsBefore(sent, m, at, ctx)).sort((a, b) => b.last - a.last)[0];
    subjects = last ? coordinatedBefore(doc, sent, last, mentionsIn(doc, sent.index).filter((m) => !m.dropped && m.refs.length)) : [];
    if (!speaker || !subjects.length) return;
    for (const t of subjects.flatMap((m) => refsOf(doc, m, f.type))) {
      if (t === speaker) continue;
      events.push(draftEvent(sent, match, speaker, t, 0.7));
    }
    return;
  }
  let objects = match.objects;
  const agents = passiveAgent(doc, sent, at);
  if (!agents.length && !f.speech && !f.noun && isPassive(sent, at)) return; // "has been accused of …" by nobody named
  // "A, B and C were mentioned as possibilities": the ones spoken of do not speak
  if (!agents.length && f.speech && !f.noun && isPassive(sent, at) && sent.tokens[at]!.lower !== 'quoted') return;
  if (agents.length && !f.speech) {
    objects = subjects;
    subjects = agents;
    if (f.objectKinds && !objects.every((o) => f.objectKinds!.includes(o.kind === 'place' ? 'place' : kindOf(doc, o)))) return;
  }
  else if (f.reverse) [subjects, objects] = [objects, subjects]; // "Obama faces pressure from Congress"
  else if (agents.length) subjects = agents; // "The attack was claimed by the Houthi movement"
  const src = subjects.flatMap((m) => refsOf(doc, m, f.type)).filter((id) => !f.subjectKinds || f.subjectKinds.includes(doc.entities.get(id)?.kind ?? ''));
  if (!src.length) return;
  let tgt = objects.flatMap((m) => refsOf(doc, m, f.type));
  const add = (source: string, target: string | null) => {
    if (source === target) return;
    // "Japanese Prime Minister Kisaragi arrived in Tokyo" comes home; it is no visit
    if (f.type === 'visit' && target && doc.entities.get(source)?.state === stateOf(doc, target)) return;
    events.push(draftEvent(sent, match, source, target, confidence(match, subjects)));
  };
  if (match.reciprocal || (f.reciprocal && !tgt.length)) {
    // "Armenia and Azerbaijan accused each other of …": every one of them acts on every other
    for (let i = 0; i < src.length; i++) for (let j = 0; j < src.length; j++) if (i !== j && (!SYMMETRIC.has(f.type) || i < j)) add(src[i]!, src[j]!);
    return;
  }
  if (f.plural && !tgt.length) {
    // "The two ministers met", "Turkey and Libya agreed on …"; with more than two, the first
    // named (the host or chair) with each of the others — or, when only states meet, every pair
    // "Foreign ministers of Peru, Chile and Bolivia met": the ministers of the first state stand for it among states
    const states = src.map((id) => (!id.startsWith('state:') && doc.entities.get(id)?.kind === 'group' && doc.entities.get(id)?.state ? `state:${doc.entities.get(id)!.state}` : id));
    const allStates = states.every((id) => id.startsWith('state:')) && src.some((id) => id.startsWith('state:'));
    const sides = allStates ? [...new Set(states)] : src;
    for (let i = 0; i < (allStates ? sides.length : 1); i++) for (let j = i + 1; j < sides.length; j++) add(sides[i]!, sides[j]!);
    return;
  }
  if ((SYMMETRIC.has(f.type) || f.type === 'visit') && !tgt.length) return;
  if (f.speech && !tgt.length) tgt = aboutOf(doc, sent, match, src);
  if (!tgt.length) { for (const s of src) add(s, null); return; }
  for (const s of src) for (const t of tgt) add(s, t);
}

/** An event of a matched frame in its sentence, before dates, context and ids are settled. */
export function draftEvent(sent: Sentence, match: FrameMatch, source: string, target: string | null, confidence: number): EventDraft {
  const f = match.frame;
  return {
    type: f.type, source, target, date: null, location: null, sentence: sent.text, start: sent.start, end: sent.end,
    confidence, rule: f.id, trigger: triggerText(sent, match), cameo: f.cameo, plover: f.plover, quadClass: f.quad,
    sentenceIndex: sent.index, triggerAt: match.at,
  };
}

// What a statement is about: the first actor named after the trigger (states preferred).
function aboutOf(doc: Doc, sent: Sentence, match: FrameMatch, src: string[]): string[] {
  // a place speaks of its state ("an attack in Kenya")
  const idOf = (m: Mention) => (m.kind === 'place' && m.state ? `state:${m.state}` : m.refs[0]);
  const others = mentionsIn(doc, sent.index).filter((m) => !m.dropped && idOf(m) && !src.includes(idOf(m)!) && m.kind !== 'pronoun');
  // "Sudanese forces must leave, X said": what was said comes before the verb
  const after = others.some((m) => m.first > match.end) ? others.filter((m) => m.first > match.end) : others.filter((m) => m.last < match.at);
  const pick = after.find((m) => m.kind === 'state') ?? after.find((m) => m.kind !== 'place') ?? after[0];
  return pick ? [idOf(pick)!] : [];
}

function confidence(match: FrameMatch, subjects: Mention[]): number {
  let c = 0.9;
  if (subjects.some((s) => s.kind === 'pronoun' || s.kind === 'description')) c -= 0.15;
  if (match.frame.plural) c -= 0.1;
  if (match.frame.noun) c -= 0.1;
  return Math.round(c * 100) / 100;
}
