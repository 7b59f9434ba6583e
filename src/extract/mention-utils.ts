// Helpers shared by the mention stages: token lookups and the bookkeeping of mention spans.
import type { Doc, Mention, Sentence, Token } from './document.js';
import type { Lexicon } from './lexicon/types.js';

/** Words that can never be (part of) a name even when capitalized. */
export const NOT_NAME = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'and', 'but', 'or', 'for', 'of', 'to', 'by', 'with', 'as', 'after', 'before', 'when', 'while', 'if', 'since', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'both', 'some', 'all', 'earlier', 'later', 'following', 'despite', 'during', 'according', 'also', 'however', 'meanwhile', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'one', 'two', 'no', 'not', 'yes', 'bst', 'utc', 'gmt', 'get', 'read', 'more', 'president', 'minister', 'prime', 'secretary', 'foreign', 'government', 'ministry', 'embassy', 'state', 'republic', 'kingdom', 'united', 'national', 'international', 'summit', 'council', 'pipeline', 'sea', 'gulf', 'ocean', 'island', 'islands', 'river', 'mount', 'north', 'south', 'east', 'west', 'eastern', 'western', 'northern', 'southern', 'central', 'so', 'now', 'once', 'had', 'like', 'then', 'because', 'although', 'though', 'until', 'yet', 'just', 'even', 'only', 'well', 'maybe']);
/** Lowercase particles that may sit inside a name ("Ursula von der Leyen", "Jean-Yves Le Drian"). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'bint', 'da', 'dos', 'das', 'du', 'la', 'le', 'el', 'di', 'del', 'ben', 'abu', 'y', 'ter', 'zu']);
/** Honorifics before a name that the name's mention leaves out ("Mr Macron", "Dr Adams"). */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
/** Prepositions after which a capital or a state name is a place, not an actor. */
export const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'inside', 'through', 'toward', 'towards', 'around', 'via', 'throughout', 'within', 'over']);
/** Prepositions: a mention right after one is not a clause subject. */
export const PREPOSITIONS = new Set([...LOCATIVE, 'of', 'with', 'by', 'for', 'on', 'about', 'against', 'between', 'among', 'upon', 'under', 'than', 'like', 'including', 'per', 'without', 'behind', 'beyond', 'despite', 'during', 'amid', 'regarding', 'concerning', 'versus', 'toward', 'onto', 'off', 'unlike', 'besides']);
/** Determiners that may open a mention. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'both', 'some', 'several', 'two', 'three', 'other', 'its', 'his', 'her', 'their', 'our']);

/** Whether token `t` is a possessive marker ('s, ’s). */
export const isPossessive = (t: Token | undefined): boolean => !!t && (t.lower === "'s" || t.lower === "'");

/** Whether a token looks like part of a name: capitalized word, or an inner particle (set by the tokenizer). */
export const nameWord = (t: Token | undefined): boolean => !!t && t.nameWord;

const PARTICLE_NAME = /^(al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|da|de|di|du|van|von)-\p{Lu}/u;
const CAPITALIZED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ROMAN = /^[IVX]{1,4}$/;
const INITIALS = /^(\p{Lu}\.){1,3}$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Whether a word can be part of a name: "Macron", "el-Sisi", "F.W.", "II"; not "The", "NATO", "said". */
export function isNameWord(text: string, lower: string): boolean {
  const c = text.charCodeAt(0);
  // most words: ASCII lowercase or punctuation; only "al-Assad"-like words among them are names
  if (c < 65 || (c > 90 && c < 128)) return c >= 97 && c <= 122 && text.includes('-') && PARTICLE_NAME.test(text);
  if (c <= 90 && asciiCapitalized(text)) return (text.length === 1 && (c === 73 || c === 86 || c === 88)) || !NOT_NAME.has(lower);
  if (!CAPITALIZED.test(text)) return false;
  if (ROMAN.test(text)) return true; // "King Abdullah II"
  if (INITIALS.test(text)) return true; // initials: "F.W. de Klerk"
  if (text.length <= 5 && ACRONYM.test(text)) return false; // acronyms
  return !NOT_NAME.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

// "Macron", "Paris", "I": an ASCII capital and lowercase ASCII letters only (no Roman numeral but
// "I", "V", "X"; no initials; no acronym)
function asciiCapitalized(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d < 97 || d > 122) return false;
  }
  return true;
}

// Mentions by sentence and, per token, the first live mention covering it; kept per mentions array
// and extended as mentions are appended, so lookups never scan a whole sentence or document.
interface MentionIndex { seen: number; map: Map<number, Mention[]>; cover: Map<number, (Mention | undefined)[]>; starts: Map<number, Mention[][]> }
const bySentence = new WeakMap<Mention[], MentionIndex>();

function index(doc: Doc): MentionIndex {
  let idx = bySentence.get(doc.mentions);
  if (!idx) { idx = { seen: 0, map: new Map(), cover: new Map(), starts: new Map() }; bySentence.set(doc.mentions, idx); }
  for (; idx.seen < doc.mentions.length; idx.seen++) {
    const m = doc.mentions[idx.seen]!;
    const list = idx.map.get(m.sentence);
    if (list) list.push(m); else idx.map.set(m.sentence, [m]);
    let cover = idx.cover.get(m.sentence);
    if (!cover) { cover = []; idx.cover.set(m.sentence, cover); }
    for (let k = m.first; k <= m.last; k++) if (!cover[k] || cover[k]!.dropped) cover[k] = m;
    let starts = idx.starts.get(m.sentence);
    if (!starts) { starts = []; idx.starts.set(m.sentence, starts); }
    (starts[m.first] ??= []).push(m);
  }
  return idx;
}

/** The mentions (dropped ones included) that start at token `i` of sentence `s`. */
export function mentionsStartingAt(doc: Doc, s: number, i: number): readonly Mention[] {
  return index(doc).starts.get(s)?.[i] ?? [];
}

/** All mentions of sentence `s` (dropped ones included), without scanning the whole document. */
export function mentionsIn(doc: Doc, s: number): readonly Mention[] {
  return index(doc).map.get(s) ?? [];
}

/** The mention that covers token `i` of sentence `s`, if any (not dropped). */
export function mentionAt(doc: Doc, s: number, i: number): Mention | undefined {
  const c = index(doc).cover.get(s)?.[i];
  if (!c) return undefined;
  if (!c.dropped) return c;
  // rare: the covering mention was dropped by one that does not span this token
  for (const m of mentionsIn(doc, s)) if (!m.dropped && m.first <= i && i <= m.last) return m;
  return undefined;
}

/** The text between two tokens of a sentence, inclusive. */
export function spanText(sent: Sentence, first: number, last: number, text: string): string {
  return text.slice(sent.tokens[first]!.start, sent.tokens[last]!.end);
}

/** Adds a mention over [first, last]; mentions it covers are dropped (their state is kept by the caller). */
export function addMention(doc: Doc, m: Omit<Mention, 'id' | 'refs' | 'text'> & { text?: string }): Mention {
  const sent = doc.sentences[m.sentence]!;
  for (let k = m.first; k <= m.last; k++) {
    for (const o of mentionsStartingAt(doc, m.sentence, k)) if (!o.dropped && o.last <= m.last) o.dropped = true;
  }
  // every mention gets the same fields in the same order (one object shape for the engine)
  const full: Mention = {
    id: doc.mentions.length, sentence: m.sentence, first: m.first, last: m.last, kind: m.kind,
    text: m.text ?? spanText(sent, m.first, m.last, doc.text), name: m.name, state: m.state, role: m.role,
    form: m.form, wants: m.wants, plural: m.plural, headedBy: m.headedBy, refs: [], appositionEnd: m.appositionEnd,
    nonActor: m.nonActor, dropped: m.dropped, stateFact: m.stateFact, roleFact: m.roleFact,
  };
  doc.mentions.push(full);
  return full;
}

/** Title-cases a role for display ("foreign minister" → "Foreign Minister"). */
const SMALL_WORDS = /^(of|the|and|for|to|in|on|at|a|an)$/;
/** Capitalizes each word but the small ones inside ("Secretary of the Navy", "Ambassador to the UN"). */
export const titleCase = (s: string): string => s.replace(/(^|[\s-])(\p{Ll}[\p{L}\p{M}]*)/gu, (_, a: string, w: string) => (a && SMALL_WORDS.test(w) ? a + w : a + w[0]!.toUpperCase() + w.slice(1)));

/** The entity of state `code`, made (with the lexicon's name) when the article has none yet. */
export function ensureStateEntity(doc: Doc, code: string, lexicon: Lexicon): string {
  const id = `state:${code}`;
  if (!doc.entities.has(id)) doc.entities.set(id, { id, kind: 'state', name: lexicon.states.get(code)?.name ?? code, state: code, role: null, aliases: new Set(), order: doc.entities.size });
  return id;
}
