// A person's apposition (", the chief of the Armenian army’s General Staff,") gives the role, the
// state or the body they act for, and tells relatives and experts (not actors) from officials.
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import { DETERMINERS, mentionAt, mentionsIn, titleCase } from '../mention-utils.js';

const APPOSITION_LEADS = new Set(['a', 'an', 'the', 'who', 'now', 'then', 'also', 'his', 'her']);

const LOOSE_LEADS = new Set(['now', 'then', 'also', 'his', 'her']);
// Words after an office that end it: ", head of the party,", ", foreign minister," (not ", Prime Minister Mardon said").
const AFTER_OFFICE = new Set([',', '.', ';', 'of', 'for', 'at', 'to', 'in', 'on']);

/** Whether the comma at `c` opens an apposition that can describe a person: an article or "who"
 * (", the foreign minister,"), an office ("head of the party"), a state's office (", Russia's envoy to the UN,")
 * or the body they come from (", from Human Rights Watch,"). */
export function opensApposition(doc: Doc, sent: Sentence, c: number, lexicon: Ctx['lexicon'], newName = false): boolean {
  const toks = sent.tokens;
  if (toks[c]?.text !== ',') return false;
  const w = toks[c + 1]?.lower ?? '';
  // a name not yet known needs a clear lead: "since Christmas Eve, his family reported" is no apposition
  if (APPOSITION_LEADS.has(w)) return !newName || !LOOSE_LEADS.has(w);
  if (w === 'from') {
    const o = mentionAt(doc, sent.index, c + 2) ?? mentionAt(doc, sent.index, c + 3);
    return !!o && (o.kind === 'organization' || o.kind === 'state' || o.kind === 'place');
  }
  let k = c + 1;
  const st = mentionAt(doc, sent.index, k);
  if (st && st.first === k && st.kind === 'state') k = st.last + 1 + (toks[st.last + 1]?.lower === "'s" ? 1 : 0);
  const head = lexicon.titleHeads.matchAt(sent.lower, sent.raw, k)[0] ?? (k < c + 4 ? lexicon.titleHeads.matchAt(sent.lower, sent.raw, k + 1)[0] : undefined);
  if (!head) return false;
  const at = lexicon.titleHeads.matchAt(sent.lower, sent.raw, k)[0] ? k : k + 1;
  return AFTER_OFFICE.has(sent.lower[at + head.words.length] ?? '.');
}

/** Reads the apposition after a person mention and records its role, state or body. */
// ", the chief of the Armenian army’s General Staff," / ", a senior official at the French ministry’s …,"
export function readApposition(doc: Doc, sent: Sentence, m: Mention, { lexicon }: Ctx): void {
  const toks = sent.tokens;
  const c = m.last + 1;
  if (!opensApposition(doc, sent, c, lexicon)) return;
  let e = c + 1;
  while (e < toks.length && toks[e]!.text !== ',' && toks[e]!.text !== ';' && toks[e]!.text !== '.' && toks[e]!.text !== '—') e++;
  if (toks[c + 1]!.lower === 'who') { m.appositionEnd = e; return; }
  const lower = sent.lower;
  let head = -1;
  let headLen = 0;
  if (toks[c + 1]!.lower === 'from') {
    // ", from the UK's Human Rights Watch,": the body they speak for
    m.appositionEnd = e;
    const o = mentionsIn(doc, sent.index).filter((x) => !x.dropped && x.first > c && x.last < e).sort((a, b) => b.last - a.last)[0];
    if (o?.kind === 'organization' && !o.state && !m.state) m.wants ??= 'org:' + o.name; // a body's staff: no home state
    else if (o?.state && !m.state) m.state = o.state;
    return;
  }
  // ", a professor at Charles University,", ", Chair in Global Politics at Deakin University,": a scholar quoted for comment
  const words = doc.text.slice(toks[c + 1]!.start, toks[Math.max(c + 1, e - 1)]!.end).toLowerCase();
  if (lexicon.nonActorOrgWords.some((w) => words.includes(w)) || words.split(/\W+/).some((w) => lexicon.nonActorRoles.has(w))) m.nonActor = true;
  for (let k = c + 1; k < e; k++) {
    const h = lexicon.titleHeads.matchAt(lower, sent.raw, k)[0];
    if (h) { head = k; headLen = h.words.length; break; }
  }
  if (head < 0) return;
  m.appositionEnd = e;
  if (!m.role) {
    let roleEnd = head + headLen;
    // ", now the prime minister,": the role starts after "the"
    let from = APPOSITION_LEADS.has(lower[c + 1]!) ? c + 2 : c + 1;
    while (from < head && DETERMINERS.has(lower[from]!)) from++;
    // ", Canada's ambassador to the UN,": the office without its owner
    const owner = mentionAt(doc, sent.index, from);
    if (owner && owner.first === from && owner.kind === 'state' && lower[owner.last + 1] === "'s" && owner.last + 2 <= head) from = owner.last + 2;
    const words = titleCase(doc.text.slice(toks[from]!.start, toks[roleEnd - 1]!.end));
    if (lower[roleEnd] === 'of' || lower[roleEnd] === 'at') {
      const rest = toks.slice(roleEnd + 1, e).filter((t) => t.cap && !mentionAt(doc, sent.index, toks.indexOf(t))?.state);
      m.role = words + (rest.length ? ', ' + rest.map((t) => t.text).join(' ') : '');
    } else m.role = words;
  }
  if (!m.state) {
    for (const o of mentionsIn(doc, sent.index)) {
      if (o.dropped || o.first <= c || o.last >= e) continue;
      if (o.state) { m.state = o.state; break; }
      // ", the United Nations Emergency Relief Coordinator,": an official of an international body
      if (o.kind === 'organization' && o.form !== 'national' && o.form !== 'body') { m.wants ??= 'org:' + o.name; break; }
    }
  }
}


/** Marks relatives, witnesses and experts quoted for comment: people, not actors. */
export function markNonActor(m: Mention, { lexicon }: Ctx): void {
  const role = (m.role ?? '').toLowerCase();
  if (!role) return;
  if (role.split(/[\s,]+/).some((w) => lexicon.nonActorRoles.has(w)) || lexicon.nonActorOrgWords.some((w) => role.includes(w))) m.nonActor = true;
}
