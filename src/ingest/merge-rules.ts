// The user's corrections to actor resolution, read from data/lexicon/merges: "A = B" makes two
// names one actor, "A != B" keeps them apart. Applied at every ingest, so they survive re-ingestion.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { foldName } from './names.js';

/** Parsed corrections: folded name → merge group, and pairs of folded names kept apart. */
export interface MergeRules {
  /** Folded name → the group's key (its first folded name, sorted). */
  groups: ReadonlyMap<string, string>;
  /** Each apart pair as "a\u0000b", both orders. */
  apart: ReadonlySet<string>;
  /** sha256 of the file's text, to notice a change ("" when there is no file). */
  hash: string;
}

/** Where the corrections file lives. */
export const DEFAULT_MERGES_PATH = 'data/lexicon/merges';

/** No corrections. */
export const NO_RULES: MergeRules = Object.freeze({ groups: new Map<string, string>(), apart: new Set<string>(), hash: '' });

/** Parses the corrections file's text. Throws with the line number on a line it cannot read. */
export function parseMergeRules(text: string, file = DEFAULT_MERGES_PATH): MergeRules {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)].sort() as [string, string];
    parent.set(rb, ra);
  };
  const apart = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = /^(.+?)\s*(!=|=)\s*(.+)$/.exec(line);
    const [a, b] = m ? [foldName(m[1]!), foldName(m[3]!)] : ['', ''];
    if (!m || !a || !b || b.includes('=')) {
      throw new Error(`${file}:${i + 1}: expected "NAME = NAME" or "NAME != NAME", got "${raw.trim()}"`);
    }
    if (m[2] === '=') union(a, b);
    else apart.add(`${a}\u0000${b}`).add(`${b}\u0000${a}`);
  });
  const groups = new Map([...parent.keys()].map((k) => [k, find(k)]));
  return { groups, apart, hash: createHash('sha256').update(text).digest('hex') };
}

/** Reads the corrections file; no file means no corrections. */
export function loadMergeRules(file = DEFAULT_MERGES_PATH): MergeRules {
  if (!fs.existsSync(file)) return NO_RULES;
  return parseMergeRules(fs.readFileSync(file, 'utf8'), file);
}

/** Do the rules keep any form of `a` apart from any form of `b`? */
export function keptApart(rules: MergeRules, a: readonly string[], b: readonly string[]): boolean {
  if (rules.apart.size === 0) return false;
  for (const x of a) for (const y of b) if (rules.apart.has(`${foldName(x)}\u0000${foldName(y)}`)) return true;
  return false;
}

/** The merge-group keys of `forms` ("merge|nikol pashinyan"). */
export function mergeKeys(rules: MergeRules, forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const f of forms) {
    const g = rules.groups.get(foldName(f));
    if (g) keys.add(`merge|${g}`);
  }
  return [...keys];
}
