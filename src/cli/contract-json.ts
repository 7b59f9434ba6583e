// The output of `diplograph extract --json`, shaped exactly as shared/contracts/extract-cli.md says:
// contract fields in contract order, plus CAMEO/PLOVER codes and each entity's provenance; rule and
// trigger with --explain.
import type { DiplomaticEvent, Entity, ExtractedArticle } from '../types/index.js';

/** One event as the contract prints it. */
function eventJson(ev: DiplomaticEvent, explain: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: ev.id, type: ev.type, source: ev.source, target: ev.target, date: ev.date, location: ev.location,
    sentence: ev.sentence, start: ev.start, end: ev.end, confidence: ev.confidence,
  };
  if (ev.context) out.context = ev.context;
  if (explain) Object.assign(out, { rule: ev.rule, trigger: ev.trigger });
  Object.assign(out, { cameo: ev.cameo, plover: ev.plover, quadClass: ev.quadClass });
  if (ev.respondsTo) out.respondsTo = ev.respondsTo;
  return out;
}

// the contract's fields, then what we add: where the state and the role came from
const entityJson = (e: Entity) => (e.provenance
  ? { id: e.id, kind: e.kind, name: e.name, state: e.state, role: e.role, aliases: e.aliases, provenance: e.provenance }
  : { id: e.id, kind: e.kind, name: e.name, state: e.state, role: e.role, aliases: e.aliases });

/** One article as the contract prints it. */
export function articleJson(a: ExtractedArticle, explain = false): Record<string, unknown> {
  return {
    id: a.id, title: a.title, date: a.date,
    entities: a.entities.map(entityJson),
    events: a.events.map((ev) => eventJson(ev, explain)),
  };
}
