// English verb inflection for the frame lexicon: a lemma in data/lexicon/verbs.json matches its
// third-person, past and -ing forms, so "accuse" also finds "accused", "accuses", "accusing".

const VOWEL = /[aeiou]/;

/** The regular inflected forms of an English verb lemma (base form included). */
export function inflect(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const forms = new Set([w]);
  const last = w.at(-1) ?? '';
  const beforeLast = w.at(-2) ?? '';
  if (/(s|sh|ch|x|z|o)$/.test(w)) forms.add(w + 'es');
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(w.slice(0, -1) + 'ies');
  else forms.add(w + 's');
  if (last === 'e') forms.add(w + 'd');
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(w.slice(0, -1) + 'ied');
  else forms.add(w + 'ed');
  if (w.endsWith('ie')) forms.add(w.slice(0, -2) + 'ying');
  else if (last === 'e' && beforeLast !== 'e') forms.add(w.slice(0, -1) + 'ing');
  else forms.add(w + 'ing');
  return [...forms];
}

/** Only the past form ("state" → "stated"), for lemmas that are also common nouns. */
export function pastForm(lemma: string): string {
  const w = lemma.toLowerCase();
  if (w.endsWith('e')) return w + 'd';
  if (w.endsWith('y') && !VOWEL.test(w.at(-2) ?? '')) return w.slice(0, -1) + 'ied';
  return w + 'ed';
}
