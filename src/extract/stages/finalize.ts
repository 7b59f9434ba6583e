// Stage 11: keeps an accusation of nobody as a statement, collapses duplicate events (same type,
// actors and sentence), gives every event a stable id, links a rejection to the accusation it answers, and makes sure every actor's state is listed.
import { createHash } from 'node:crypto';
import type { Ctx, Doc, EventDraft } from '../document.js';
import { ensureStateEntity } from '../mention-utils.js';

/** Dedupes events, assigns ids and completes the entity list. */
export function finalizeEvents(doc: Doc, { lexicon }: Ctx): Doc {
  const seen = new Set<string>();
  const events: EventDraft[] = [];
  for (const e0 of doc.events) {
    const e = unaddressed(e0, lexicon);
    const key = [e.type, e.source, e.target, e.start, e.context ?? ''].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    events.push(e);
  }
  // every state an actor acts for is an entity, so affiliations always have an end
  for (const ent of [...doc.entities.values()]) if (ent.state && ent.kind !== 'state') ensureStateEntity(doc, ent.state, lexicon);
  for (const e of events) {
    for (const id of [e.source, e.target]) {
      if (id && !doc.entities.has(id) && id.startsWith('state:')) {
        const code = id.slice(6);
        doc.entities.set(id, { id, kind: 'state', name: lexicon.states.get(code)?.name ?? code, state: code, role: null, aliases: new Set(), order: doc.entities.size });
      }
    }
  }
  linkRejections(doc.id, events);
  return { ...doc, events };
}

// "Israeli lawmakers condemned the application": an accusation that names no accused is no edge of
// "who accused whom"; it stays what the actor said, a statement (the rule and trigger stay its own).
function unaddressed(e: EventDraft, lexicon: Ctx['lexicon']): EventDraft {
  if (e.type !== 'accusation' || e.target || e.context) return e;
  const codes = lexicon.typeCodes.get('statement')!;
  return { ...e, type: 'statement', cameo: codes.cameo, plover: codes.plover, quadClass: codes.quad };
}

// "Macron accused Russia of … Moscow angrily rejected the accusation.": a rejection by the accused
// answers the latest accusation against it; with no target of its own, it rejects the accuser.
function linkRejections(articleId: string, events: EventDraft[]): void {
  for (let i = 0; i < events.length; i++) {
    const r = events[i]!;
    if (r.type !== 'rejection' || r.context) continue;
    const acc = events.filter((e) => e.type === 'accusation' && !e.context && e.target === r.source && e.sentenceIndex <= r.sentenceIndex && e.source !== r.source).at(-1);
    if (!acc) continue;
    if (!r.target) events[i] = { ...r, target: acc.source, respondsTo: eventId(articleId, acc) };
    else if (r.target === acc.source) events[i] = { ...r, respondsTo: eventId(articleId, acc) };
  }
}

/** A stable id for an event of an article. */
export function eventId(articleId: string, e: EventDraft): string {
  return createHash('sha1').update([articleId, e.type, e.source, e.target ?? '', e.start, e.triggerAt, e.rule].join('|')).digest('hex').slice(0, 16);
}
