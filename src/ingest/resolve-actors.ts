// The actor resolver: maps each entity of one article to a canonical actor across all articles.
// "Pashinyan" = "Nikol Pashinyan"; "Sébastien Lecornu" = "Sebastien Lecornu"; two people who share a
// surname stay apart when first names, states or roles say so; the user's merges file has the last word.
import type { Entity } from '../types/index.js';
import type { ActorRecord, ArticlePlan, ResolvedEntity } from '../store/index.js';
import { entityKeys, formKey } from './actor-keys.js';
import { keptApart, mergeKeys, type MergeRules } from './merge-rules.js';
import { foldName, nameTokens, slugify } from './names.js';
import { stateWords } from './state-words.js';

/** What the resolver may ask of the store. */
export interface ActorLookup {
  actorsByKeys(keys: readonly string[]): Promise<ActorRecord[]>;
  hasActor(id: string): Promise<boolean>;
}

/** The article's entities with their actors, and the actors to create or update. */
export interface ActorResolution {
  entities: ResolvedEntity[];
  actors: ArticlePlan['actors'];
}

const GENERATION = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A person's name words without the role and state words before it ("Prime Minister Nikol Pashinyan" → nikol pashinyan). */
export function personCore(name: string, role: string | null, state: string | null): string[] {
  const lead = new Set([...nameTokens(role ?? ''), ...stateWords(state)]);
  const tokens = nameTokens(name);
  let i = 0;
  while (i < tokens.length - 1 && lead.has(tokens[i]!)) i++;
  return tokens.slice(i);
}

/** Can two persons' names be one person? One must end the other ("Pashinyan" / "Nikol Pashinyan"), generations equal. */
export function personNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const gen = (t: readonly string[]) => (GENERATION.has(t.at(-1) ?? '') ? t.at(-1)! : '');
  const core = (t: readonly string[]) => (gen(t) ? t.slice(0, -1) : t);
  const [ca, cb] = [core(a), core(b)];
  if (gen(a) !== gen(b) && ca.length > 1 && cb.length > 1) return false;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.length > 0 && short.every((t, i) => t === long[long.length - short.length + i]);
}

const roleOverlap = (role: string | null, roles: readonly string[]) =>
  !!role && roles.some((r) => foldName(r).includes(foldName(role)) || foldName(role).includes(foldName(r)));

// The actor `e` is, and whether only a merges rule made it so: its own keys do not find the actor,
// or its names, states and roles do not agree with it ("Bibi" = "Benjamin Netanyahu").
function choose(e: Entity, forms: string[], ownKeys: readonly string[], cands: ActorRecord[], rules: MergeRules): { actor: ActorRecord | null; viaMerge: boolean } {
  const core = e.kind === 'person' ? personCore(e.name, e.role, e.state) : [];
  const strong = new Set(mergeKeys(rules, forms));
  const forced = cands.find((c) => c.keys.some((k) => strong.has(k)));
  if (forced) return { actor: forced, viaMerge: !(forced.keys.some((k) => ownKeys.includes(k)) && fits(e, core, forms, forced, rules)) };
  const nameKey = formKey(e, e.name);
  const fit = cands.filter((c) => fits(e, core, forms, c, rules));
  const score = (c: ActorRecord) =>
    (e.state && c.state === e.state ? 4 : 0) + (roleOverlap(e.role, c.roles) ? 2 : 0)
    + (nameKey && c.keys.includes(nameKey) ? 1 : 0) + (foldName(c.name) === foldName(e.name) ? 1 : 0);
  fit.sort((x, y) => score(y) - score(x) || y.articleCount - x.articleCount || x.id.localeCompare(y.id));
  return { actor: fit[0] ?? null, viaMerge: false };
}

// Whether the resolver by itself takes `e` (name words `core`) for candidate `c`.
function fits(e: Entity, core: readonly string[], forms: string[], c: ActorRecord, rules: MergeRules): boolean {
  if (c.kind !== e.kind || keptApart(rules, forms, c.forms)) return false;
  const statesAgree = !e.state || !c.state || e.state === c.state;
  if (e.kind !== 'person') return statesAgree;
  const other = personCore(c.name, c.roles.at(-1) ?? null, c.state);
  if (!personNamesAgree(core, other)) return false;
  // a full name seen twice is one person even when one article's state is off ("Donald Trump", IRN);
  // a bare surname needs its state or its role to agree
  return statesAgree || (core.length > 1 && other.length > 1) || roleOverlap(e.role, c.roles);
}

function betterName(e: Entity, current: string): string {
  if (e.kind !== 'person') return e.name.length > current.length ? e.name : current;
  const [a, b] = [personCore(e.name, e.role, e.state).length, nameTokens(current).length];
  return a > b ? e.name : current;
}

/** Resolves one article's entities against `lookup`; pure apart from reads. */
export async function resolveActors(entities: readonly Entity[], lookup: ActorLookup, rules: MergeRules): Promise<ActorResolution> {
  const pending = new Map<string, ActorRecord>(); // actors created or updated by this article
  const resolved: ResolvedEntity[] = [];
  const find = async (keys: string[]) => {
    const found = new Map((await lookup.actorsByKeys(keys)).map((a) => [a.id, a]));
    for (const p of pending.values()) if (p.keys.some((k) => keys.includes(k))) found.set(p.id, p);
    return [...found.values()].map((a) => pending.get(a.id) ?? a);
  };
  for (const e of entities) {
    const forms = [e.name, ...e.aliases];
    const own = entityKeys(e);
    const keys = [...own, ...mergeKeys(rules, forms)];
    let actor: ActorRecord | null;
    let viaMerge = false;
    if (e.kind === 'state') {
      actor = pending.get(e.id) ?? (await find([e.id]))[0] ?? null;
    } else {
      ({ actor, viaMerge } = choose(e, forms, own, await find(keys), rules));
    }
    if (!actor) {
      let id = e.kind === 'state' ? e.id : `${e.kind}:${slugify(e.kind === 'person' ? personCore(e.name, e.role, e.state).join(' ') : e.name)}`;
      for (let n = 2; e.kind !== 'state' && (pending.has(id) || (await lookup.hasActor(id))); n++) id = id.replace(/(-\d+)?$/, `-${n}`);
      actor = { id, kind: e.kind, name: e.name, state: e.state, keys: [], forms: [], roles: [], articleCount: 0 };
    }
    const next: ActorRecord = {
      ...actor,
      name: betterName(e, actor.name),
      state: actor.state ?? e.state,
      keys: [...new Set([...actor.keys, ...keys])],
      forms: [...new Set([...actor.forms, ...forms])],
      roles: e.role && !actor.roles.includes(e.role) ? [...actor.roles, e.role] : actor.roles,
    };
    pending.set(next.id, next);
    resolved.push(viaMerge ? { ...e, actorId: next.id, viaMerge } : { ...e, actorId: next.id });
  }
  return {
    entities: resolved,
    actors: [...pending.values()].map(({ id, kind, name, state, keys }) => ({ id, kind, name, state, keys })),
  };
}
