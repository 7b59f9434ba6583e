// Stage 8b: visits told by an adjective: "a group of visiting French lawmakers", "the visiting Chinese
// delegation". The host is the state of the place named in the sentence, else the article's home state.
import type { Ctx, Doc, EventDraft } from '../document.js';
import { mentionsIn } from '../mention-utils.js';

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
  return { ...doc, events: [...doc.events, ...events] };
}
