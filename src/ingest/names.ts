// Name normalization for matching actors across articles: accents folded ("Sébastien" = "Sebastien"),
// case, possessives and punctuation dropped, so only the words of a name are compared.

/** `name` folded for comparison: "Armenia’s Ministry of Défense" → "armenia ministry of defense". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a folded name, without one-letter initials ("Donald J. Trump" → donald, trump). */
export function nameTokens(name: string): string[] {
  return foldName(name).split(' ').filter((t) => t.length > 1);
}

/** A url-safe slug of `text` ("Sébastien Lecornu" → "sebastien-lecornu"), "x" when nothing is left. */
export function slugify(text: string, max = 60): string {
  const s = foldName(text).replace(/\s+/g, '-').slice(0, max).replace(/-+$/, '');
  return s || 'x';
}
