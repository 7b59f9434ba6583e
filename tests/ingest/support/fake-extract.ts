// A fixed extractor for resolver and clustering tests: the entities and events come from the test,
// not from the real pipeline, so the tests stay true while extraction rules change.
import type { ArticleInput, DiplomaticEvent, Entity, ExtractedArticle } from '../../../src/types/index.js';

/** An entity with defaults for the fields a test does not care about. */
export function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  const kind = (id.split(':')[0] ?? 'person') as Entity['kind'];
  return { id, kind, name, state: null, role: null, aliases: [], ...extra };
}

/** An event with defaults; the sentence is found in the article text by the extractor below. */
export function event(id: string, type: DiplomaticEvent['type'], source: string, target: string | null, extra: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  return {
    id, type, source, target, date: null, location: null, sentence: '', start: 0, end: 0, confidence: 0.9,
    rule: `${type}.test`, trigger: type, cameo: '040', plover: 'CONSULT', quadClass: 'verbal-cooperation', ...extra,
  };
}

/** An extractor that returns `entities` and `events` whatever the text (sentence = the whole text). */
export function fixedExtractor(entities: Entity[], events: DiplomaticEvent[] = []) {
  return (input: ArticleInput): ExtractedArticle => ({
    id: input.id ?? 'x', title: input.title ?? null, date: input.date ?? null, entities,
    events: events.map((e) => ({ ...e, sentence: input.text, start: 0, end: input.text.length })),
  });
}
