// The records the store reads and writes: what an article plan carries in, what queries give out.
// Backend-neutral plain data, so a PostgreSQL store could implement the same interface later.
import type { DiplomaticEvent, Entity, EntityKind, EventContext, EventType } from '../types/index.js';

/** An article's own fields as stored. */
export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  text: string;
  /** sha256 of the whitespace-normalized text. */
  contentHash: string;
  /** ISO timestamp of ingestion. */
  ingestedAt: string;
}

/** A canonical actor: one node across all articles. */
export interface ActorRecord {
  id: string;
  kind: EntityKind;
  name: string;
  state: string | null;
  /** Blocking keys the resolver looks actors up by. */
  keys: string[];
  /** Every name form any article used for it (as written). */
  forms: string[];
  /** Roles seen, most recent last. */
  roles: string[];
  /** How many articles mention it. */
  articleCount: number;
}

/** A canonical event: one happening, told by one or more reports. */
export interface EventRecord {
  id: string;
  /** The resolver's lookup key: type, actors and context. */
  key: string;
  type: EventType;
  source: string;
  target: string | null;
  date: string | null;
  location: string | null;
  context: EventContext | null;
}

/** One article's entity with the canonical actor it resolved to. */
export interface ResolvedEntity extends Entity {
  actorId: string;
  /** A correction in data/lexicon/merges joined it to the actor, which its names alone would not have. */
  viaMerge?: boolean;
}

/** One article's event (a report) with the canonical event it belongs to. */
export interface ResolvedReport extends DiplomaticEvent {
  eventId: string;
}

/** Everything one article adds to the store, written in one transaction. */
export interface ArticlePlan {
  article: ArticleRecord;
  entities: ResolvedEntity[];
  /** Actors to create or update (name, state, keys), new ones included. */
  actors: Array<Pick<ActorRecord, 'id' | 'kind' | 'name' | 'state' | 'keys'>>;
  reports: ResolvedReport[];
  /** Events this article introduces. */
  newEvents: EventRecord[];
}

/** A line of the article list. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  ingestedAt: string;
  eventCount: number;
}

/** One page of a list. */
export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

/** A stored article with what extraction found in it (entities keep the article's own ids). */
export interface ArticleDetail extends ArticleRecord {
  entities: ResolvedEntity[];
  events: ResolvedReport[];
}

/** A name form of an actor and the articles that used it. */
export interface NameForm {
  form: string;
  articles: string[];
}

/** A role of an actor and when it was seen (article dates). */
export interface RoleSeen {
  role: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: string[];
}

/** An actor with its evidence, for GET /api/actors/:id. */
export interface ActorDetail {
  id: string;
  kind: EntityKind;
  name: string;
  state: string | null;
  names: NameForm[];
  roles: RoleSeen[];
  articles: string[];
}

/** One report of an event: the article and the sentence that tell it. */
export interface EventReport {
  article: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  trigger: string;
  confidence: number;
  date: string | null;
}

/** An event with every report of it, for GET /api/events/:id. */
export interface EventDetail extends EventRecord {
  reports: EventReport[];
  reportCount: number;
  /** Distinct outlets (article source, else URL host, else the article itself). */
  sourceCount: number;
}

/** What deleting an article took with it. */
export interface DeleteResult {
  id: string;
  eventsRemoved: number;
  actorsRemoved: number;
}

/** Row counts. */
export interface StoreStats {
  articles: number;
  actors: number;
  events: number;
  reports: number;
}
