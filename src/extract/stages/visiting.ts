// Stage 8b: visits told by an adjective ("a group of visiting French lawmakers", "the visiting Chinese
// delegation": the host is the state of the place named in the sentence, else the article's home
// state) and by a meeting abroad ("Orban met Putin in Moscow": Orban visited Russia).
import type { Ctx, Doc, EventDraft } from '../document.js';
import { mentionsIn } from '../mention-utils.js';

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-']);
const GERUND_LEADS = new Set(['by', 'after', 'before', 'while', 'when', 'since', 'from', 'on', 'about', 'without', 'for', 'is', 'was', 'are', 'were', 'be', 'been']);

/** Adds a visit for every actor introduced as "visiting". */
export function findVisitingActors(doc: Doc, { lexicon }: Ctx): Doc {
  const frame = lexicon.frames.find((f) => f.type === 'visit');
  if (!frame) return doc;
  const events: EventDraft[] = [];
  for (const sent of doc.sentences) {
    const ms = mentionsIn(doc, sent.index).filter((m) => !m.dropped && m.refs.length === 1);
    for (const m of ms) {
      const at = sent.tokens.findIndex((t, k) => t.lower === 'visiting' && k >= m.first - 1 && k <= m.last);
      if (at < 0 || sent.tokens[at]!.quoted) continue;
      // "by visiting Putin", "after visiting Beijing": the verb, which the visit frames read
      if (GERUND_LEADS.has(sent.tokens[at - 1]?.lower ?? '')) continue;
      const place = ms.find((o) => o.kind === 'place' && o.state) ?? mentionsIn(doc, sent.index).find((o) => !o.dropped && o.kind === 'place' && o.state);
      const host = place?.state ?? doc.homeState;
      const visitor = doc.entities.get(m.refs[0]!);
      if (!host || !visitor || visitor.state === host || visitor.kind === 'state') continue;
      events.push({
        type: 'visit', source: visitor.id, target: `state:${host}`, date: null, location: place?.text ?? null,
        sentence: sent.text, start: sent.start, end: sent.end, confidence: 0.6, rule: 'visit.visiting', trigger: 'visiting',
        cameo: '042', plover: frame.plover, quadClass: frame.quad, sentenceIndex: sent.index, triggerAt: at,
      });
    }
  }
  events.push(...visitsOfMeetings(doc, frame));
  return { ...doc, events: [...doc.events, ...events] };
}

// "met Putin in Moscow", "hosted Romney in Israel", "her meeting with Netanyahu in Washington": a
// person or group of another state than the meeting's place has travelled there.
function visitsOfMeetings(doc: Doc, frame: { plover: string; quad: EventDraft['quadClass'] }): EventDraft[] {
  const out: EventDraft[] = [];
  for (const e of doc.events) {
    if (e.type !== 'meeting') continue;
    const toks = doc.sentences[e.sentenceIndex]!.tokens;
    const ms = mentionsIn(doc, e.sentenceIndex);
    // the place after the counterpart: "meeting Putin in Moscow and Xi in Beijing"
    const other = ms.find((m) => !m.dropped && m.first > e.triggerAt && m.refs.includes(e.target ?? ''));
    const from = other ? other.last : e.triggerAt;
    const place = ms.find((m) => !m.dropped && m.kind === 'place' && m.state && m.first > from);
    // the place of this meeting's clause: near the verb, with no clause break between ("…, the first
    // meeting since A and B got together in Washington" is another meeting's place)
    // (a list of counterparts has commas: "meeting Putin in Moscow, Xi in Beijing" reads from the counterpart on)
    if (!place || (place.first - from > 3 && place.first - e.triggerAt > 12) || toks.slice(other && place.first - from <= 3 ? from : e.triggerAt, place.first).some((t) => CLAUSE_BREAKS.has(t.text))) continue;
    for (const id of [e.source, e.target]) {
      const who = id ? doc.entities.get(id) : undefined;
      if (!who || (who.kind !== 'person' && who.kind !== 'group') || !who.state || who.state === place.state) continue;
      out.push({ ...e, type: 'visit', source: who.id, target: `state:${place.state}`, location: place.text, confidence: 0.6, rule: 'visit.meeting-abroad', cameo: '042', plover: frame.plover, quadClass: frame.quad });
    }
  }
  return out;
}
