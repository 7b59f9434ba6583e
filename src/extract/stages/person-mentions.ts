// Stage 3: finds persons introduced with an office ("Armenian Defense Minister Suren Papikyan",
// "Egyptian foreign minister Sameh Shoukry", "The Italian foreign minister, Luigi Di Maio,"),
// their appositions ("Eduard Asrian, the chief of the Armenian army’s General Staff"), and names
// that act without a title ("Charles said"), later found again by surname alone ("Macron").
import type { Ctx, Doc, Mention, Sentence } from '../document.js';
import { DETERMINERS, NAME_PARTICLES, addMention, isPossessive, mentionAt, nameWord, titleCase, mentionsIn } from '../mention-utils.js';

interface Title { first: number; end: number; state: string | null; org: string | null; role: string; lowerHead: boolean; plural: boolean; national: boolean }

/** Reads an office before token `i`…: returns where the title ends (exclusive) or null. */
function readTitle(doc: Doc, sent: Sentence, i: number, { lexicon }: Ctx): Title | null {
  const toks = sent.tokens;
  const lower = sent.lower;
  const raw = sent.raw;
  let j = i;
  const atI = mentionAt(doc, sent.index, i);
  if (!(atI && atI.first === i) && DETERMINERS.has(lower[j] ?? '') && lower[j] !== 'his' && lower[j] !== 'her') j++;
  let state: string | null = null;
  let org: string | null = null;
  const m = mentionAt(doc, sent.index, j);
  let national = false;
  let roleFrom = -1;
  if (m && m.first === j && (m.kind === 'state' || m.kind === 'organization' || m.kind === 'group')) {
    if (m.kind === 'state') state = m.state; else { org = m.name; state = m.state; national = m.form === 'national'; }
    // "French Armed Forces Minister": the office is "Armed Forces Minister", without the state
    if (national && !isPossessive(toks[m.last + 1])) {
      const inner = mentionsIn(doc, sent.index).find((o) => o.dropped && o.kind === 'state' && o.first >= m.first && o.last < m.last);
      if (inner) roleFrom = inner.last + 1 + (isPossessive(toks[inner.last + 1]) ? 1 : 0);
    }
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
    if (headEnd < 0 && /s$/.test(lower[j]!) && lexicon.pluralTitles.has(lower[j]!) && nameWord(toks[j + 1])) {
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
    if (toks[j]!.cap && !mentionAt(doc, sent.index, j) && headEnd < 0 && /^[\p{Lu}][\p{L}-]+$/u.test(toks[j]!.text) && !lexicon.titlePrefixes.has(lower[j]!)) { j++; continue; }
    break;
  }
  if (headEnd < 0) return null;
  // "Ambassador to Germany", "Ambassador to the United Nations": the post, not the person's state
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
    else {
      let e = k;
      while (e < toks.length && (toks[e]!.cap || lower[e] === 'and') && !mentionAt(doc, sent.index, e)) e++;
      if (e > k && e < toks.length && nameWord(toks[e]) && !(toks[e - 1]!.lower === 'and')) headEnd = e;
    }
  }
  const role = titleCase(doc.text.slice(toks[roleStart]!.start, toks[headEnd - 1]!.end).replace(/\s+/g, ' '));
  return { first: i, end: headEnd, state, org, role: plural ? role.replace(/s$/, '') : role, lowerHead, plural, national };
}

/** Reads a person's name starting at `j`: the index after it, or j when there is none. */
export function readName(doc: Doc, sent: Sentence, j: number, { lexicon }: Ctx): number {
  const toks = sent.tokens;
  while (toks[j] && lexicon.titlePrefixes.has(toks[j]!.lower)) j++;
  let k = j;
  let words = 0;
  while (k < toks.length && words < 5) {
    const t = toks[k]!;
    const m = mentionAt(doc, sent.index, k);
    if (m && m.kind !== 'place') break;
    if (nameWord(t) && !(m && m.kind === 'place' && words === 0)) { k++; words++; continue; }
    if (NAME_PARTICLES.has(t.lower) && words > 0 && nameWord(toks[k + 1])) { k++; continue; }
    break;
  }
  return words ? k : j;
}

/** Adds person mentions: titled, in apposition, bare names in speech frames, and surnames. */
export function findPersons(doc: Doc, ctx: Ctx): Doc {
  doc = { ...doc, mentions: [...doc.mentions] };
  const known: Mention[] = [];
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length; i++) {
      // a title starts with a capital, a determiner, a known title word or a mention
      const lw = sent.lower[i]!;
      if (!toks[i]!.cap && !DETERMINERS.has(lw) && !ctx.lexicon.titleHeads.startsWith(lw) && !ctx.lexicon.titleModifiers.startsWith(lw)) continue;
      if (mentionAt(doc, sent.index, i)?.kind === 'person') continue;
      const title = readTitle(doc, sent, i, ctx);
      if (!title) continue;
      let nameStart = title.end;
      let nameEnd = readName(doc, sent, nameStart, ctx);
      let apposed = false;
      // "The Italian foreign minister, Luigi Di Maio, joined …"
      if (nameEnd === nameStart && toks[nameStart]?.text === ',') {
        const e = readName(doc, sent, nameStart + 1, ctx);
        if (e > nameStart + 1 && (toks[e]?.text === ',' || toks[e]?.text === '.' || !toks[e])) { nameStart += 1; nameEnd = e; apposed = true; }
      }
      if (nameEnd === nameStart) continue;
      if (title.lowerHead && !title.state && !title.org && nameEnd - nameStart < 1) continue;
      const startAt = title.state || title.org ? title.first : firstRoleToken(sent, title.first);
      const name = doc.text.slice(toks[nameStart]!.start, toks[nameEnd - 1]!.end);
      // "President Hassan Rouhani of Iran", "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
      const ofState = !apposed && toks[nameEnd]?.lower === 'of' ? mentionAt(doc, sent.index, nameEnd + 1) : undefined;
      const ofCode = ofState && (ofState.kind === 'state' || ofState.kind === 'place') && ofState.first === nameEnd + 1 ? ofState : undefined;
      const m = addMention(doc, { sentence: sent.index, first: startAt, last: ofCode ? ofCode.last : apposed && nameEnd < toks.length ? nameEnd : nameEnd - 1, kind: 'person', name: stripPrefix(name, ctx), state: ofCode?.state ?? title.state ?? ctx.lexicon.titleState.get(title.role.toLowerCase()) ?? null, role: title.role });
      // "Foreign Ministry spokesperson X" speaks for a state; "Bank president X" for the bank
      if (title.org && !title.national) m.wants = 'org:' + title.org;
      const famous = ctx.lexicon.people.matchAt(sent.lower, sent.raw, nameStart)[0];
      if (famous && nameStart + famous.words.length === nameEnd) {
        m.state ??= famous.value.state;
        m.name = famous.value.name;
        if (!famous.value.state) m.wants = 'org:' + famous.value.role; // an international official: no home state
      }
      if (title.plural) findPluralTitleList(doc, sent, m, ctx, known);
      readApposition(doc, sent, m, ctx);
      markNonActor(m, ctx);
      known.push(m);
      i = m.last;
    }
  }
  // Well-known office holders named without a title: "Obama said", "Putin and Erdogan met"
  for (const sent of doc.sentences) {
    for (let i = 0; i < sent.tokens.length; i++) {
      if (!sent.tokens[i]!.cap && !ctx.lexicon.people.startsWith(sent.lower[i]!)) continue;
      const hit = ctx.lexicon.people.matchAt(sent.lower, sent.raw, i)[0];
      if (!hit) continue;
      const last = i + hit.words.length - 1;
      const over = mentionAt(doc, sent.index, i) ?? mentionAt(doc, sent.index, last);
      if (over) { i = over.last; continue; }
      if (nameWord(sent.tokens[last + 1])) continue; // part of a longer name
      const m = addMention(doc, { sentence: sent.index, first: i, last, kind: 'person', name: hit.value.name, state: hit.value.state, role: hit.value.role });
      if (!hit.value.state) m.wants = 'org:' + hit.value.role;
      readApposition(doc, sent, m, ctx);
      known.push(m);
      i = last;
    }
  }
  // Bare names: "Charlotte Charles said", "said Sergei Lavrov", "Ollagnier, a senior official at …"
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!nameWord(toks[i]) || mentionAt(doc, sent.index, i)) continue;
      const end = readName(doc, sent, i, ctx);
      if (end - i < 2 && !known.some((k) => surnameOf(k.name) === toks[i]!.text)) { i = Math.max(i, end - 1); continue; }
      const name = doc.text.slice(toks[i]!.start, toks[end - 1]!.end);
      const next = toks[end];
      const prev = toks[i - 1];
      const speech = (t: typeof next) => !!t && ctx.lexicon.speechVerbs.has(t.lower);
      const apposition = next?.text === ',' && /^(a|an|the|who)$/i.test(toks[end + 1]?.text ?? '');
      // "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian"
      const inList = (prev?.text === ',' || prev?.lower === 'and') && (/^counterparts?$/.test(toks[i - 2]?.lower ?? '') || mentionAt(doc, sent.index, i - 2)?.kind === 'person' || listAfterCounterparts(sent, i));
      const matchesKnown = known.some((k) => k.name === name || surnameOf(k.name) === name);
      // "met with John Smith", "accused Maria Ortiz of …": a two-word name acted upon by a frame verb
      const acted = end - i >= 2 && end - i <= 3 && actedUpon(sent, i, ctx);
      if (!(speech(next) || speech(prev) || apposition || inList || matchesKnown || acted || (next?.text === ',' && speech(toks[end + 1])))) { i = end - 1; continue; }
      if (i === 0 && end - i < 2 && !matchesKnown) { i = end - 1; continue; }
      const full = known.find((k) => k.name === name || surnameOf(k.name) === name);
      const m = addMention(doc, { sentence: sent.index, first: i, last: end - 1, kind: 'person', name: full?.name ?? name, state: null, role: null });
      readApposition(doc, sent, m, ctx);
      // "Dunn's mother, Charlotte Charles, said"
      if (prev?.text === ',' && ctx.lexicon.nonActorRoles.has(toks[i - 2]?.lower ?? '')) m.nonActor = true;
      markNonActor(m, ctx);
      if (full?.nonActor) m.nonActor = true;
      if (!full) known.push(m);
      i = m.last;
    }
  }
  assignRespectively(doc);
  return doc;
}

// "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le
// Drian, respectively": the adjectives give the names their states, in order
function assignRespectively(doc: Doc): void {
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    const at = toks.findIndex((t, k) => /^counterparts$/.test(t.lower) && toks[k + 1]?.text === ',');
    if (at < 0) continue;
    const live = mentionsIn(doc, sent.index).filter((m) => !m.dropped);
    let from = at - 1;
    while (from > 0 && !/^(his|her|their|its)$/.test(toks[from]!.lower)) from--;
    const states = live.filter((m) => m.kind === 'state' && m.first > from && m.last < at).sort((a, b) => a.first - b.first);
    const persons = live.filter((m) => m.kind === 'person' && m.first > at).sort((a, b) => a.first - b.first).slice(0, states.length);
    if (states.length < 2 || persons.length !== states.length) continue;
    persons.forEach((p, k) => { p.state ??= states[k]!.state; });
  }
}

// "Presidents A of Nigeria and B of Benin": the later names share the plural title
function findPluralTitleList(doc: Doc, sent: Sentence, first: Mention, ctx: Ctx, known: Mention[]): void {
  const toks = sent.tokens;
  let k = first.last + 1;
  while (toks[k] && (toks[k]!.lower === 'and' || toks[k]!.text === ',')) {
    const s = k + 1;
    const e = readName(doc, sent, s, ctx);
    if (e === s) return;
    const ofState = toks[e]?.lower === 'of' ? mentionAt(doc, sent.index, e + 1) : undefined;
    const m = addMention(doc, { sentence: sent.index, first: s, last: ofState ? ofState.last : e - 1, kind: 'person', name: doc.text.slice(toks[s]!.start, toks[e - 1]!.end), state: ofState?.state ?? first.state, role: first.role });
    known.push(m);
    k = m.last + 1;
  }
}

// The role starts at the first title word, so "The" and "a" stay out of a person's span.
function firstRoleToken(sent: Sentence, i: number): number {
  return DETERMINERS.has(sent.tokens[i]!.lower) ? i + 1 : i;
}

function stripPrefix(name: string, { lexicon }: Ctx): string {
  const parts = name.split(/\s+/);
  while (parts.length > 1 && lexicon.titlePrefixes.has(parts[0]!.toLowerCase())) parts.shift();
  return parts.join(' ');
}

// Whether a frame verb that acts on people stands right before token i ("met with", "accused").
function actedUpon(sent: Sentence, i: number, { lexicon }: Ctx): boolean {
  let k = i - 1;
  if (/^(with|by)$/.test(sent.lower[k] ?? '')) k--;
  const frames = lexicon.framesByTrigger.get(sent.lower[k] ?? '') ?? [];
  // a visit verb takes places ("visited New Delhi"), which are not people
  return frames.some((f) => !f.noun && f.type !== 'visit' && f.type !== 'statement' && f.steps.some((s) => s.kind === 'slot'));
}

// Whether token i sits in a comma list that follows "counterparts,".
function listAfterCounterparts(sent: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    if (/^counterparts?$/.test(sent.tokens[k]!.lower)) return sent.tokens[k + 1]?.text === ',';
    if (sent.tokens[k]!.text === '.' || sent.tokens[k]!.text === ';') return false;
  }
  return false;
}

// Relatives, witnesses and experts quoted for comment are people, not actors.
function markNonActor(m: Mention, { lexicon }: Ctx): void {
  const role = (m.role ?? '').toLowerCase();
  if (!role) return;
  if (role.split(/[\s,]+/).some((w) => lexicon.nonActorRoles.has(w)) || lexicon.nonActorOrgWords.some((w) => role.includes(w))) m.nonActor = true;
}

/** The last word of a name, the one news uses alone ("Macron"). */
export const surnameOf = (name: string): string => name.split(/\s+/).at(-1) ?? name;

// ", the chief of the Armenian army’s General Staff," / ", a senior official at the French ministry’s …,"
function readApposition(doc: Doc, sent: Sentence, m: Mention, { lexicon }: Ctx): void {
  const toks = sent.tokens;
  const c = m.last + 1;
  if (toks[c]?.text !== ',' || !/^(a|an|the|who|now|then|also|his|her)$/i.test(toks[c + 1]?.text ?? '')) return;
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
    if (lower[roleEnd] === 'of' || lower[roleEnd] === 'at') {
      const rest = toks.slice(roleEnd + 1, e).filter((t) => t.cap && !mentionAt(doc, sent.index, toks.indexOf(t))?.state);
      m.role = titleCase(toks.slice(c + 2, roleEnd).map((t) => t.text).join(' ')) + (rest.length ? ', ' + rest.map((t) => t.text).join(' ') : '');
    } else m.role = titleCase(toks.slice(c + 2, roleEnd).map((t) => t.text).join(' '));
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
