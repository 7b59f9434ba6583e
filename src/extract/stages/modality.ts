// Stage 9: marks events that the text negates, puts as a possibility or announces for later:
// "did not rule out", "denied meeting", "may meet", "will visit next week", "invited X to visit".
import type { Ctx, Doc } from '../document.js';
import type { EventContext } from '../../types/index.js';

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'didn\'t', 'doesn\'t', 'don\'t', 'won\'t', 'wouldn\'t', 'hasn\'t', 'haven\'t', 'hadn\'t', 'isn\'t', 'wasn\'t', 'weren\'t', 'cannot', 'can\'t', 'couldn\'t']);
const FUTURE = new Set(['will', "'ll", 'shall', 'plans', 'planned', 'plan', 'expected', 'scheduled', 'set', 'going', 'intends', 'intend', 'due', 'hopes', 'hope', 'wants', 'want', 'aims', 'seeks', 'future', 'upcoming', 'next', 'invited', 'invite', 'ready', 'willing', 'offered']);
const HYPOTHETICAL = new Set(['may', 'might', 'could', 'would', 'should', 'can', 'must', 'need', 'needs', 'possibly', 'perhaps', 'if', 'unless', 'possibility', 'possible', 'whether', 'likely', 'reportedly']);
const DENY = new Set(['denied', 'denies', 'deny', 'denying', 'refused', 'refuses', 'declined']);
/** "cancelled a planned meeting with", "the cancellation of the visit": an act called off did not happen. */
const CALLED_OFF = new Set(['cancelled', 'canceled', 'cancels', 'cancel', 'cancelling', 'canceling', 'cancellation', 'postponed', 'postpones', 'postponement', 'scrapped', 'scraps', 'shelved', 'aborted']);
/** "a proposed meeting", "the anticipated talks": an act only spoken of. */
const SPOKEN_OF = new Set(['proposed', 'potential', 'prospective', 'anticipated', 'mooted', 'possible', 'hoped-for', 'long-awaited']);
/** News present for a scheduled trip: "arrives later in the day for talks", "heads to Beijing for a summit". */
const SCHEDULED_MOTION = new Set(['arrives', 'heads', 'travels', 'flies', 'goes', 'leaves', 'departs', 'returns']);
const PROGRESSIVE = new Set(['is', 'are', 'am', "'s", "'re"]);
const FOR_LATER = new Set(['when', 'once', 'after', 'before', 'while']);
/** "does not recognize": a standing position, not an act. */
const STANDING = new Set(['does', 'do', "doesn't", "don't"]);

/** Whether a negation governs the trigger at `at` ("will not accept", "did not give permission"). */
export function negatedBefore(toks: readonly { lower: string }[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const w = toks[k]!.lower;
    if (w === ',' || w === ';' || w === 'and' || w === 'but') return false;
    // "which Turkey does not recognize" describes a standing position, not an act
    if (NEGATION.has(w) || w.endsWith("n't")) return !STANDING.has(w) && toks[k - 1]?.lower !== 'does' && toks[k - 1]?.lower !== 'do';
  }
  return false;
}

/** Whether a future or modal word governs the trigger at `at` ("would boycott", "will retaliate"). */
export function modalBefore(toks: readonly { lower: string; text: string; quoted: boolean }[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const w = toks[k]!.lower;
    if (w === ',' || w === ';') return false;
    if (FUTURE.has(w) || HYPOTHETICAL.has(w) || w === "'ll") return true;
  }
  return false;
}

// "Biden arrives later in the day for talks with Netanyahu": the talks lie ahead of the article
function scheduledTrip(toks: readonly { lower: string }[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (toks[k]!.lower === 'a' || toks[k]!.lower === 'the')) k--;
  if (toks[k]?.lower !== 'for') return false;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const w = toks[j]!.lower;
    if (w === ',' || w === ';' || w === 'and') return false;
    if (SCHEDULED_MOTION.has(w)) return true;
  }
  return false;
}

// "the summit the two men are attending this weekend", "is visiting Beijing next week": the present
// progressive with a time still to come is a plan, not news
function presentForLater(toks: readonly { lower: string }[], at: number): boolean {
  const w = toks[at]!.lower;
  if (!w.endsWith('ing') || !PROGRESSIVE.has(toks[at - 1]?.lower ?? '')) return false;
  for (let k = at + 1; k < Math.min(toks.length, at + 9); k++) {
    const t = toks[k]!.lower;
    if (t === ',' || t === ';' || t === '.' || t === 'but' || t === 'after' || t === 'since') return false;
    if (t === 'weekend' && toks[k - 1]?.lower === 'this') return true;
    if (t === 'tomorrow' || t === 'tonight') return true;
    if ((t === 'next' || t === 'coming') && /^(week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|weeks|months)$/.test(toks[k + 1]?.lower ?? '')) return true;
    if (t === 'later' && /^(this|today|in)$/.test(toks[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

// "Richardson will discuss the sea when he meets China's navy commander": the act of a clause
// that opens on "when" under a future main verb lies ahead too
function underFutureMain(toks: readonly { lower: string }[], at: number): boolean {
  let k = at - 1;
  while (k >= Math.max(0, at - 4) && !FOR_LATER.has(toks[k]!.lower)) k--;
  const w = toks[at]!.lower;
  // "when he meets", "once they meet": a present verb, not "when he met"
  const present = w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss')) || (/^(they|we|you|i)$/.test(toks[at - 1]?.lower ?? '') && !w.endsWith('ed'));
  if (k < 0 || !FOR_LATER.has(toks[k]?.lower ?? '') || !present) return false;
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const t = toks[j]!.lower;
    if (t === ';' || t === '.' || t === '"' || t === '“') return false;
    if (t === 'will' || t === "'ll" || t === 'shall') return true;
  }
  return false;
}

/** Verbs that put something to use for an act: "used the meeting to urge", "took the opportunity to thank". */
const PUT_TO_USE = /^(use|used|uses|using|took|take|takes|taking|seized|seize|seizes|seizing|exploited|leveraged)$/;

// "Rights groups are using the case to urge Indonesia", "in order to": a purpose clause whose act is
// told as done, where any other "to <act>" ("invited X to visit", "agreed to meet") is still to come
function purposeInfinitive(toks: readonly { lower: string }[], to: number): boolean {
  if (toks[to - 1]?.lower === 'order' && toks[to - 2]?.lower === 'in') return true;
  for (let j = to - 1; j >= Math.max(0, to - 6); j--) {
    const w = toks[j]!.lower;
    if (w === ',' || w === ';' || w === '.') return false;
    // … unless the using is itself to come ("would use an executive order to add")
    if (PUT_TO_USE.test(w)) return ![toks[j - 1]?.lower, toks[j - 2]?.lower].some((x) => x && (FUTURE.has(x) || HYPOTHETICAL.has(x) || x === 'to'));
  }
  return false;
}

/** Sets `context` on events whose trigger sits under a negation, a modal or a future marker. */
export function markModality(doc: Doc, { lexicon }: Ctx): Doc {
  const negative = new Set(lexicon.frames.filter((f) => f.needsNegation).map((f) => f.id));
  const events = doc.events.map((e) => {
    if (negative.has(e.rule)) return e; // "will not accept": the refusal is the act
    const toks = doc.sentences[e.sentenceIndex]!.tokens;
    let ctx: EventContext | undefined;
    for (let k = e.triggerAt - 1; k >= Math.max(0, e.triggerAt - 4); k--) {
      const w = toks[k]!.lower;
      if (w === ',' || w === ';' || w === 'and' || w === 'but' || toks[k]!.quoted) break; // "would not back down and accused"
      if (NEGATION.has(w) || w.endsWith("n't")) { ctx = 'negated'; break; }
      if (DENY.has(w) && e.type !== 'rejection') { ctx = 'negated'; break; }
      if (CALLED_OFF.has(w) && e.type !== 'rejection') { ctx = 'negated'; break; }
      if (SPOKEN_OF.has(w) && e.type !== 'threat' && e.type !== 'rejection') { ctx = 'hypothetical'; break; }
      // a threat is about the future: "will retaliate", "would boycott" are the threat itself
      if (FUTURE.has(w) && e.type !== 'threat') { ctx = 'future'; break; }
      if (HYPOTHETICAL.has(w) && e.type !== 'threat') { ctx = 'hypothetical'; break; }
      // "invited X to visit", "agreed to meet": an act still to come; "used the talks to urge" is done
      if (w === 'to' && k === e.triggerAt - 1) { if (!purposeInfinitive(toks, k)) ctx = 'future'; break; }
    }
    if (!ctx && (scheduledTrip(toks, e.triggerAt) || presentForLater(toks, e.triggerAt) || underFutureMain(toks, e.triggerAt))) ctx = 'future';
    return ctx ? { ...e, context: ctx } : e;
  });
  return { ...doc, events };
}
