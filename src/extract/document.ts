// The typed document that flows through the extraction pipeline: each stage reads it and returns
// it with its own layer added (sentences → tokens → mentions → entities → events).
import type { DiplomaticEvent, EntityKind, EventContext, Fact } from '../types/index.js';
import type { Lexicon } from './lexicon/types.js';

/** A word or punctuation mark with its offsets in the article text. */
export interface Token {
  text: string;
  /** Lowercased, apostrophes unified. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Can be part of a name ("Macron", "el-Sisi", "F.W."; not "The" or "NATO"). */
  nameWord: boolean;
  /** Inside a quotation. */
  quoted: boolean;
}

/** A sentence of the article. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The tokens' lowercased forms and raw texts (for phrase lookups). */
  lower: string[];
  raw: string[];
  /** Paragraph number (sentences in one paragraph share it). */
  paragraph: number;
  /** The sentence begins inside a quotation opened by an earlier sentence. */
  opensInQuote: boolean;
}

/** What a mention refers to before resolution. */
export type MentionKind = EntityKind | 'pronoun' | 'description' | 'place';

/** A span of a sentence that names or points to an actor. */
export interface Mention {
  id: number;
  sentence: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  kind: MentionKind;
  /** The words as written. */
  text: string;
  /** The name it gives (a person's name without title, an organization's name). */
  name: string;
  state: string | null;
  role: string | null;
  /** States only: how the state is named (name, demonym, metonym, capital, code). */
  form?: string;
  /** Pronouns and descriptions: what they can point to ("person", "group", "persons:2", …). */
  wants?: string;
  plural?: boolean;
  /** Head of a delegation ("the delegation headed by X"): the person mention id. */
  headedBy?: number;
  /** Resolved entity ids (one, or several for "the two ministers"). */
  refs: string[];
  /** Tokens after the mention that form its apposition (", the chief of …,"), inclusive. */
  appositionEnd?: number;
  /** Persons: the state or the role comes from a dictionary, not the text (the text's own words win). */
  stateGuessed?: boolean;
  roleGuessed?: boolean;
  /** Where the state or the role came from when not the text's own words (the dictionary, with its dates). */
  stateFact?: Fact;
  roleFact?: Fact;
  /** A person the guide keeps out of the graph (a relative, a witness, an expert). */
  nonActor?: boolean;
  /** Mentions swallowed by this one are ignored by later stages. */
  dropped?: boolean;
}

/** An entity being built from its mentions. */
export interface EntityDraft {
  id: string;
  kind: EntityKind;
  name: string;
  state: string | null;
  role: string | null;
  aliases: Set<string>;
  /** The state or the role comes from a dictionary: a mention whose text gives one replaces it. */
  stateGuessed?: boolean;
  roleGuessed?: boolean;
  /** Where the state or the role came from when not the text's own words (absent: the text). */
  stateFact?: Fact;
  roleFact?: Fact;
  /** First mention order, for stable output. */
  order: number;
}

/** An event being built, before ids and dates are settled. */
export interface EventDraft extends Omit<DiplomaticEvent, 'id' | 'date' | 'context' | 'respondsTo'> {
  respondsTo?: string;
  sentenceIndex: number;
  /** Token index of the trigger in its sentence. */
  triggerAt: number;
  date: string | null;
  context?: EventContext;
}

/** The document the stages pass along. */
export interface Doc {
  id: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, EntityDraft>;
  events: EventDraft[];
  /** The state the article is written from or mostly about (dateline, else most named). */
  homeState: string | null;
  diagnostics: string[];
}

/** What every stage receives besides the document. */
export interface Ctx { lexicon: Lexicon }

/** A pipeline stage: a pure function from document to document. */
export type Stage = (doc: Doc, ctx: Ctx) => Doc;
