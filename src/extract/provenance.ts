// The provenance an entity leaves extraction with: where its state and its role came from (the
// text's own words unless a stage recorded otherwise: the article's context, a dictionary with dates).
import type { Fact, Provenance } from '../types/index.js';
import type { EntityDraft } from './document.js';

// the text's own words: a title, an adjective, an apposition (one frozen object, shared)
const TEXT: Fact = Object.freeze({ source: 'text' });

/** The provenance of a drafted entity's state and role; undefined for a state or an actor with neither. */
export function provenanceOf(e: EntityDraft): Provenance | undefined {
  if (e.kind === 'state' || (!e.state && !e.role)) return undefined;
  const p: Provenance = {};
  if (e.state) p.state = { ...(e.stateFact ?? TEXT) };
  if (e.role) p.role = { ...(e.roleFact ?? TEXT) };
  return p;
}
