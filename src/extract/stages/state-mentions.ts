// Stage 2: finds states ("France", "Armenian", "the Kremlin", "ARM"), named international bodies
// ("NATO", "the United Nations") and news outlets (kept out of the actors: "Reuters reported").
import type { Doc, Mention } from '../document.js';
import type { Ctx } from '../document.js';
import { LOCATIVE, addMention } from '../mention-utils.js';
import { hasDash } from '../word-shape.js';

const REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast', 'southwest']);
const PARTICLE_PREFIX = /^\p{Ll}{1,3}-\p{Lu}/u;
const DASHES = /[-‐–]/;

/** Adds state, body and place mentions to every sentence. */
export function findStates(doc: Doc, { lexicon }: Ctx): Doc {
  doc = { ...doc, mentions: [...doc.mentions] };
  for (const sent of doc.sentences) {
    const lower = sent.lower;
    const raw = sent.raw;
    for (let i = 0; i < sent.tokens.length; i++) {
      const tok = sent.tokens[i]!;
      // a capitalized phrase, "the" + capitalized phrase, or a name with a lower-case particle ("al-Shabaab")
      if (!tok.cap && !(tok.lower === 'the' && (sent.tokens[i + 1]?.cap ?? false)) && !(tok.text.includes('-') && PARTICLE_PREFIX.test(tok.text))) {
        if (hasDash(tok.text)) i = hyphenPair(doc, sent.index, i, lexicon) ?? i;
        continue;
      }
      const media = lexicon.mediaOutlets.matchAt(lower, raw, i);
      if (media.length) { i += media[0]!.words.length - 1; continue; }
      const state = lexicon.statePhrases.matchAt(lower, raw, i);
      const sl = state[0]?.words.length ?? 0;
      // "the U.S. State Department": a body that starts after "the" and outruns "the U.S."
      const bodyAt = tok.lower === 'the' && !lexicon.bodies.matchAt(lower, raw, i).length ? i + 1 : i;
      const body = lexicon.bodies.matchAt(lower, raw, bodyAt);
      const bl = body[0]?.words.length ?? 0;
      if (bl && bodyAt + bl >= i + sl) {
        const b = body[0]!.value;
        addMention(doc, { sentence: sent.index, first: bodyAt, last: bodyAt + bl - 1, kind: b.kind, name: b.name, state: b.state, role: null, ...(b.state ? { stateFact: b.fact } : {}) });
        i = bodyAt + bl - 1;
        continue;
      }
      if (sl) {
        const last = i + sl - 1;
        if (!(sent.tokens[last]?.cap ?? false) && !(sent.tokens[last]!.text.charCodeAt(0) >= 65 && sent.tokens[last]!.text.charCodeAt(0) <= 90)) continue;
        const hit = state[0]!.value;
        // "in eastern Ukraine", "in north Nicosia": a part of the state or city after a locative
        const part = REGION_WORDS.has(sent.tokens[i - 1]?.lower ?? '') && LOCATIVE.has(sent.tokens[i - 2]?.lower ?? '') ? 1 : 0;
        const prev = sent.tokens[i - 1 - part]?.lower ?? '';
        // "landed in Tel Aviv", "from Chongqing": a city or province names a place only after a locative
        if (hit.form === 'place' && !LOCATIVE.has(prev) && prev !== 'of') continue; // "the mayor of Haifa" too
        // "in Paris", "from Iran" name places; "aid to Iran" names the state itself
        const place = hit.form === 'place' || part === 1 || (hit.form === 'capital' || hit.form === 'metonym' || (hit.form === 'name' && prev !== 'to')) && LOCATIVE.has(prev);
        // "Palestinians", "Israelis": a people named by its plural demonym acts like the state
        const people = hit.form === 'demonym' && /[^s]s$/.test(sent.tokens[last]!.text);
        const m: Omit<Mention, 'id' | 'refs' | 'text'> = {
          sentence: sent.index, first: i - (place ? part : 0), last, kind: place ? 'place' : 'state', name: lexicon.states.get(hit.code)!.name,
          state: hit.code, role: null, form: people ? 'people' : hit.form,
        };
        addMention(doc, m);
        i = last;
        continue;
      }
      if (hasDash(tok.text)) i = hyphenPair(doc, sent.index, i, lexicon) ?? i;
    }
  }
  shortDirectionNames(doc, lexicon);
  return doc;
}

const DIRECTIONS = new Set(['North', 'South', 'East', 'West']);

// "The North frequently rails at the United States": after "North Korea", "the North" is that state
// (one state of that direction named in the article; "the North Atlantic" is a longer name).
function shortDirectionNames(doc: Doc, lexicon: Ctx['lexicon']): void {
  const byDirection = new Map<string, Set<string>>();
  for (const m of doc.mentions) {
    if (m.kind !== 'state' || !m.state) continue;
    const word = lexicon.states.get(m.state)?.name.split(' ');
    if (word && word.length === 2 && DIRECTIONS.has(word[0]!)) (byDirection.get(word[0]!) ?? byDirection.set(word[0]!, new Set()).get(word[0]!)!).add(m.state);
  }
  if (!byDirection.size) return;
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    for (let i = 1; i < toks.length; i++) {
      const codes = byDirection.get(toks[i]!.text);
      if (!codes || codes.size !== 1 || toks[i - 1]!.lower !== 'the' || toks[i + 1]?.cap || toks[i + 1]?.lower === "'s" && toks[i + 2]?.cap) continue;
      if (doc.mentions.some((m) => m.sentence === sent.index && m.first <= i && m.last >= i)) continue;
      const code = [...codes][0]!;
      addMention(doc, { sentence: sent.index, first: i - 1, last: i, kind: 'state', name: lexicon.states.get(code)!.name, state: code, role: null, form: 'name' });
    }
  }
}


// "the Armenian-Azerbaijani border", "Turkish-Libyan": each part a state mention on the same token.
function hyphenPair(doc: Doc, s: number, i: number, lexicon: Ctx['lexicon']): number | null {
  const tok = doc.sentences[s]!.tokens[i]!;
  const parts = tok.text.split(DASHES);
  if (parts.length < 2) return null;
  const hits = parts.map((p) => lexicon.statePhrases.matchAt([p.toLowerCase()], [p], 0)[0]?.value);
  if (hits.some((h) => !h || h.form !== 'demonym' && h.form !== 'name')) return null;
  for (const h of hits) {
    doc.mentions.push({ id: doc.mentions.length, sentence: s, first: i, last: i, kind: 'state', text: tok.text, name: lexicon.states.get(h!.code)!.name, state: h!.code, role: null, form: 'demonym', refs: [] });
  }
  return i;
}
