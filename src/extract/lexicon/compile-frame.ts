// Compiles one frame of data/lexicon/verbs.json into steps the event stage matches over tokens:
// "hold|have * talks with @B" → [word{hold,held,...}, any≤3, word{talks}, word{with}, slot B].
import type { QuadClass, EventType } from '../../types/index.js';
import { inflect, pastForm } from './inflect.js';
import { normWord } from './phrase-index.js';
import type { Frame, FrameStep } from './types.js';

interface RawFrame { id: string; type: EventType; pattern: string; cameo?: string; plural?: boolean; speech?: boolean; noun?: boolean; performative?: boolean; needsQuote?: boolean; quotedOnly?: boolean; agentIsObject?: boolean; pairObjects?: boolean; needsModal?: boolean; objectAnywhere?: boolean; reverse?: boolean; needsNegation?: boolean; possessiveObject?: boolean; objectKinds?: string[]; subjectKinds?: string[]; inflectedOnly?: boolean; reciprocal?: boolean; notAlongside?: boolean; notBefore?: string[]; speakerActs?: boolean }

/** Turns a pattern string into matching steps; verbs match all their inflections. */
export function compileFrame(f: RawFrame, codes: { cameo: string; plover: string; quad: QuadClass }, irregular: Map<string, string[]>): Frame {
  const steps: FrameStep[] = [];
  let verbDone = false;
  for (const raw of f.pattern.trim().split(/\s+/)) {
    const optional = raw.endsWith('?');
    const w = optional ? raw.slice(0, -1) : raw;
    const gap = /^\*(\d)?$/.exec(w); // '*': up to three filler words; '*5': up to five
    if (gap) { steps.push({ kind: 'any', max: gap[1] ? Number(gap[1]) : 3 }); continue; }
    if (w === '@B' || w === '@P') { steps.push({ kind: 'slot', name: w.slice(1) as 'B' | 'P', optional }); continue; }
    // Only the frame's verb (its first word, unless the frame is a noun phrase) is inflected.
    const isVerb = !verbDone && !f.noun;
    verbDone = true;
    const forms = new Set<string>();
    for (const alt of w.split('|')) {
      const word = normWord(alt);
      if (isVerb && f.inflectedOnly) { forms.add(pastForm(word)); continue; }
      forms.add(word);
      if (!isVerb) continue;
      if (/^[a-z]+$/.test(word) && word.length > 2) for (const x of inflect(word)) forms.add(x);
      for (const x of irregular.get(word) ?? []) forms.add(x);
    }
    steps.push({ kind: 'word', forms, optional });
  }
  return {
    id: f.id, type: f.type, steps, cameo: f.cameo ?? codes.cameo, plover: codes.plover, quad: codes.quad,
    plural: !!f.plural, speech: !!f.speech, noun: !!f.noun, performative: !!f.performative, needsQuote: !!f.needsQuote, quotedOnly: !!f.quotedOnly, agentIsObject: !!f.agentIsObject, pairObjects: !!f.pairObjects, needsModal: !!f.needsModal, objectAnywhere: !!f.objectAnywhere, reverse: !!f.reverse, needsNegation: !!f.needsNegation, possessiveObject: !!f.possessiveObject, reciprocal: !!f.reciprocal, notAlongside: !!f.notAlongside, speakerActs: !!f.speakerActs, notBefore: f.notBefore ? new Set(f.notBefore.map((w) => w.toLowerCase())) : null, fallback: false,
    objectKinds: f.objectKinds ?? null, subjectKinds: f.subjectKinds ?? null, pattern: f.pattern,
  };
}

