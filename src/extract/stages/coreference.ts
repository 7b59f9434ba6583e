// Stage 7: resolves pronouns and descriptions to entities: "He said …" (the last person who acted),
// "They concluded …", "It did not elaborate", "the two ministers", "the delegation", "the embassy",
// and records who heads a delegation ("The delegation headed by Guillaume Ollagnier").
import type { Ctx, Doc, EntityDraft, Mention } from '../document.js';
import type { Lexicon } from '../lexicon/types.js';
import { ensureStateEntity, mentionsIn } from '../mention-utils.js';
import { isObject } from '../find-subject.js';

// "the president" is not the vice president, nor a former one
const SECOND_RANK = /^(vice|deputy|former|ex|assistant|under)\b/;
const holds = (role: string | null, office: string): boolean => {
  const r = (role ?? '').toLowerCase();
  return r.includes(office) && (SECOND_RANK.test(office) || !SECOND_RANK.test(r));
};

const OPENING_SUBORDINATORS = new Set(['after', 'before', 'while', 'since', 'when', 'upon', 'on']);
const ACTOR = new Set(['person', 'state', 'organization', 'group']);

// Resolved actor mentions before mention `m` (same sentence first, then earlier ones, nearest first).
function* before(doc: Doc, m: Mention, window = 8): Generator<Mention> {
  for (let s = m.sentence; s >= Math.max(0, m.sentence - window); s--) yield* resolvedIn(doc, s, s === m.sentence ? m.first : Infinity);
}

// The first item of a sequence that passes `ok`.
function firstOf<T>(items: Iterable<T>, ok: (x: T) => boolean): T | undefined {
  for (const x of items) if (ok(x)) return x;
  return undefined;
}

// Resolved mentions of sentence s that end before token `upTo`, nearest first.
function resolvedIn(doc: Doc, s: number, upTo: number): Mention[] {
  return mentionsIn(doc, s).filter((o) => !o.dropped && o.refs.length && o.last < upTo).sort((a, b) => b.first - a.first);
}

// The subject of a sentence: its first resolved actor mention outside quotes that no verb or
// preposition governs ("After speaking to Obama, he said": not Obama), else its first one.
function subjectOf(doc: Doc, s: number, lexicon: Lexicon, upTo = Infinity, freeOnly = false): Mention | undefined {
  const sent = doc.sentences[s]!;
  let best: Mention | undefined;
  let free: Mention | undefined;
  for (const o of mentionsIn(doc, s)) {
    if (o.dropped || !o.refs.length || o.first >= upTo || sent.tokens[o.first]!.quoted) continue;
    if (!best || o.first < best.first) best = o;
    // a passive's agent ("a point made by Kerry … after he met") acts like a subject
    if ((!free || o.first < free.first) && (!isObject(sent, o, lexicon) || sent.tokens[o.first - 1]?.lower === 'by')) free = o;
  }
  return freeOnly ? free : free ?? best;
}

function pick(doc: Doc, m: Mention, lexicon: Lexicon, ok: (e: EntityDraft, o: Mention) => boolean): string[] {
  // prefer the subject of this sentence (before m), then of the previous sentences
  // "After speaking to Obama, he said": the opening phrase's object is not who "he" is
  const toks = doc.sentences[m.sentence]!.tokens;
  const openingParticiple = OPENING_SUBORDINATORS.has(toks[0]?.lower ?? '') && (toks[1]?.lower ?? '').endsWith('ing');
  const here = subjectOf(doc, m.sentence, lexicon, m.first, openingParticiple);
  if (here && here.refs.length === 1 && ok(doc.entities.get(here.refs[0]!)!, here)) return here.refs;
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 4); s--) {
    const subj = subjectOf(doc, s, lexicon);
    if (subj && subj.refs.every((r) => ok(doc.entities.get(r)!, subj))) return subj.refs;
    const any = resolvedIn(doc, s, Infinity).find((o) => o.refs.every((r) => ok(doc.entities.get(r)!, o)));
    if (any) return any.refs;
  }
  return [];
}

function lastDistinct(doc: Doc, m: Mention, n: number, ok: (e: EntityDraft) => boolean, window = 8): string[] {
  const out: string[] = [];
  for (const o of before(doc, m, window)) {
    for (const r of o.refs) if (!out.includes(r) && ok(doc.entities.get(r)!)) out.push(r);
    if (out.length >= n) return out.slice(0, n);
  }
  return [];
}

// The entity passing `ok` that the sentences before m name most often, the nearest on a tie: in an
// article about Obama's trip to Havana, "the president" is Obama even just after "President Castro".
function mostNamed(doc: Doc, m: Mention, ok: (e: EntityDraft) => boolean, window: number): string[] {
  const count = new Map<string, number>();
  for (const o of before(doc, m, window)) for (const r of o.refs) if (ok(doc.entities.get(r)!)) count.set(r, (count.get(r) ?? 0) + 1);
  let best: string | undefined;
  for (const [r, n] of count) if (!best || n > count.get(best)!) best = r;
  return best ? [best] : [];
}

// Distinct persons named in the last few sentences before m that pass `ok`, in order of appearance.
function recentPersons(doc: Doc, m: Mention, ok: (e: EntityDraft) => boolean): string[] {
  const out: string[] = [];
  const ms = [...before(doc, m, 5)].reverse();
  for (const o of ms) for (const r of o.refs) { const e = doc.entities.get(r)!; if (e.kind === 'person' && ok(e) && !out.includes(r)) out.push(r); }
  return out.slice(0, 8);
}

/** Resolves every pronoun and description that can be resolved. */
export function resolveCoreference(doc: Doc, ctx: Ctx): Doc {
  const ordered = [...doc.mentions].filter((m) => !m.dropped).sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  // "A French military delegation … The French defense officials held talks": officials of the state
  // of a delegation met earlier are that delegation
  for (const m of ordered) {
    if (m.kind !== 'group' || !/officials|diplomats/i.test(m.name) || m.refs.some((r) => /delegation/.test(r))) continue;
    const del = firstOf(before(doc, m), (o) => o.refs.length === 1 && /delegation/.test(o.refs[0]!) && doc.entities.get(o.refs[0]!)?.state === m.state);
    if (del) { doc.entities.get(del.refs[0]!)!.aliases.add(m.text); m.refs = del.refs; }
  }
  // "after huddling with his Venezuelan counterpart": the one person of that state the article names
  for (const m of ordered) {
    if (m.kind !== 'group' || !m.state || !/\bcounterparts?$/i.test(m.text) || /s$/i.test(m.text)) continue;
    const persons = [...doc.entities.values()].filter((e) => e.kind === 'person' && e.state === m.state);
    if (persons.length === 1) { persons[0]!.aliases.add(m.text); m.refs = [persons[0]!.id]; }
  }
  // "The Russian president was greeted by Kim": the president of that state the article has named
  for (const m of ordered) {
    if (m.kind !== 'group' || !m.state || !/^the\b/i.test(m.text) || /s$/i.test(m.text) || /\bcounterpart$/i.test(m.text)) continue;
    const office = m.text.toLowerCase().split(' ').at(-1)!;
    const named = mostNamed(doc, m, (e) => e.kind === 'person' && e.state === m.state && holds(e.role, office), 40);
    if (named.length) { doc.entities.get(named[0]!)!.aliases.add(m.text); m.refs = named; }
  }
  for (const m of ordered) {
    if (m.kind !== 'pronoun' && m.kind !== 'description') continue;
    const w = m.wants ?? '';
    const [what, arg] = w.split(':');
    if (w === 'person') m.refs = pick(doc, m, ctx.lexicon, (e) => e.kind === 'person');
    else if (w === 'plural') m.refs = pick(doc, m, ctx.lexicon, (e, o) => e.kind === 'group' || e.kind === 'organization' || (o.refs.length > 1));
    else if (w === 'collective') {
      // "Stockholm remained committed to the agreement it signed": the nearest body or state before "it"
      const ok = (e: EntityDraft) => e.kind === 'organization' || e.kind === 'state';
      const near = firstOf(before(doc, m, 0), (o) => o.refs.length === 1 && ok(doc.entities.get(o.refs[0]!)!) && !(o.kind === 'state' && o.form === 'demonym'));
      m.refs = near ? near.refs : pick(doc, m, ctx.lexicon, ok);
    }
    else if (w === 'owner-state') {
      // "Castro spoke. His government criticizes the United States": the state of the person "his" is
      const owner = pick(doc, m, ctx.lexicon, (e) => e.kind === 'person' && !!e.state)[0];
      const state = owner ? doc.entities.get(owner)?.state : null;
      m.refs = state ? [ensureStateEntity(doc, state, ctx.lexicon)] : [];
    }
    else if (w === 'delegation') m.refs = lastDistinct(doc, m, 1, (e) => e.kind === 'group' && /delegation/i.test(e.name));
    else if (what === 'persons') {
      // "the two ministers" are two ministers; "the two leaders", "the pair" any two persons
      const word = m.name.split(' ').at(-1)!.replace(/s$/, '');
      const office = word !== 'leader' && ctx.lexicon.titleHeads.matchAt([word], [word], 0).length > 0;
      m.refs = lastDistinct(doc, m, Number(arg), (e) => e.kind === 'person' && (!office || (e.role ?? '').toLowerCase().includes(word)));
    } else if (what === 'states') {
      // "Saudi Arabia and Qatar urged both countries …": the two sides are not the subjects themselves
      const sent = doc.sentences[m.sentence]!;
      const subjects = new Set(mentionsIn(doc, m.sentence).filter((o) => !o.dropped && o.last < m.first && o.refs.length && !isObject(sent, o, ctx.lexicon)).flatMap((o) => o.refs));
      m.refs = lastDistinct(doc, m, Number(arg), (e) => e.kind === 'state' && !subjects.has(e.id));
    }
    else if (what === 'organization') m.refs = lastDistinct(doc, m, 1, (e) => e.kind === 'organization' && e.name.toLowerCase().includes(arg!));
    // "the president" keeps pointing to the same person through a long article
    else if (what === 'person') {
      m.refs = mostNamed(doc, m, (e) => e.kind === 'person' && holds(e.role, arg!) && (!m.state || e.state === m.state), 40);
      // "The president of Turkey vowed …" with no such president named: the office acts for its state
      if (!m.refs.length && m.state && doc.entities.has(`state:${m.state}`)) m.refs = [`state:${m.state}`];
    }
    else if (what === 'group') {
      // "The foreign ministers agreed …": the ministers named just before, else the group they formed
      const word = (arg ?? '').replace(/s$/, '');
      const named = recentPersons(doc, m, (e) => (e.role ?? '').toLowerCase().includes(word));
      m.refs = named.length >= 2 ? named : lastDistinct(doc, m, 1, (e) => e.kind === 'group');
    }
    else if (w === 'state') {
      // "…its invitation to Israel, urging the country to cease": acted upon, the country is the last other state named
      const sent = doc.sentences[m.sentence]!;
      const subjects = new Set(mentionsIn(doc, m.sentence).filter((o) => !o.dropped && o.last < m.first && o.refs.length && !isObject(sent, o, ctx.lexicon)).flatMap((o) => o.refs));
      const other = isObject(sent, m, ctx.lexicon) && subjects.size ? lastDistinct(doc, m, 1, (e) => e.kind === 'state' && !subjects.has(e.id)) : [];
      m.refs = other.length ? other : doc.homeState && doc.entities.has(`state:${doc.homeState}`) ? [`state:${doc.homeState}`] : lastDistinct(doc, m, 1, (e) => e.kind === 'state');
    }
    if (m.kind === 'description' && m.refs.length === 1) doc.entities.get(m.refs[0]!)?.aliases.add(m.text); // name forms, not pronouns
  }
  // "the delegation headed by X": X shares the delegation's meetings
  for (const m of ordered) {
    if (!m.refs.length || !m.refs.every((r) => /delegation/i.test(r))) continue;
    const toks = doc.sentences[m.sentence]!.tokens;
    if (!/^(headed|led)$/.test(toks[m.last + 1]?.lower ?? '') || toks[m.last + 2]?.lower !== 'by') continue;
    const head = mentionsIn(doc, m.sentence).find((o) => !o.dropped && o.first === m.last + 3 && o.kind === 'person');
    if (head) m.headedBy = head.id;
  }
  return doc;
}

/** Whether a mention can act (an actor, or a resolved pointer to one). */
export const isActor = (m: Mention): boolean => (ACTOR.has(m.kind) || m.kind === 'pronoun' || m.kind === 'description') && m.refs.length > 0;
