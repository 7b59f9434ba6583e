// Event identity across articles: reports of the same happening (same type, same actors, same
// context, dates that agree within a day) become one event, each report kept as its evidence.
import { createHash } from 'node:crypto';
import type { DiplomaticEvent, EventType } from '../types/index.js';
import type { ArticlePlan, EventRecord, ResolvedReport } from '../store/index.js';

/** What clustering may ask of the store. */
export interface EventLookup {
  eventsByKey(key: string): Promise<EventRecord[]>;
}

// a meeting of A with B is the meeting of B with A
const SYMMETRIC: ReadonlySet<EventType> = new Set(['meeting', 'agreement']);

/** The clustering key of an event between canonical actors. */
export function eventKey(type: EventType, source: string, target: string | null, context: string | null): string {
  const [a, b] = SYMMETRIC.has(type) && target && target < source ? [target, source] : [source, target];
  return [type, a, b ?? '-', context ?? '-'].join('|');
}

const DAY = 86_400_000;
/** Do two event dates agree? Both known and at most a day apart (time zones, "late Thursday"). */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= DAY;
}

/** Assigns each event of an article to an existing or a new canonical event. */
export async function clusterEvents(
  articleId: string, events: readonly DiplomaticEvent[], actorOf: ReadonlyMap<string, string>, lookup: EventLookup,
): Promise<Pick<ArticlePlan, 'reports' | 'newEvents'>> {
  const newEvents: EventRecord[] = [];
  const reports: ResolvedReport[] = [];
  for (const ev of events) {
    const source = actorOf.get(ev.source);
    const target = ev.target ? actorOf.get(ev.target) ?? null : null;
    if (!source) continue; // extraction broke its own contract (unknown entity): keep the store consistent
    const context = ev.context ?? null;
    const key = eventKey(ev.type, source, target, context);
    const known = [...(await lookup.eventsByKey(key)), ...newEvents.filter((n) => n.key === key)];
    let match = known.find((k) => datesAgree(k.date, ev.date));
    if (!match) {
      const id = 'ev-' + createHash('sha256').update(`${articleId}\u0000${ev.id}\u0000${key}`).digest('hex').slice(0, 16);
      match = { id, key, type: ev.type, source, target, date: ev.date, location: ev.location, context };
      newEvents.push(match);
    }
    reports.push({ ...ev, eventId: match.id });
  }
  return { reports, newEvents };
}
