// Where a trigger stands in speech: who speaks a quotation, whether "I"/"we" act in it, and whether a
// trigger word is used as a noun ("a U.S. request") rather than as the verb. Used by the event stage.
import type { Doc, EventDraft, Mention, Sentence } from './document.js';
import type { EventType } from '../types/index.js';
import { mentionsIn } from './mention-utils.js';
import { isLowerWord } from './word-shape.js';

const AUXILIARY = new Set(['have', 'has', 'had', 'having', 'be', 'is', 'was', 'were', 'been', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);
const SPEECH = new Set<EventType>(['statement', 'accusation', 'praise', 'rejection', 'demand', 'threat']);
const FIRST_PERSON_FILLERS = new Set(['will', 'would', 'shall', 'must', 'also', 'strongly', 'totally', 'fully', 'firmly', 'again', 'do', 'did', 'can', 'could', 'and', 'not', 'never', 'hereby', "'ll", "'d"]);
const NOT_A_NOUN = new Set(['that', 'the', 'a', 'an', 'to', 'his', 'her', 'its', 'their', 'in', 'on', 'by']);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'any', 'no', "'s"]);
const INFLECTED = /(ed|ing|en)$/;
/** "who this week criticised": a time phrase before a verb, not a determiner and its noun. */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'time', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** The quoted speaker as the acting mention of a trigger in their quotation. */
export function speakerMention(sent: Sentence, at: number, speaker: string): Mention {
  return { id: -1, sentence: sent.index, first: at, last: at, kind: 'person', text: '', name: '', state: null, role: null, refs: [speaker] };
}

// "I will totally destroy …", "we strongly condemn …": a first-person subject just before the verb.
export function firstPersonBefore(sent: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = sent.tokens[k]!.lower;
    if (w === 'i' || w === 'we') return true;
    if (!FIRST_PERSON_FILLERS.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

// Words after which a trigger word is a noun or an adjective, not the verb.
const NOT_A_VERB_AFTER = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'over', 'of', 'for', 'about', 'any', 'no', 'against', 'without', 'amid', 'into', 'in', 'on', 'at', 'from', 'with', 'upon', 'under']);

// A trigger word used as a noun or adjective: after an article or preposition, a possessive, a
// state adjective ("a U.S. request") or an adjective ("a consistent demand").
export function nounUse(doc: Doc, sent: Sentence, at: number, verbForms: ReadonlySet<string> = new Set()): boolean {
  const toks = sent.tokens;
  const prev = toks[at - 1];
  if (!prev || TIME_NOUNS.has(prev.lower)) return false;
  // "a ceasefire brokered by Russia": a participle with its agent, not a noun
  if (toks[at + 1]?.lower === 'by' && /ed$/.test(toks[at]!.lower)) return false;
  if (NOT_A_VERB_AFTER.has(prev.lower) || prev.lower === "'s" || prev.lower === "'") return true;
  // "spoke by phone": a noun; "responded by accusing Russia" is a gerund that acts
  if (prev.lower === 'by' && !toks[at]!.lower.endsWith('ing')) return true;
  // "alleged crimes", "alleged ties": the participle as an adjective before its noun
  if (toks[at]!.lower === 'alleged' && isLowerWord(toks[at + 1]?.text ?? '') && !NOT_A_NOUN.has(toks[at + 1]!.lower)) return true;
    // "accepted demands from …", "told host Mika …": right after a verb (not an auxiliary), a trigger
  // word in its base or plural form is that verb's object, a noun
  if (verbForms.has(prev.lower) && !AUXILIARY.has(prev.lower) && !INFLECTED.test(toks[at]!.lower) && !toks[at]!.lower.endsWith('ss')) return true;
  const m = mentionsIn(doc, sent.index).find((o) => !o.dropped && o.last === at - 1);
  if (m) return m.kind === 'state' && (m.form === 'demonym' || toks[m.first - 1]?.lower === 'a' || toks[m.first - 1]?.lower === 'an');
  // "a consistent demand" is a noun; "a declaration demanding that …" is a participle
  return isLowerWord(prev.text) && NOUN_DETERMINERS.has(toks[at - 2]?.lower ?? '') && !prev.lower.endsWith('ly') && !toks[at]!.lower.endsWith('ing');
}

// Who speaks the quotation in sentence s: the speaker of its narration, or of the quotation it continues.
export function quoteSpeaker(doc: Doc, events: EventDraft[], s: number): string | null {
  for (let k = s; k >= 0; k--) {
    const own = events.find((e) => e.sentenceIndex === k && SPEECH.has(e.type) && !doc.sentences[k]!.tokens[e.triggerAt]!.quoted);
    if (own) return own.source;
    if (!doc.sentences[k]!.opensInQuote) break;
  }
  // "“… I applaud the president … The casualties were very low”, Graham continued."
  for (let k = s + 1; k < doc.sentences.length; k++) {
    const next = doc.sentences[k]!;
    if (next.paragraph !== doc.sentences[s]!.paragraph || !next.opensInQuote) break;
    const own = events.find((e) => e.sentenceIndex === k && SPEECH.has(e.type) && !next.tokens[e.triggerAt]!.quoted);
    if (own) return own.source;
  }
  return null;
}

