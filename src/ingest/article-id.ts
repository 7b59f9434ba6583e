// Article ids: the given one, else one derived from the file name or title, made unique in the store
// ("seed-france-armenia-military-ties", then "…-2" for a different article that wants the same id).
import path from 'node:path';
import { slugify } from './names.js';

/** The id a file's article gets when it has none: the file name without its extension. */
export function idFromFileName(file: string): string {
  return path.basename(file).replace(/\.(txt|json|jsonl|html?)$/i, '');
}

/** A readable id for an article that came without one: from its title, else from its content hash. */
export function idFromContent(title: string | null | undefined, contentHash: string): string {
  const t = title?.trim();
  return t ? slugify(t) : `article-${contentHash.slice(0, 12)}`;
}

/** `wanted`, or `wanted-2`, `wanted-3` … whichever `taken` does not hold. */
export async function uniqueId(wanted: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(wanted))) return wanted;
  for (let n = 2; ; n++) if (!(await taken(`${wanted}-${n}`))) return `${wanted}-${n}`;
}
