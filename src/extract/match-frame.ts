// Matches one compiled frame at a trigger token: the words of the pattern in order, fillers, and
// the object slot with its coordinated mentions ("held separate talks with Papikyan and Asrian").
import type { Doc, Mention, Sentence, Token } from './document.js';
import type { Frame } from './lexicon/types.js';
import { isActor } from './stages/coreference.js';
import { HONORIFICS, PREPOSITIONS, mentionsStartingAt } from './mention-utils.js';
import { isLowerOrHyphen, startsDigit } from './word-shape.js';

/** A frame matched in a sentence. */
export interface FrameMatch {
  frame: Frame; at: number; end: number; objects: Mention[];
  /** Pattern words matched (how specific the match is). */ words: number;
  /** The slot is "each other" / "one another": the subjects act on one another. */ reciprocal?: boolean;
}

/** The words of the sentence that a match covers (its trigger words). */
export const triggerText = (sent: Sentence, m: FrameMatch): string => sent.text.slice(sent.tokens[m.at]!.start - sent.start, sent.tokens[Math.max(m.at, m.end)]!.end - sent.start);

const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);
const DATE_FILLER = new Set(['on', 'in', 'again', 'also', 'separately', 'jointly', 'later', 'then', 'today', 'yesterday', 'last', 'this', 'week', 'month', 'year', 'early', 'late', 'earlier', 'recently', 'briefly', 'formally', 'officially', 'publicly', 'personally', 'directly', 'privately', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', ',']);
const SPEECH_ACT_OBJECT_LEAD = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an']);
const LINKERS = new Set(['of', 'between', 'by', 'from', 'against', 'over', 'on', 'with', 'toward', 'towards', 'to']);
// "on Thursday, October 27, with": a comma inside a date
const DATE_BEFORE_COMMA = /^\d|day$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const THING_LEADS = new Set(['a', 'an', 'the', 'its', 'their']);
/** Words that end a noun's modifiers: "an Indian proposal for …", "German goods as …". */
const MODIFIER_STOPS = new Set([...PREPOSITIONS, 'as', 'that', 'which', 'who', 'and', 'or', 'but', 'today', 'yesterday']);

function actorAt(doc: Doc, s: number, i: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentionsStartingAt(doc, s, i)) if (!m.dropped && (isActor(m) || m.kind === 'place') && (!best || m.last > best.last)) best = m;
  return best;
}

// A filler between a verb and its object: "met on Thursday, October 27, with …" (a comma only inside a date).
function skippable(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  return t.text === ',' ? DATE_BEFORE_COMMA.test(toks[k - 1]?.lower ?? '') : DATE_FILLER.has(t.lower) || startsDigit(t.text) || t.lower.endsWith('ly');
}

// The object slot: a mention right here, or after fillers ("met on Thursday with"), or for speech
// acts after "the <noun> of/between" ("denounced the memoranda of understanding between Turkey and Libya").
function readSlot(doc: Doc, sent: Sentence, i: number, frame: Frame, verbForms: Set<string>): { objects: Mention[]; end: number; reciprocal?: boolean } | null {
  const toks = sent.tokens;
  // "accused each other of …", "met one another"
  if ((toks[i]?.lower === 'each' && toks[i + 1]?.lower === 'other') || (toks[i]?.lower === 'one' && toks[i + 1]?.lower === 'another')) return { objects: [], end: i + 1, reciprocal: true };
  let k = i;
  // "met his Chinese counterpart Wang Yi", "met the Iranian envoy", "between Mr Scholz and Mr Macron"
  if (!actorAt(doc, sent.index, k) && (SPEECH_ACT_OBJECT_LEAD.has(toks[k]?.lower ?? '') || HONORIFICS.has(toks[k]?.lower ?? '')) && actorAt(doc, sent.index, k + 1)) k++;
  let m = actorAt(doc, sent.index, k);
  if (!m && THING_LEADS.has(toks[k]?.lower ?? '')) {
    const behind = actorBehindDescription(doc, sent, k);
    if (behind) { m = behind; k = behind.first; }
  }
  let skipped = 0;
  while (!m && k < toks.length && skipped < 6 && skippable(toks, k)) { k++; skipped++; m = actorAt(doc, sent.index, k); }
  if (!m && ((frame.type !== 'meeting' && frame.type !== 'visit' && frame.type !== 'agreement') || frame.objectAnywhere)) m = speechActObject(doc, sent, i, frame.type === 'threat', verbForms);
  if (!m || (toks[m.first]!.quoted && !toks[i - 1]?.quoted)) return null; // narration does not act on quoted words
  // "blamed the Lebanese militant group Hezbollah": the adjective's state only describes the actor named after it
  if (m.kind === 'state' && m.form === 'demonym') {
    for (let j = m.last + 1; j <= m.last + 4 && j < toks.length; j++) {
      const named = actorAt(doc, sent.index, j);
      if (named && named.kind !== 'state' && named.kind !== 'place') { m = named; break; }
      const w = toks[j]!.lower;
      if (!isLowerOrHyphen(toks[j]!.text) || MODIFIER_STOPS.has(w) || /(ing|ed)$/.test(w)) break;
    }
  }
  // "welcomed President Reagan's statement": a possessor is not met or visited
  if ((frame.type === 'meeting' || frame.type === 'visit') && isPoss(toks[m.last + 1]?.lower)) return null;
  if (frame.possessiveObject && !isPoss(toks[m.last + 1]?.lower)) return null;
  const objects = [m];
  let end = m.appositionEnd ?? m.last;
  let closedByAnd = true;
  let endBeforeComma = end;
  // coordination: "A and B", "A, B and C"
  for (;;) {
    // "meeting Putin in Moscow on July 5 and Xi in Beijing": each actor may bring its place and date
    const from = afterPlace(doc, sent, end + 1);
    let j = from;
    if (toks[j]?.text === ',') j++;
    if (toks[j]?.lower === 'and' || toks[j]?.lower === 'or') {
      j++;
      // "…, and most recently former US President Donald Trump", "and later the Chinese leader"
      while (LIST_ADVERBS.has(toks[j]?.lower ?? '')) j++;
    } else if (asWellAs(toks, j)) j += 3; // "from critics as well as rights groups"
    else if (toks[from]?.text !== ',') break;
    // "joined NATO and the WTO": a body's name starts after its article
    if (toks[j]?.lower === 'the' && !actorAt(doc, sent.index, j) && actorAt(doc, sent.index, j + 1)) j++;
    const honorific = HONORIFICS.has(toks[j]?.lower ?? '') && !!actorAt(doc, sent.index, j + 1);
    if (honorific) j++;
    const n = actorAt(doc, sent.index, j);
    if (!n || j === from) break;
    // "A, B and C" lists actors of one kind; "Khachatryan, Yerevan" is a dateline, not a list
    if (n.kind === 'place' || (toks[j - 1]?.text === ',' && n.kind !== m.kind)) break;
    let lj = j - 1 - (honorific ? 1 : 0);
    while (LIST_ADVERBS.has(toks[lj]?.lower ?? '') || (toks[lj]?.lower === 'the' && lj === j - 1)) lj--;
    const lead = toks[lj]?.lower;
    const viaAnd = lead === 'and' || lead === 'or' || (lead === 'as' && asWellAs(toks, j - 3 - (honorific ? 1 : 0)));
    if (closedByAnd) endBeforeComma = end;
    closedByAnd = viaAnd;
    objects.push(n);
    end = n.appositionEnd ?? n.last;
  }
  // "with Kisaragi, Canadian Prime Minister Mardon said …": a list must end with "and"
  if (!closedByAnd) {
    while (objects.length > 1 && (objects.at(-1)!.first > endBeforeComma)) objects.pop();
    end = endBeforeComma;
  }
  return { objects, end };
}

/** Adverbs between "and" and the last item of a list of actors. */
const LIST_ADVERBS = new Set(['most', 'recently', 'later', 'then', 'finally', 'also', 'lastly', 'afterwards', 'subsequently', 'separately']);

const asWellAs = (toks: readonly Token[], j: number): boolean => toks[j]?.lower === 'as' && toks[j + 1]?.lower === 'well' && toks[j + 2]?.lower === 'as';

// The actor a description leads to, from the article at k: the persons listed after a plural description
// ("called on the bloc's three leaders, Michel, von der Leyen and Metsola, to …"), a group named after its
// kind ("blamed the militant group Ansar Khalid"), or a person behind a possessor that is no actor
// ("lashed out at the capital city's Democratic mayor Muriel Bowser").
function actorBehindDescription(doc: Doc, sent: Sentence, k: number): Mention | undefined {
  const toks = sent.tokens;
  let j = k + 1;
  for (let n = 0; j < toks.length && n < 7 && toks[j]!.text !== ','; n++) {
    const named = actorAt(doc, sent.index, j);
    if (named && (named.kind === 'state' || named.kind === 'organization') && isPoss(toks[named.last + 1]?.lower)) { j = named.last + 2; continue; }
    if (!isLowerOrHyphen(toks[j]!.text) && !isPoss(toks[j]!.lower)) break;
    j++;
  }
  const listed = toks[j]?.text === ',' && /s$/.test(toks[j - 1]?.lower ?? '') ? actorAt(doc, sent.index, j + 1) : undefined;
  if (listed && listed.kind === 'person') return listed;
  for (let q = k + 1; q < k + 5 && q < toks.length && isLowerOrHyphen(toks[q]!.text) && !PREPOSITIONS.has(toks[q]!.lower); q++) {
    const g = actorAt(doc, sent.index, q + 1);
    // the kind is a singular noun ("group", "movement"), not "the calls by … officials"
    if (g && g.kind === 'group' && g.first === q + 1 && !toks[q]!.lower.endsWith('s')) return g;
  }
  for (let q = k + 1; q < k + 5 && q < toks.length && isLowerOrHyphen(toks[q]!.text); q++) {
    if (!isPoss(toks[q + 1]?.lower)) continue;
    const owned = actorAt(doc, sent.index, q + 2);
    return owned && owned.kind === 'person' ? owned : undefined;
  }
  return undefined;
}

// The token after "in Moscow on July 5" at k (a place and date fillers), else k.
function afterPlace(doc: Doc, sent: Sentence, k: number): number {
  const toks = sent.tokens;
  if (toks[k]?.lower !== 'in' && toks[k]?.lower !== 'at') return k;
  const place = actorAt(doc, sent.index, k + 1);
  if (!place || place.kind !== 'place') return k;
  let q = place.last + 1;
  for (let n = 0; n < 4 && q < toks.length && toks[q]!.text !== ',' && skippable(toks, q); n++) q++;
  return toks[q]?.text === ',' || toks[q]?.lower === 'and' ? q : k;
}

const CLAUSE_END = new Set([',', '.', ';', ':', 'that', 'which', 'who', 'because', 'but', 'while', 'after', 'before', 'if', 'unless', 'as', 'saying', 'and']);

// Whose act a speech act is about: "rejected a U.S. request", "an Indian proposal", "North Korea's
// demand", "the memoranda … between Turkey and Libya", "threatened to break relations with Russia".
function speechActObject(doc: Doc, sent: Sentence, i: number, threat: boolean, verbForms: Set<string>): Mention | undefined {
  const toks = sent.tokens;
  const quoted = toks[i]?.quoted;
  // "threatened to stop the talks if the United States …": a threat's target is who must comply
  if (threat) {
    for (let j = i; j < Math.min(toks.length, i + 16); j++) {
      const t = toks[j]!;
      if (t.text === '.' || t.text === ';') break;
      if (t.lower === 'if' || t.lower === 'unless') {
        const cond = actorAt(doc, sent.index, j + 1) ?? actorAt(doc, sent.index, j + 2);
        if (cond) return cond;
      }
    }
  }
  for (let j = i; j < Math.min(toks.length, i + (threat ? 14 : 9)); j++) {
    const t = toks[j]!;
    if (t.quoted !== quoted || (j > i && CLAUSE_END.has(t.lower))) return undefined;
    // "to resume attacks in Israel"
    if (threat && t.lower === 'in' && actorAt(doc, sent.index, j + 1)?.kind === 'place') return actorAt(doc, sent.index, j + 1);
    const here = actorAt(doc, sent.index, j);
    if (here && j > i && (THING_LEADS.has(toks[j - 1]!.lower) || isPoss(toks[here.last + 1]?.lower))) {
      // the owner of the thing acted on: a state adjective or a possessive
      if (here.kind === 'state' || isPoss(toks[here.last + 1]?.lower)) return here;
    }
    if (LINKERS.has(t.lower)) {
      const m = actorAt(doc, sent.index, j + 1) ?? (toks[j + 1]?.lower === 'the' ? actorAt(doc, sent.index, j + 2) : undefined);
      if (m) return m;
    }
    // "reject proposed Israeli changes": a state adjective inside the object phrase
    if (here && here.kind === 'state' && j > i && !LOCATIVE_WORDS.has(toks[j - 1]!.lower)) return here;
    // "refused to meet Jordan's King Abdullah": the object of the verb the act is about
    if (here && j > i + 1 && verbForms.has(toks[j - 1]!.lower)) return here;
  }
  return undefined;
}
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "'s"]);
// "was received by X", "was welcomed in Beijing by X": a passive whose agent follows, after a place at most
const passiveBy = (toks: readonly Token[], at: number, k: number): boolean => {
  if (!BE_FORMS.has(toks[at - 1]?.lower ?? '') && !(toks[at - 1]?.lower.endsWith('ly') === true && BE_FORMS.has(toks[at - 2]?.lower ?? ''))) return false;
  if (toks[k]?.lower === 'by') return true;
  if (!LOCATIVE_WORDS.has(toks[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 6); j++) if (toks[j]!.lower === 'by') return true; else if (toks[j]!.text === ',' || !toks[j]!.cap && toks[j]!.lower !== 'the') return false;
  return false;
};
const isPoss = (w: string | undefined) => w === "'s" || w === "'";
const LOCATIVE_WORDS = new Set(['in', 'at', 'into', 'near', 'inside', 'across', 'from']);

/** Tries `frame` at token `at`; the match, or null. */
export function matchFrame(doc: Doc, sent: Sentence, at: number, frame: Frame, verbForms: Set<string> = new Set()): FrameMatch | null {
  const toks = sent.tokens;
  let k = at;
  let objects: Mention[] = [];
  let words = 0;
  let reciprocal = false;
  for (let n = 0; n < frame.steps.length; n++) {
    const step = frame.steps[n]!;
    if (step.kind === 'word') {
      if (toks[k] && step.forms.has(toks[k]!.lower)) { k++; words++; continue; }
      // "met on Monday with", "talks held yesterday in": a date or adverb before the next word
      if (n > 0 && frame.steps[n - 1]!.kind === 'word') {
        let j = k;
        while (j < k + 6 && j < toks.length && skippable(toks, j)) j++;
        if (j > k && toks[j] && step.forms.has(toks[j]!.lower)) { k = j + 1; words++; continue; }
      }
      if (step.optional) continue;
      return null;
    }
    if (step.kind === 'any') {
      const nextWord = frame.steps[n + 1];
      let j = k;
      const beforeSlot = nextWord?.kind === 'slot';
      let words = 0;
      while (words < step.max && j < toks.length && !(nextWord?.kind === 'word' && nextWord.forms.has(toks[j]!.lower))) {
        // "attended a NATO summit in Warsaw": a body or a state's adjective inside the gap before a word of the pattern
        const named = nextWord?.kind === 'word' && !isLowerOrHyphen(toks[j]!.text) ? actorAt(doc, sent.index, j) : undefined;
        if (named && named.first === j && (named.kind === 'organization' || (named.kind === 'state' && named.form === 'demonym'))) { j = named.last + 1; words++; continue; }
        // "are “not acceptable”": an opening quotation mark before a word of the pattern
        if (nextWord?.kind === 'word' && OPENING_QUOTES.has(toks[j]!.text)) { j++; continue; }
        if (!isLowerOrHyphen(toks[j]!.text) && !DATE_FILLER.has(toks[j]!.lower)) break;
        // "destroy and obliterate the Economy of Turkey": stop where the object phrase begins
        if (beforeSlot && (SPEECH_ACT_OBJECT_LEAD.has(toks[j]!.lower) || actorAt(doc, sent.index, j))) break;
        j++;
        words++;
      }
      k = j;
      continue;
    }
    // "was received by X": the passive's agent comes after "by" (the event stage swaps the sides)
    if (passiveBy(toks, at, k) && toks[k]!.lower !== 'by') { if (frame.possessiveObject) return null; continue; }
    const slot = readSlot(doc, sent, k, frame, verbForms);
    if (!slot) { if (step.optional || passiveBy(toks, at, k)) continue; return null; }
    objects = slot.objects;
    reciprocal = !!slot.reciprocal;
    k = slot.end + 1;
  }
  return { frame, at, end: k - 1, objects, words, ...(reciprocal ? { reciprocal } : {}) };
}
