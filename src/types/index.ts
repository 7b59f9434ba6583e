// Domain and wire types shared by every layer: entities, events, articles and graph attributes.
// The closed sets are declared once as const arrays; their union types derive from them.

/** Event types, in the order the contract lists them. */
export const EVENT_TYPES = [
  'meeting', 'statement', 'accusation', 'praise', 'rejection', 'demand', 'threat', 'agreement', 'visit',
] as const;
/** One kind of diplomatic event. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Kinds of actors (graph nodes). */
export const ENTITY_KINDS = ['person', 'state', 'organization', 'group'] as const;
/** One kind of actor. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Modalities that keep an event out of counts: negated, possible or announced for later. */
export const EVENT_CONTEXTS = ['negated', 'hypothetical', 'future'] as const;
/** The modality of an event that did not (yet) happen as told. */
export type EventContext = (typeof EVENT_CONTEXTS)[number];

/** PLOVER-style cooperation/conflict classes. */
export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
/** Cooperation or conflict, verbal or material. */
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** Is `x` one of the event types? */
export const isEventType = (x: unknown): x is EventType => (EVENT_TYPES as readonly unknown[]).includes(x);
/** The better supported of two facts of one value: the stronger source, else the first (`a`). */
export const strongerFact = (a: Fact | undefined, b: Fact | undefined): Fact | undefined =>
  !a ? b : !b ? a : FACT_SOURCES.indexOf(b.source) < FACT_SOURCES.indexOf(a.source) ? b : a;
/** Is `x` one of the entity kinds? */
export const isEntityKind = (x: unknown): x is EntityKind => (ENTITY_KINDS as readonly unknown[]).includes(x);

/** Where a fact about an actor (its state, its role) came from: the article's own words ("text"), a
 * dictionary (the dated PETRARCH2 dictionary or the hand list of office holders), what the article
 * says around it ("context": its dateline or home state, the previous subject), or a correction in
 * data/lexicon/merges that joined the mentions saying it to the actor ("merge"). Strongest first. */
export const FACT_SOURCES = ['text', 'dictionary', 'context', 'merge'] as const;
/** One source of a fact. */
export type FactSource = (typeof FACT_SOURCES)[number];

/** The dictionaries a fact can come from: actors-phoenix.json and bodies-phoenix.json (PETRARCH2), people.json and organizations.json (the hand lists). */
export const FACT_DICTIONARIES = ['petrarch2', 'people', 'organizations'] as const;
/** One dictionary of persons. */
export type FactDictionary = (typeof FACT_DICTIONARIES)[number];

/** Where one fact came from, with the dates and office name the dictionary gives for it. */
export interface Fact {
  source: FactSource;
  /** Which dictionary, when `source` is "dictionary" (or a merge of a dictionary fact). */
  dictionary?: FactDictionary;
  /** The dated role's first and last day (YYYY-MM-DD, inclusive; null: open), when the dictionary dates it. */
  from?: string | null;
  to?: string | null;
  /** The dictionary's own name for the office ("Foreign Minister"), when it has one. */
  office?: string;
}

/** The provenance of an actor's state and role (absent: the actor has none, or it is a state). */
export interface Provenance {
  state?: Fact;
  role?: Fact;
}

/** An actor found in one article (the contract's entity). */
export interface Entity {
  /** `person:suren-papikyan`, `state:ARM`, `organization:armenia-defense-ministry` … */
  id: string;
  kind: EntityKind;
  /** The fullest form the text uses. */
  name: string;
  /** ISO 3166-1 alpha-3 of the state it acts for, or null. */
  state: string | null;
  role: string | null;
  /** Every other form the text uses for it. */
  aliases: string[];
  /** Where `state` and `role` came from (added to the contract; absent for states and for old stored output). */
  provenance?: Provenance;
}

/** One diplomatic event with its evidence (the contract's event plus our explanation fields). */
export interface DiplomaticEvent {
  /** Stable for the same input. */
  id: string;
  type: EventType;
  source: string;
  target: string | null;
  /** YYYY-MM-DD when the event happened, or null. */
  date: string | null;
  location: string | null;
  /** The sentence that carries the event, verbatim. */
  sentence: string;
  /** UTF-16 offsets of `sentence` in the article text, end exclusive. */
  start: number;
  end: number;
  confidence: number;
  context?: EventContext;
  /** Id of the rule that made the event. */
  rule: string;
  /** The words that triggered the rule. */
  trigger: string;
  /** CAMEO event code ("042", "112" …). */
  cameo: string;
  /** PLOVER event type ("CONSULT", "ACCUSE" …). */
  plover: string;
  quadClass: QuadClass;
  /** Id of the event this one answers (a rejection of an accusation), when the article says so. */
  respondsTo?: string;
}

/** An article as it comes in: from a file, a request body or a JSONL line. */
export interface ArticleInput {
  id?: string | null;
  title?: string | null;
  /** Publication date, YYYY-MM-DD. */
  date?: string | null;
  url?: string | null;
  source?: string | null;
  text: string;
}

/** What evidence shows of an article: its title, URL and publication date (YYYY-MM-DD). */
export interface ArticleInfo {
  title: string | null;
  url: string | null;
  date: string | null;
}

/** What extraction gives for one article (the contract's article). */
export interface ExtractedArticle {
  id: string;
  title: string | null;
  date: string | null;
  entities: Entity[];
  events: DiplomaticEvent[];
}

/** The edge type that ties a person, organization or group to the state it acts for. */
export const AFFILIATION = 'affiliation' as const;
/** Every edge type in the graph. */
export type EdgeType = EventType | typeof AFFILIATION;

/** Attributes of a graph node (an actor merged across articles). */
export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  /** ISO3 of the state it acts for (its own code for a state). */
  state: string | null;
  role: string | null;
  aliases: string[];
  /** Ids of the articles that mention it. */
  articles: string[];
  /** Where `state` and `role` came from, when known. */
  provenance?: Provenance;
}

/** Attributes of a graph edge: one event (or an affiliation) with its evidence. */
export interface EdgeAttributes {
  /** The event type (sigma's renderer gets its program from the viewer's edge reducer). */
  type: EdgeType;
  date: string | null;
  location: string | null;
  sentence: string | null;
  article: string | null;
  start: number | null;
  end: number | null;
  confidence: number;
  rule: string;
  context?: EventContext;
  cameo?: string;
  plover?: string;
  quadClass?: QuadClass;
}
