// Reads an office before a person's name: "Armenian Defense Minister", "France’s President",
// "AU trade and industry commissioner", "U.S. Ambassador to the United Nations". Used by the person stage.
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import { DETERMINERS, isPossessive, mentionAt, mentionsIn, nameWord, titleCase } from '../mention-utils.js';

const CAPITALIZED_WORD = /^[\p{Lu}][\p{L}-]+$/u;

/** An office read before a name: where it starts and ends, the state or body it belongs to, its words. */
export interface Title {
  first: number; end: number; state: string | null; org: string | null; lowerHead: boolean; plural: boolean; national: boolean;
  /** Text offsets of the office's words (without the state: "Defense Minister"). */
  roleFrom: number; roleTo: number;
  /** "Former Norwegian President": a past office, its time word before the state. */
  former?: boolean;
}

// "then-Secretary of the Navy John Warner", "ex-President Lula": the office without its time prefix
const TIME_PREFIX = /^(then|ex)-(?=\p{L})/iu;
const unprefixed = new WeakMap<Sentence, { lower: string[]; raw: string[] }>();
export function withoutTimePrefixes(sent: Sentence): { lower: readonly string[]; raw: readonly string[] } {
  if (!sent.lower.some((w) => TIME_PREFIX.test(w))) return sent;
  let x = unprefixed.get(sent);
  if (!x) unprefixed.set(sent, (x = { lower: sent.lower.map((w) => w.replace(TIME_PREFIX, '')), raw: sent.raw.map((w) => w.replace(TIME_PREFIX, '')) }));
  return x;
}

/** Reads an office before token `i`…: returns where the title ends (exclusive) or null. */
export function readTitle(doc: Doc, sent: Sentence, i: number, { lexicon }: Ctx): Title | null {
  const toks = sent.tokens;
  const { lower, raw } = withoutTimePrefixes(sent);
  let j = i;
  const atI = mentionAt(doc, sent.index, i);
  if (!(atI && atI.first === i) && DETERMINERS.has(lower[j] ?? '') && lower[j] !== 'his' && lower[j] !== 'her') j++;
  let state: string | null = null;
  let org: string | null = null;
  // "Lula sent his special adviser Celso Amorim": the adviser serves the state of "his" person
  if ((lower[i] === 'his' || lower[i] === 'her') && !mentionAt(doc, sent.index, i)) {
    const owner = lastPersonWithState(doc, sent.index, i);
    if (!owner) return null;
    state = owner.state;
    j = i + 1;
  }
  // "Former Norwegian President Ivo Marek": the time word stands before the state
  let former = false;
  if ((lower[j] === 'former' || lower[j] === 'ex') && mentionAt(doc, sent.index, j + 1)?.kind === 'state' && !mentionAt(doc, sent.index, j)) { former = true; j++; }
  const m = mentionAt(doc, sent.index, j);
  let national = false;
  let roleFrom = -1;
  if (m && m.first === j && (m.kind === 'state' || m.kind === 'organization' || m.kind === 'group')) {
    if (m.kind === 'state') state = m.state; else { org = m.name; state = m.state; national = m.form === 'national'; }
    // "French Armed Forces Minister": the office is "Armed Forces Minister", without the state
    if (national && !isPossessive(toks[m.last + 1])) {
      const inner = stateInside(doc, sent.index, m);
      if (inner) roleFrom = inner.last + 1 + (isPossessive(toks[inner.last + 1]) ? 1 : 0);
    }
    j = m.last + 1;
    if (isPossessive(toks[j])) j++;
  } else if (m && m.first === j && m.kind === 'place' && m.state && toks[j]!.cap) {
    // "Moscow mayor Sergei Sobyanin": a place's office serves the place's state
    state = m.state;
    j = m.last + 1;
    if (isPossessive(toks[j])) j++;
  } else if (m && m.first === j && m.kind === 'person' && isPossessive(toks[m.last + 1])) {
    // "German Chancellor Angela Merkel's spokesperson, Steffen Seibert"
    state = m.state;
    org = m.name;
    j = m.last + 2;
  } else if (toks[j]?.cap && isPossessive(toks[j + 1]) && !m) j += 2; // "Northamptonshire's chief constable"
  const roleStart = roleFrom >= 0 ? roleFrom : j;
  let headEnd = -1;
  let lowerHead = false;
  let plural = false;
  for (let n = 0; n < 7 && j < toks.length; n++) {
    // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
    if (headEnd < 0 && lower[j]!.endsWith('s') && lexicon.pluralTitles.has(lower[j]!) && nameWord(toks[j + 1])) {
      const single = lexicon.titleHeads.matchAt([lower[j]!.replace(/s$/, '')], [raw[j]!.replace(/s$/, '')], 0)[0];
      if (single) { j++; headEnd = j; plural = true; break; }
    }
    const head = lexicon.titleHeads.matchAt(lower, raw, j)[0];
    // "AU trade and industry commissioner"
    if (lower[j] === 'and' && headEnd < 0 && n > 0 && lexicon.titleModifiers.matchAt(lower, raw, j + 1).length) { j++; continue; }
    const mod = lexicon.titleModifiers.matchAt(lower, raw, j)[0];
    const hl = head?.words.length ?? 0;
    const ml = mod?.words.length ?? 0;
    if (hl && hl >= ml) { j += hl; headEnd = j; lowerHead = !toks[j - 1]!.cap; continue; }
    if (ml) { j += ml; continue; }
    // "African Export–Import Bank president Okey Oramah": an organization's office, no state
    if (toks[j]!.cap && lexicon.orgHeads.matchAt(lower, raw, j).length && headEnd < 0) { org = doc.text.slice(toks[roleStart]!.start, toks[j]!.end); j++; continue; }
    if (toks[j]!.cap && !mentionAt(doc, sent.index, j) && headEnd < 0 && CAPITALIZED_WORD.test(toks[j]!.text) && !lexicon.titlePrefixes.has(lower[j]!)) { j++; continue; }
    break;
  }
  if (headEnd < 0) return null;
  // "Ambassador to Germany", "Ambassador to the United Nations": the post, not the person's state
  // "the US commander in Iraq", "envoy for Syria": the post's place
  if ((lower[headEnd] === 'in' || lower[headEnd] === 'for') && toks[headEnd + 2]?.text === ',') {
    const pm = mentionAt(doc, sent.index, headEnd + 1);
    if (pm && (pm.kind === 'state' || pm.kind === 'place')) headEnd = pm.last + 1;
  }
  if (lower[headEnd] === 'to') {
    const tm = mentionAt(doc, sent.index, headEnd + 1) ?? (lower[headEnd + 1] === 'the' ? mentionAt(doc, sent.index, headEnd + 2) : undefined);
    if (tm && (tm.kind === 'state' || tm.kind === 'place' || tm.kind === 'organization')) headEnd = tm.last + 1;
  }
  // "Minister of Foreign Affairs", "Chief of the General Staff"
  if (lower[headEnd] === 'of' && toks[headEnd + 1]) {
    let k = headEnd + 1;
    if (lower[k] === 'the') k++;
    const om = mentionAt(doc, sent.index, k);
    if (om && om.kind === 'state') { state = om.state; headEnd = om.last + 1; }
    // "Secretary of the Navy John Warner": an office of a body, named before the person
    else if (om && om.kind === 'organization' && om.first === k && nameWord(toks[om.last + 1])) { org = om.name; state ??= om.state; headEnd = om.last + 1; }
    else {
      let e = k;
      while (e < toks.length && (toks[e]!.cap || lower[e] === 'and') && !mentionAt(doc, sent.index, e)) e++;
      if (e > k && e < toks.length && nameWord(toks[e]) && !(toks[e - 1]!.lower === 'and')) headEnd = e;
    }
  }
  // the role's words are read (titleRole) only when a name follows: most titles read here have none
  return { first: i, end: headEnd, state, org, lowerHead, plural, national, roleFrom: toks[roleStart]!.start, roleTo: toks[headEnd - 1]!.end, ...(former ? { former } : {}) };
}

// (Plain loops, not closures: a closure over readTitle's variables would cost an allocation per call.)
// The last person with a state named before token i.
function lastPersonWithState(doc: Doc, s: number, i: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentionsIn(doc, s)) if (!m.dropped && m.kind === 'person' && m.last < i && m.state) found = m;
  return found;
}

// The state named inside a national body's name ("French" in "French Armed Forces Ministry").
function stateInside(doc: Doc, s: number, body: Mention): Mention | undefined {
  for (const o of mentionsIn(doc, s)) if (o.dropped && o.kind === 'state' && o.first >= body.first && o.last < body.last) return o;
  return undefined;
}

/** The office of a title as display text: "Armenian Defense Minister" → "Defense Minister". */
export function titleRole(doc: Doc, title: Title): string {
  const role = (title.former ? 'Former ' : '') + titleCase(doc.text.slice(title.roleFrom, title.roleTo).replace(/\s+/g, ' ').replace(/^then-/i, ''));
  return title.plural ? role.replace(/s$/, '') : role;
}

