// Blocking keys: the cheap lookups that find which stored actors an article's entity might be.
// Persons by surname, organizations and groups by their words less the state's, states by code.
import type { Entity } from '../types/index.js';
import { nameTokens } from './names.js';
import { stateWords } from './state-words.js';

// words that never tell two organizations apart ("Ministry of Foreign Affairs" = "Foreign Ministry")
const FILLER = new Set(['the', 'of', 'for', 'and', 'affairs', 's']);
// spellings of one word
const SPELLING: Record<string, string> = { defence: 'defense', ministries: 'ministry', programme: 'program' };

/** The surname of a person's name: its last word, folded ("Nikol Pashinyan" → "pashinyan"). */
export function surname(name: string): string | null {
  return nameTokens(name).at(-1) ?? null;
}

/** An organization's or group's distinctive words, sorted: "Armenia's Ministry of Defence" → "defense ministry". */
export function bodyWords(name: string, state: string | null): string {
  const drop = stateWords(state);
  const words = nameTokens(name).map((t) => SPELLING[t] ?? t).filter((t) => !FILLER.has(t) && !drop.has(t));
  return [...new Set(words)].sort().join(' ');
}

/** The key of one name form of `e`, or null when the form has no usable words. */
export function formKey(e: Pick<Entity, 'kind' | 'state'>, form: string): string | null {
  if (e.kind === 'state') return null;
  if (e.kind === 'person') {
    const s = surname(form);
    return s ? `person|${s}` : null;
  }
  const words = bodyWords(form, e.state);
  return words ? `${e.kind}|${e.state ?? '-'}|${words}` : null;
}

/** Every key of an entity: from its name, and for organizations and groups also from distinctive aliases. */
export function entityKeys(e: Entity): string[] {
  if (e.kind === 'state') return [e.id];
  const keys = [formKey(e, e.name)];
  // an alias of two words or more is distinctive ("Defence Ministry"); "the ministry" is not
  if (e.kind !== 'person') keys.push(...e.aliases.filter((a) => bodyWords(a, e.state).includes(' ')).map((a) => formKey(e, a)));
  return [...new Set(keys.filter((k): k is string => !!k))];
}
