// Stage 4: finds organizations of a state: "the Armenian Defense Ministry", "the French Embassy in
// Yerevan", "the Turkish Ministry of Foreign Affairs", "Khachatryan’s press office",
// "the French ministry’s Directorate General of International Relations and Strategy".
import type { Ctx, Doc, Sentence } from '../document.js';
import { addMention, isPossessive, mentionAt, titleCase } from '../mention-utils.js';

interface Mod { first: number; next: number; state: string | null; owner: string | null }

// What stands before the head: a state ("Armenian", "France’s"), a person's possessive
// ("Khachatryan’s"), or nothing.
function readModifier(doc: Doc, sent: Sentence, i: number): Mod {
  const toks = sent.tokens;
  let j = i;
  const atI = mentionAt(doc, sent.index, i);
  if (!(atI && atI.first === i) && (toks[j]?.lower === 'the' || toks[j]?.lower === 'a' || toks[j]?.lower === 'an')) j++;
  const m = mentionAt(doc, sent.index, j);
  if (m && m.first === j && (m.kind === 'state' || m.kind === 'place' || m.kind === 'person' || m.kind === 'organization')) {
    let next = m.last + 1;
    const poss = isPossessive(toks[next]);
    if (poss) next++;
    if (m.kind === 'state' || (m.kind === 'place' && toks[next]?.cap) || poss) return { first: i, next, state: m.state, owner: m.kind === 'person' ? m.name : m.kind === 'organization' ? m.name : null };
  }
  // "Khachatryan’s press office": a capitalized owner not yet known as a person
  if (!m && toks[j]?.cap && isPossessive(toks[j + 1]) && toks[j + 2] && !toks[j + 2]!.cap) return { first: i, next: j + 2, state: null, owner: toks[j]!.text };
  return { first: i, next: j, state: null, owner: null };
}

/** Adds organization mentions built around a head noun of data/lexicon/organizations.json. */
export function findOrganizations(doc: Doc, { lexicon }: Ctx): Doc {
  doc = { ...doc, mentions: [...doc.mentions] };
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    const lower = sent.lower;
    const raw = sent.raw;
    // every organization ends in a head word ("Ministry", "Embassy"): none after i, none from i on
    let lastHead = -1;
    for (let k = lower.length - 1; k >= 0 && lastHead < 0; k--) if (lexicon.orgHeads.startsWith(lower[k]!)) lastHead = k;
    for (let i = 0; i <= lastHead; i++) {
      const inside = mentionAt(doc, sent.index, i);
      if (inside && inside.kind !== 'state' && inside.kind !== 'place') { i = inside.last; continue; } // "the UN Security Council" is known
      const mod = readModifier(doc, sent, i);
      let j = mod.next;
      const start = j;
      // capitalized words before the head ("Armed Forces Ministry", "Defense Ministry")
      while (j < toks.length && toks[j]!.cap && !lexicon.orgHeads.matchAt(lower, raw, j).length && !mentionAt(doc, sent.index, j) && j - start < 4) j++;
      // "Turkey's foreign ministry", "the Chinese defense ministry": office words in lower case
      if ((mod.state || mod.owner) && j === start) while (j < toks.length && j - start < 3 && !toks[j]!.cap && !lexicon.orgHeads.matchAt(lower, raw, j).length && lexicon.titleModifiers.hasWord(lower[j]!)) j++;
      let head = lexicon.orgHeads.matchAt(lower, raw, j)[0];
      if (!head) continue;
      let end = j + head.words.length;
      const capHead = toks[j]!.cap;
      // "Armed Forces Ministry": a head that names a longer head
      for (let h2 = lexicon.orgHeads.matchAt(lower, raw, end)[0]; h2 && toks[end]!.cap === capHead; h2 = lexicon.orgHeads.matchAt(lower, raw, end)[0]) { head = h2; end += h2.words.length; }
      // "A French military delegation" is a group, not the military
      if (lexicon.groupNouns.has(lower[end] ?? '')) continue;
      // "US military aid", "Russian army equipment": a lower-case body word before a noun is a modifier
      if (!capHead && nounAfter(toks[end], lexicon)) continue;
      if (!capHead && !mod.state && !mod.owner) continue;
      if (!capHead && j > start && toks[start]!.cap && !mod.state && !mod.owner) continue;
      // a longer head ("Directorate General") or a chain of possessives ("the French ministry’s Directorate …")
      while (isPossessive(toks[end]) && toks[end + 1]?.cap) {
        let k = end + 1;
        while (k < toks.length && toks[k]!.cap && !lexicon.orgHeads.matchAt(lower, raw, k).length) k++;
        const h2 = lexicon.orgHeads.matchAt(lower, raw, k)[0];
        if (!h2) { end = k; break; }
        head = h2;
        end = k + h2.words.length;
      }
      // "of Foreign Affairs", "of Representatives", "of International Relations and Strategy"
      if (lower[end] === 'of' && lexicon.orgOfHeads.has(head.words.join(' ')) || lower[end] === 'of' && capHead) {
        let k = end + 1;
        if (lower[k] === 'the') k++;
        const om = mentionAt(doc, sent.index, k);
        if (om?.kind === 'state') { mod.state ??= om.state; end = om.last + 1; }
        else {
          let e = k;
          while (e < toks.length && (toks[e]!.cap || (lower[e] === 'and' && toks[e + 1]?.cap)) && !mentionAt(doc, sent.index, e)) e++;
          if (e > k) end = e;
        }
      }
      // "Embassy in Yerevan": the capital names the host, the embassy keeps its own state
      if ((head.words[0] === 'embassy' || head.words[0] === 'consulate') && lower[end] === 'in') {
        const pm = mentionAt(doc, sent.index, end + 1);
        if (pm && (pm.kind === 'place' || pm.kind === 'state')) end = pm.last + 1;
      }
      if (end - (mod.state || mod.owner ? mod.next : start) < 1) continue;
      const ownerAtFirst = mentionAt(doc, sent.index, mod.first)?.first === mod.first;
      const first = mod.state || mod.owner ? mod.first + (!ownerAtFirst && (lower[mod.first] === 'the' || lower[mod.first] === 'a') ? 1 : 0) : start;
      const text = doc.text.slice(toks[first]!.start, toks[end - 1]!.end);
      const name = titleCaseIfShort(text.replace(/^(the|a|an)\s+/i, ''));
      // a state's own body ("the Foreign Ministry") acts for the home state when the text names none
      const national = lexicon.stateHeads.has(head.words.join(' ')) || !!mod.state;
      addMention(doc, { sentence: sent.index, first, last: end - 1, kind: 'organization', name, state: mod.state, role: null, wants: mod.owner ?? undefined, form: national ? 'national' : 'body' });
      i = end - 1;
    }
  }
  return doc;
}

// Words after a body's name that go on with its clause ("the US military said", "has", "will").
const CLAUSE_WORDS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'also', 'not', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'by', 'that', 'which', 'who', 'as', 'than', 'into', 'over', 'after', 'before', 'since', 'says', 'said', 'spokesman', 'spokeswoman', 'spokesperson']);
// A common noun right after a lower-case body word ("military aid"): not a verb, not a clause word.
function nounAfter(t: { text: string; lower: string } | undefined, lexicon: Ctx['lexicon']): boolean {
  if (!t || !/^\p{Ll}+$/u.test(t.text) || CLAUSE_WORDS.has(t.lower) || lexicon.verbForms.has(t.lower)) return false;
  if (/(ed|s|ly|ing)$/.test(t.lower) || lexicon.titleHeads.startsWith(t.lower) || lexicon.orgHeads.startsWith(t.lower)) return false;
  return true;
}

// "Armenian Defense Ministry" stays; "French ministry" becomes "French Ministry" only for display consistency
const titleCaseIfShort = (s: string): string => (s.split(/\s+/).length <= 3 && !/[’']s\b/.test(s) ? titleCase(s) : s);
