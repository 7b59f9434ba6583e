// The extraction pipeline: the ordered stages over one document, and nothing else.
import type { Stage } from './document.js';
import { splitSentences } from './stages/sentences.js';
import { findStates } from './stages/state-mentions.js';
import { findPersons } from './stages/person-mentions.js';
import { findOrganizations } from './stages/organization-mentions.js';
import { findGroups } from './stages/group-mentions.js';
import { buildEntities } from './stages/entities.js';
import { resolveCoreference } from './stages/coreference.js';
import { findEvents } from './stages/events.js';
import { findVisitingActors } from './stages/visiting.js';
import { markModality } from './stages/modality.js';
import { resolveDates } from './stages/dates.js';
import { finalizeEvents } from './stages/finalize.js';

/** The stages, in order. */
export const PIPELINE: readonly Stage[] = [
  splitSentences,
  findStates,
  findOrganizations,
  findPersons,
  findGroups,
  buildEntities,
  resolveCoreference,
  findEvents,
  findVisitingActors,
  markModality,
  resolveDates,
  finalizeEvents,
];
