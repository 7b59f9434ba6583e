// Stage 10: dates and places of events. "on Thursday, October 27" and "on Wednesday" resolve
// against the article's date (chrono-node); a date is kept only when its day is known.
// A meeting's or visit's place is the place named in its sentence ("in Paris").
import * as chrono from 'chrono-node';
import type { Ctx, Doc } from '../document.js';
import { mentionsIn } from '../mention-utils.js';

const pad = (n: number) => String(n).padStart(2, '0');
const CALENDAR = /\b(mon|tues|wednes|thurs|fri|satur|sun|yester|to)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[-/.]\d{1,2}|tonight|last night/i;

/** Sets `date` and `location` on events where the sentence gives them. */
export function resolveDates(doc: Doc, _ctx: Ctx): Doc {
  const ref = doc.date && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? new Date(doc.date + 'T12:00:00Z') : null;
  const cache = new Map<number, chrono.ParsedResult[]>();
  const events = doc.events.map((e) => {
    const sent = doc.sentences[e.sentenceIndex]!;
    let parsed = cache.get(sent.index);
    if (!parsed) {
      try { parsed = ref || /\b\d{4}\b/.test(sent.text) ? chrono.strict.parse(sent.text, ref ?? new Date(0), { forwardDate: false }) : []; } catch { parsed = []; }
      cache.set(sent.index, parsed);
    }
    const triggerOffset = sent.tokens[e.triggerAt]!.start - sent.start;
    // a calendar expression ("on Thursday, October 27", "yesterday"), not a duration ("after five hours")
    const withDay = parsed.filter((p) => (p.start.isCertain('day') || p.start.isCertain('weekday')) && CALENDAR.test(p.text));
    withDay.sort((a, b) => Math.abs(a.index - triggerOffset) - Math.abs(b.index - triggerOffset));
    const p = withDay[0];
    let date: string | null = null;
    if (p && (ref || p.start.isCertain('year'))) {
      const d = p.start;
      date = `${d.get('year')}-${pad(d.get('month') ?? 1)}-${pad(d.get('day') ?? 1)}`;
    }
    let location: string | null = null;
    if (e.type === 'meeting' || e.type === 'visit' || e.type === 'agreement') {
      const place = mentionsIn(doc, sent.index).find((m) => !m.dropped && m.kind === 'place' && m.first > e.triggerAt);
      if (place) location = place.text;
      else if (e.type === 'visit' && e.target) location = doc.entities.get(e.target)?.name ?? null;
    }
    return { ...e, date, location };
  });
  return { ...doc, events };
}
