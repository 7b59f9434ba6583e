// Finds who acts for a trigger: the clause subject to its left ("Macron blamed Azerbaijan … and
// said"), skipping objects, prepositional phrases, appositions and quotations; the speaker after
// the verb in inverted reported speech ("…,” said Lavrov); the agent of a passive ("was accused by X").
import type { Doc, Mention, Sentence } from './document.js';
import type { Lexicon } from './lexicon/types.js';
import { HONORIFICS, PREPOSITIONS, isPossessive, mentionsIn } from './mention-utils.js';
import { isActor } from './stages/coreference.js';
import { isLowerWord } from './word-shape.js';

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'once', 'until', 'although', 'though', 'where']);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
const OBJECT_LEADS = new Set(['the', 'a', 'an', 'both', 'his', 'her', 'their', 'its', 'our']);
const APPOSITION_LEADS = new Set(['a', 'an', 'the', 'which', 'who', 'whose']);
const COORDINATED_LEADS = new Set(['the', 'his', 'her', 'their', 'its', ...HONORIFICS]);
const OWNERS = new Set(['his', 'her', 'their', 'its']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
/** Speech verbs addressed to someone ("told X", "warned X"): the mention after them is their object. */
const ADDRESSED_SPEECH = /^(tell|warn|inform|assure|remind|brief|notify|urge|ask)/;
const PARTICIPLE = /(ed|en|wn)$/;
const RELATIVES = new Set(['who', 'which']);
/** Words between a relative pronoun and its verb ("who this week criticised", "which has also called"). */
const RELATIVE_FILLERS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'also', 'then', 'later', 'this', 'last', 'week', 'month', 'year', 'again', 'previously', 'since', 'already', 'both']);
const AGENT_PARTICIPLE = /ed$|en$|wn$|ld$|met$/;

function mentionsOf(doc: Doc, s: number): Mention[] {
  return mentionsIn(doc, s).filter((m) => !m.dropped && isActor(m));
}

/** A mention is an object (not a subject) when a preposition or a verb stands right before it. */
export function isObject(sent: Sentence, m: Mention, lexicon: Lexicon): boolean {
  let k = m.first - 1;
  while (k >= 0 && OBJECT_LEADS.has(sent.tokens[k]!.lower)) k--;
  const prev = sent.tokens[k];
  if (!prev) return false;
  if (PREPOSITIONS.has(prev.lower) && !SUBORDINATORS.has(prev.lower)) return true;
  // "The Kremlin said Putin would travel": after a speech verb comes the subject of what was said
  if (lexicon.speechVerbs.has(prev.lower) && !ADDRESSED_SPEECH.test(prev.lower)) return false;
  return lexicon.verbForms.has(prev.lower);
}

// The comma that opens ", a|an|the … ," closed at `close`, when an actor stands right before it.
function appositionOpen(sent: Sentence, all: Mention[], close: number): number | null {
  for (let c = close - 1; c >= Math.max(0, close - 20); c--) {
    const t = sent.tokens[c]!;
    if (t.text !== ',') continue;
    // ", a key U.S. ally," / ", which has mediated between Tehran and Washington,"
    if (!APPOSITION_LEADS.has(sent.tokens[c + 1]?.lower ?? '')) return null;
    return all.some((m) => m.last === c - 1) ? c : null;
  }
  return null;
}

// Whether a mention opens what a speech verb reports ("said Guyana would …", "said that Guyana …").
function complementSubject(sent: Sentence, m: Mention, lexicon: Lexicon): boolean {
  let k = m.first - 1;
  if (sent.tokens[k]?.lower === 'that') k--;
  return lexicon.speechVerbs.has(sent.tokens[k]?.lower ?? '');
}

/** Coordinated mentions ending right before `m` ("Turkey and Libya", "Both he and … Mold"). */
export function coordinatedBefore(doc: Doc, sent: Sentence, m: Mention, all: Mention[]): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    let k = cur.first - 1;
    if (COORDINATED_LEADS.has(sent.tokens[k]?.lower ?? '')) k--; // "Israel and the Palestinians", "Kagame and his party"
    // a list ends with "and": "A, B and C said"; "A, B said" is an apposition or two clauses
    if (cur === m && sent.tokens[k]?.lower !== 'and' && sent.tokens[k]?.lower !== 'or') break;
    if (sent.tokens[k]?.lower !== 'and' && sent.tokens[k]?.text !== ',') break;
    k--;
    if (sent.tokens[k]?.text === ',') k--;
    let prev = all.find((o) => o.last === k || o.appositionEnd === k + 1 || o.appositionEnd === k);
    // "Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, …"
    if (!prev && (sent.tokens[k]?.lower === 'counterpart' || sent.tokens[k]?.lower === 'counterparts')) {
      for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
        if ((sent.tokens[j]!.lower === 'and' || sent.tokens[j]!.lower === 'with') && OWNERS.has(sent.tokens[j + 1]?.lower ?? '')) { prev = all.find((o) => o.last === j - 1); break; }
      }
    }
    if (!prev || (prev.kind === 'state' && prev.form === 'demonym')) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

const PARTICIPLE_LEADS = new Set([',', '–', '—']);

// The subject of a sentence's main clause before token `at`: its first actor that no verb or
// preposition governs, outside quotations, possessives and dependent clauses.
function mainSubject(sent: Sentence, all: Mention[], at: number, lexicon: Lexicon): Mention | undefined {
  const toks = sent.tokens;
  // "with the next country, the United Kingdom, reporting …": the participle's own subject
  const before = all.find((m) => (m.appositionEnd ?? m.last) === at - 2 || m.last === at - 2);
  if (before && toks.slice(Math.max(0, before.first - 6), before.first).some((t, n, w) => t.lower === 'with' && (n > 0 ? w[n - 1]!.text : toks[Math.max(0, before.first - 6) - 1]?.text) === ',')) return before;
  // "In a briefing that included Newsom, Trump denied …": the main clause starts after the opening phrase
  const opening = PREPOSITIONS.has(toks[0]?.lower ?? '') || SUBORDINATORS.has(toks[0]?.lower ?? '') ? toks.findIndex((t) => t.text === ',') : -1;
  for (const m of [...all].sort((a, b) => a.first - b.first)) {
    if (m.first >= at) return undefined;
    if (m.first < opening) continue;
    if (toks[m.first]!.quoted || (m.kind === 'state' && m.form === 'demonym') || isPossessive(toks[m.last + 1])) continue;
    if (SUBORDINATORS.has(toks[m.first - 1]?.lower ?? '') || isObject(sent, m, lexicon)) continue;
    return m;
  }
  return undefined;
}

// A subject with the actors coordinated after it ("Israel and Egypt said, calling …").
function coordinatedAfter(sent: Sentence, m: Mention, all: Mention[]): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    let k = (cur.appositionEnd ?? cur.last) + 1;
    if (sent.tokens[k]?.text === ',') k++;
    if (sent.tokens[k]?.lower !== 'and') break;
    const next = all.find((o) => o.first === k + 1 || (o.first === k + 2 && COORDINATED_LEADS.has(sent.tokens[k + 1]!.lower)));
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** The acting mentions for a trigger at token `at`, or [] when none can be found. */
/** What may follow an inverted speaker ("…,” said Lavrov, who …", "said Lavrov on Monday"). */
const INVERTED_END = new Set(['.', ',', ';', ':', '!', '?', '"', '”', "'", '’', 'on', 'in', 'at', 'after', 'before', 'during', 'when', 'while', 'who', 'according', 'adding', 'told', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'from', 'to', 'as', 'of', 'and', '(', '-', '–', '—']);

export function findSubject(doc: Doc, sent: Sentence, at: number, lexicon: Lexicon, opts: { speech: boolean; noun: boolean }): Mention[] {
  const all = mentionsOf(doc, sent.index);
  const toks = sent.tokens;
  // "Papikyan’s trip to France": the possessor of a noun trigger
  // "Scholz's three-day trip to China", "Putin's first state visit": adjectives may stand between
  if (opts.noun) {
    let j = at - 1;
    while (j > at - 4 && j > 0 && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(toks[j]!.text) && !isPossessive(toks[j])) j--;
    const owner = isPossessive(toks[j]) ? all.find((m) => m.last === j - 1) : undefined;
    if (owner) return [owner];
  }
  // "the calls by United Kingdom officials asking the United States …": a participle's actor is the
  // noun it follows
  if (toks[at]!.lower.endsWith('ing')) {
    const adj = all.find((m) => m.last === at - 1 && !(m.kind === 'state' && m.form === 'demonym'));
    if (adj) return [adj];
  }
  const relative = relativeAntecedent(doc, sent, at, all);
  if (relative) return relative;
  // "Erdogan said, criticizing the south …", "Orban has undertaken … – meeting Putin in Moscow": a
  // participle after a comma or a dash acts for the subject of the main clause
  if (toks[at]!.lower.endsWith('ing') && PARTICIPLE_LEADS.has(toks[at - 1]?.text ?? '') && !toks[at]!.quoted) {
    const main = mainSubject(sent, all, at, lexicon);
    if (main) return coordinatedAfter(sent, main, all);
  }
  // "After speaking to Obama on the phone, he said …": an opening participle acts for the subject after its comma
  // "Speaking in Canberra, Kisaragi said …": the participle opens the sentence
  if (toks[at]!.lower.endsWith('ing') && at <= 2 && (SUBORDINATORS.has(toks[at - 1]?.lower ?? '') || at === 0) && !toks[at]!.quoted) {
    const comma = toks.findIndex((t, k) => k > at && t.text === ',');
    const next = comma > 0 ? all.find((m) => m.first === comma + 1) : undefined;
    if (next) return coordinatedAfter(sent, next, all);
  }
  const triggerQuoted = toks[at]!.quoted;
  const coordinatedVerb = toks[at - 1]?.lower === 'and' || (toks[at - 2]?.lower === 'and' && (toks[at - 1]!.lower.endsWith('ly') || toks[at - 1]!.lower === 'also' || toks[at - 1]!.lower === 'then'));
  // "…fighters which, the statement said, European nations …": the speaker sits inside the commas
  const parenthetical = opts.speech && toks[at + 1]?.text === ',' && !toks[at + 1]!.quoted;
  for (let k = at - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.text === ';' || t.text === ':') break;
    if (parenthetical && t.text === ',' && !all.some((m) => m.appositionEnd === k)) break;
    // "Pakistan, a key U.S. ally in the war against terrorism, has refused": skip the apposition
    if (t.text === ',' && !t.quoted) {
      const open = appositionOpen(sent, all, k);
      if (open !== null) { k = open; continue; }
    }
    if (t.quoted && !triggerQuoted) continue;
    const inAppos = all.find((m) => m.appositionEnd !== undefined && m.last < k && k <= m.appositionEnd);
    if (inAppos) { k = inAppos.last + 1; continue; }
    let here: Mention | undefined; // the widest mention ending here
    for (const m of all) if (m.last === k && (!here || m.first < here.first)) here = m;
    if (!here) continue;
    k = here.first;
    if (here.kind === 'state' && here.form === 'demonym') continue;
    if (isPossessive(toks[here.last + 1])) continue;
    if (isObject(sent, here, lexicon)) continue;
    // "Ali said Guyana would not back down and accused Caracas": after "and", the verb shares the
    // main clause's subject, not the subject of what was said
    if (coordinatedVerb && complementSubject(sent, here, lexicon)) continue;
    return coordinatedBefore(doc, sent, here, all);
  }
  if (opts.noun) {
    // "In a phone call with Biden, Xi said …": the subject of the main clause after the phrase
    const next = all.find((m) => m.first > at && !isObject(sent, m, lexicon) && !toks[m.first]!.quoted && toks[m.first - 1]?.text === ',');
    if (next) return [next];
  }
  // "…,” said Sergei Lavrov": the inverted order comes right after a quotation or a comma, never at
  // the start of a sentence ("Tell us about …" is an imperative)
  const afterQuote = at > 0 && (toks[at - 1]!.text === ',' || toks[at - 1]!.quoted || CLOSING_QUOTES.has(toks[at - 1]!.text));
  if (opts.speech && afterQuote) {
    for (let k = at + 1; k < Math.min(toks.length, at + 4); k++) {
      const m = all.find((o) => o.first === k);
      // "…, said Sergei Lavrov." ends on the speaker; "Sikorski, speaking in Warsaw, said Orbán was wrong" is what was said
      if (m) return !toks[m.last + 1] || INVERTED_END.has(toks[m.last + 1]!.lower) ? [m] : [];
    }
  }
  return [];
}

// "EU lawmakers, who have accused Orban of …", "the State Department, which called for …": the verb of
// a relative clause acts for the noun the clause hangs on, even when that noun is an object.
function relativeAntecedent(doc: Doc, sent: Sentence, at: number, all: Mention[]): Mention[] | null {
  const toks = sent.tokens;
  let k = at - 1;
  while (k >= 0 && k >= at - 4 && (RELATIVE_FILLERS.has(toks[k]!.lower) || toks[k]!.lower.endsWith('ly'))) k--;
  if (!RELATIVES.has(toks[k]?.lower ?? '')) return null;
  const end = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
  const head = all.find((m) => m.last === end || m.appositionEnd === end);
  return head ? coordinatedBefore(doc, sent, head, all) : null;
}

/** Whether the trigger is a passive participle ("has been accused", "was rejected"). */
export function isPassive(sent: Sentence, at: number): boolean {
  const toks = sent.tokens;
  let k = at - 1;
  while (k >= 0 && toks[k]!.lower.endsWith('ly')) k--;
  // "is opposed to", "is committed to" are adjectives, not passives
  return BE.has(toks[k]?.lower ?? '') && PARTICIPLE.test(toks[at]!.lower) && toks[at + 1]?.lower !== 'to';
}

const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
const AUX_WORDS = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do', 'does', 'and', 'or', 'but']);

/** The agents of a passive at `at` ("was signed by A and B"), or of a participle after its noun ("a deal brokered by A"). */
export function passiveAgent(doc: Doc, sent: Sentence, at: number): Mention[] {
  const toks = sent.tokens;
  let b = at - 1;
  while (b >= 0 && (toks[b]!.lower.endsWith('ly') || toks[b]!.lower === 'not' || toks[b]!.lower === 'also')) b--;
  if (!AGENT_PARTICIPLE.test(toks[at]!.lower)) return [];
  // "a ceasefire brokered by Russia and Turkey", "the deal, signed by …": a participle after its noun, "by" right after
  const reduced = toks[at + 1]?.lower === 'by' && (toks[b]?.text === ',' || (isLowerWord(toks[b]?.text ?? '') && !PRONOUN_WORDS.has(toks[b]!.lower) && !AUX_WORDS.has(toks[b]!.lower)));
  if (!BE.has(toks[b]?.lower ?? '') && !reduced) return [];
  // "was described as illegitimate by …", "was signed in 1972 by …"
  for (let k = at + 1; k < Math.min(toks.length, at + 9); k++) {
    const w = toks[k]!.lower;
    if (w === '.' || w === ';' || w === ':' || toks[k]!.quoted !== toks[at]!.quoted) return [];
    if (w !== 'by') continue;
    const all = mentionsOf(doc, sent.index);
    const first = all.find((m) => m.first === k + 1) ?? all.find((m) => m.first === k + 2 && /^(the|a|an)$/.test(toks[k + 1]!.lower));
    return first ? listAfter(sent, first, all) : [];
  }
  return [];
}

// A list of actors starting at `first`: "A, B and C", "A and the B".
function listAfter(sent: Sentence, first: Mention, all: Mention[]): Mention[] {
  const out = [first];
  let end = first.appositionEnd ?? first.last;
  for (;;) {
    let j = end + 1;
    const comma = sent.tokens[j]?.text === ',';
    if (comma) j++;
    const and = sent.tokens[j]?.lower === 'and';
    if (and) j++;
    if (!comma && !and) break;
    const next = all.find((m) => m.first === j) ?? (COORDINATED_LEADS.has(sent.tokens[j]?.lower ?? '') ? all.find((m) => m.first === j + 1) : undefined);
    if (!next) break;
    out.push(next);
    end = next.appositionEnd ?? next.last;
    if (and) break;
  }
  return out;
}
