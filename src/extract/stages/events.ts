// Stage 8: finds the events. For each trigger word of a frame (data/lexicon/verbs.json) the frame is
// matched, its acting side found (clause subject, inverted speaker or passive agent) and an event made
// per pair of actors: "Macron accused Russia of …" → accusation France's Macron → Russia.
import type { Ctx, Doc, EventDraft, Mention, Sentence } from '../document.js';
import type { EventType } from '../../types/index.js';
import { matchFrame, type FrameMatch } from '../match-frame.js';
import { findSubject, passiveAgent } from '../find-subject.js';

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

function best(doc: Doc, sent: Sentence, at: number, ctx: Ctx): FrameMatch | null {
  let top: FrameMatch | null = null;
  for (const f of ctx.lexicon.frames) {
    const first = f.steps[0];
    if (!first || first.kind !== 'word' || !first.forms.has(sent.tokens[at]!.lower)) continue;
    const m = matchFrame(doc, sent, at, f);
    if (!m) continue;
    if (f.objectKinds && m.objects.length && !m.objects.every((o) => f.objectKinds!.includes(o.kind === 'place' ? 'place' : kindOf(doc, o)))) continue;
    if (f.objectKinds && !m.objects.length) continue;
    const score = (x: FrameMatch) => x.end - x.at + (x.objects.length ? 10 : 0) - (x.frame.plural ? 1 : 0);
    if (!top || score(m) > score(top)) top = m;
  }
  return top;
}

const kindOf = (doc: Doc, m: Mention): string => (m.refs[0] ? doc.entities.get(m.refs[0])?.kind ?? m.kind : m.kind);

/** Adds the events of every sentence. */
export function findEvents(doc: Doc, ctx: Ctx): Doc {
  const events: EventDraft[] = [];
  for (const sent of doc.sentences) {
    for (let at = 0; at < sent.tokens.length; at++) {
      const tok = sent.tokens[at]!;
      if (tok.quoted || !ctx.lexicon.triggerWords.has(tok.lower)) continue;
      const match = best(doc, sent, at, ctx);
      if (!match) continue;
      const f = match.frame;
      let subjects = findSubject(doc, sent, at, ctx.lexicon, { speech: f.speech, noun: f.noun });
      if (f.performative) {
        // "Macron … said Azerbaijani forces must “return …”": the speaker demands it of the subject of "must"
        const speaker = events.find((e) => e.sentenceIndex === sent.index && e.type === 'statement' && e.triggerAt < at);
        subjects = doc.mentions.filter((m) => !m.dropped && m.sentence === sent.index && m.last === at - 1 && m.refs.length);
        if (!speaker || !subjects.length) continue;
        for (const t of subjects.flatMap((m) => refsOf(doc, m, f.type))) events.push({ ...speaker, type: f.type, target: t, rule: f.id, trigger: match.trigger, cameo: f.cameo, plover: f.plover, quadClass: f.quad, triggerAt: at });
        continue;
      }
      let objects = match.objects;
      const agent = passiveAgent(doc, sent, at);
      if (agent && !f.speech) { objects = subjects; subjects = [agent]; }
      const src = subjects.flatMap((m) => refsOf(doc, m, f.type));
      if (!src.length) continue;
      let tgt = objects.flatMap((m) => refsOf(doc, m, f.type));
      const add = (source: string, target: string | null) => {
        if (source === target) return;
        events.push({
          type: f.type, source, target, date: null, location: null, sentence: sent.text, start: sent.start, end: sent.end,
          confidence: confidence(match, subjects), rule: f.id, trigger: match.trigger, cameo: f.cameo, plover: f.plover, quadClass: f.quad,
          sentenceIndex: sent.index, triggerAt: at,
        });
      };
      if (f.plural && !tgt.length) {
        // "The two ministers met", "Turkey and Libya agreed on …": every pair of the subjects
        for (let i = 0; i < src.length; i++) for (let j = i + 1; j < src.length; j++) add(src[i]!, src[j]!);
        continue;
      }
      if ((SYMMETRIC.has(f.type) || f.type === 'visit') && !tgt.length) continue;
      if (f.speech && !tgt.length) tgt = aboutOf(doc, sent, match, src);
      if (!tgt.length) { for (const s of src) add(s, null); continue; }
      for (const s of src) for (const t of tgt) add(s, t);
      if (f.type === 'meeting' && src.length === 1 && match.objects.length === 1 && match.objects[0]!.refs.length > 1 && match.objects[0]!.headedBy === undefined) continue;
    }
  }
  return { ...doc, events: [...doc.events, ...events] };
}

// What a statement is about: the first actor named after the trigger (states preferred).
function aboutOf(doc: Doc, sent: Sentence, match: FrameMatch, src: string[]): string[] {
  const after = doc.mentions.filter((m) => !m.dropped && m.sentence === sent.index && m.first > match.end && m.refs.length && !src.includes(m.refs[0]!));
  const state = after.find((m) => m.kind === 'state');
  const pick = state ?? after.find((m) => m.kind !== 'pronoun');
  return pick ? [pick.refs[0]!] : [];
}

function confidence(match: FrameMatch, subjects: Mention[]): number {
  let c = 0.9;
  if (subjects.some((s) => s.kind === 'pronoun' || s.kind === 'description')) c -= 0.15;
  if (match.frame.plural) c -= 0.1;
  if (match.frame.noun) c -= 0.1;
  return Math.round(c * 100) / 100;
}
