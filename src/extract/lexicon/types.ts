// The compiled lexicon: what the extraction stages look up. Built once by load.ts from data/lexicon.
import type { EntityKind, EventType, Fact, QuadClass } from '../../types/index.js';
import type { PhraseIndex } from './phrase-index.js';
import type { DatedPeople } from './dated-people.js';

/** How a phrase names a state. */
/** How a phrase names a state; a `place` (a city or province of places-phoenix.json) names only where something happens. */
export type StateForm = 'name' | 'demonym' | 'metonym' | 'capital' | 'code' | 'place';

/** A lexicon hit for a state. */
export interface StateHit { code: string; form: StateForm }
/** A well-known office holder (data/lexicon/people.json). */
export interface KnownPerson { name: string; state: string | null; role: string | null }
/** A named organization or group with a fixed identity (UN, NATO, Hamas). */
export interface NamedBody { name: string; kind: EntityKind; state: string | null; /** Where its state comes from. */ fact: Fact }

/** One step of a compiled frame pattern. */
export type FrameStep =
  | { kind: 'word'; forms: Set<string>; optional: boolean }
  | { kind: 'slot'; name: 'B' | 'P'; optional: boolean }
  | { kind: 'any'; max: number };

/** A compiled verb frame. */
export interface Frame {
  id: string;
  type: EventType;
  steps: FrameStep[];
  cameo: string;
  plover: string;
  quad: QuadClass;
  plural: boolean;
  speech: boolean;
  noun: boolean;
  performative: boolean;
  /** The speaker of the sentence acts, whoever stands before the words ("said the accusations were baseless"). */
  speakerActs: boolean;
  /** Speech verbs that are speech only beside a quotation ("he continued"). */
  needsQuote: boolean;
  /** Words that act only inside a quotation ("that is a lie"). */
  quotedOnly: boolean;
  /** The actor is the slot, not the subject ("according to a statement by X"). */
  agentIsObject: boolean;
  /** The actors of the slot act among themselves ("talks between A and B"). */
  pairObjects: boolean;
  /** The act is a threat only under a future or modal word ("would boycott"). */
  needsModal: boolean;
  /** The acted-upon actor may stand anywhere in the object phrase ("agreed to provide aid to Poland"). */
  objectAnywhere: boolean;
  /** The slot acts on the subject ("faces pressure from Congress": Congress demands of the subject). */
  reverse: boolean;
  /** The act is a rejection only under a negation ("will not accept"); the negation is the act, not its context. */
  needsNegation: boolean;
  /** The slot must own what is acted on ("welcomed President Reagan's statement"). */
  possessiveObject: boolean;
  /** The subjects act on one another ("traded accusations"). */
  reciprocal: boolean;
  /** "X joined B in condemning …" acts alongside B: no event of this frame. */
  notAlongside: boolean;
  /** Words that undo the frame when they follow its trigger closely ("signed a letter" is no agreement). */
  notBefore: Set<string> | null;
  /** A generated frame (verbs-cameo.json) for a word the hand frames read as the same type: it acts only where none of them finds a counterpart. */
  fallback: boolean;
  objectKinds: string[] | null;
  /** The frame applies only to acting sides of these kinds ("Finland joined NATO": a state joins). */
  subjectKinds: string[] | null;
  /** The pattern as written, for explanations. */
  pattern: string;
}

/** Everything the stages need to know about the language and the world. */
export interface Lexicon {
  states: Map<string, { code: string; name: string }>;
  /** States whose persons news names family name first ("Wang Yi" is "Wang" alone). */
  familyNameFirst: Set<string>;
  statePhrases: PhraseIndex<StateHit>;
  bodies: PhraseIndex<NamedBody>;
  /** Well-known office holders by name and by the forms news uses alone. */
  people: PhraseIndex<KnownPerson>;
  /** Persons with dated roles (actors-phoenix.json), indexed on first use; the hand list's people are left out. */
  datedPeople: DatedPeople;
  titleHeads: PhraseIndex<string>;
  titleModifiers: PhraseIndex<string>;
  titlePrefixes: Set<string>;
  titleState: Map<string, string | null>;
  pluralTitles: Set<string>;
  /** Roles of people who are not actors (relatives, witnesses, experts). */
  nonActorRoles: Set<string>;
  /** Words of organizations whose staff speak as experts ("institute", "university"). */
  nonActorOrgWords: string[];
  orgHeads: PhraseIndex<string>;
  orgOfHeads: Set<string>;
  /** Heads of a state's own bodies ("ministry", "parliament"): such a body acts for its state. */
  stateHeads: Set<string>;
  governmentNouns: Set<string>;
  groupNouns: Set<string>;
  /** Singular group nouns and the plural group they join ("a U.S. official" → "U.S. officials"). */
  singularToGroup: Map<string, string>;
  descriptions: PhraseIndex<string>;
  /** Groups without one state ("foreign powers", "world leaders"). */
  genericGroups: PhraseIndex<string>;
  /** Nouns that gather people ("an assembly of … foreign ministers"). */
  assemblies: Set<string>;
  /** Groups based in a state ("rebels", "the opposition"): the home state's when the text names none. */
  domesticGroups: Set<string>;
  /** Plural nouns that take "from <state>" ("representatives from Iran"). */
  fromNouns: Set<string>;
  /** Nouns that say a name is a group's ("X, a militant group", "the rebel movement X"). */
  kindNouns: Set<string>;
  mediaOutlets: PhraseIndex<string>;
  stateMedia: PhraseIndex<string>;
  /** Last words of outlet names ("Baltimore Sun", "Aviation Herald"): such names are not people. */
  mediaWords: Set<string>;
  /** Paragraphs that are page furniture, not article text. */
  boilerplate: RegExp[];
  frames: Frame[];
  /** Each event type's CAMEO code, PLOVER category and quad class (verbs.json `types`). */
  typeCodes: Map<EventType, { cameo: string; plover: string; quad: QuadClass }>;
  /** First words of frames: only tokens in this set can start a trigger. */
  triggerWords: Set<string>;
  /** Frames by the words that can trigger them. */
  framesByTrigger: Map<string, Frame[]>;
  /** Every inflected form of a frame verb (to tell objects from subjects). */
  verbForms: Set<string>;
  /** Every form of a speech verb ("said", "told"), to find names that speak. */
  speechVerbs: Set<string>;
}
