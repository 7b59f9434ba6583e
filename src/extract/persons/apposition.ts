// A person's apposition (", the chief of the Armenian army’s General Staff,") gives the role, the
// state or the body they act for, and tells relatives and experts (not actors) from officials.
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import { DETERMINERS, mentionAt, mentionsIn, titleCase } from '../mention-utils.js';

const APPOSITION_LEADS = new Set(['a', 'an', 'the', 'who', 'now', 'then', 'also', 'his', 'her']);

/** Reads the apposition after a person mention and records its role, state or body. */
// ", the chief of the Armenian army’s General Staff," / ", a senior official at the French ministry’s …,"
export function readApposition(doc: Doc, sent: Sentence, m: Mention, { lexicon }: Ctx): void {
  const toks = sent.tokens;
  const c = m.last + 1;
  if (toks[c]?.text !== ',' || !APPOSITION_LEADS.has(toks[c + 1]?.lower ?? '')) return;
  let e = c + 1;
  while (e < toks.length && toks[e]!.text !== ',' && toks[e]!.text !== ';' && toks[e]!.text !== '.' && toks[e]!.text !== '—') e++;
  if (toks[c + 1]!.lower === 'who') { m.appositionEnd = e; return; }
  const lower = sent.lower;
  let head = -1;
  let headLen = 0;
  for (let k = c + 2; k < e; k++) {
    const h = lexicon.titleHeads.matchAt(lower, sent.raw, k)[0];
    if (h) { head = k; headLen = h.words.length; break; }
  }
  if (head < 0) return;
  m.appositionEnd = e;
  if (!m.role) {
    let roleEnd = head + headLen;
    // ", now the prime minister,": the role starts after "the"
    let from = c + 2;
    while (from < head && DETERMINERS.has(lower[from]!)) from++;
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
