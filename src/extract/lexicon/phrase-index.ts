// A longest-match index of multi-word phrases over tokens, used for every lexicon lookup
// ("the Kremlin", "Defense Minister", "United Nations Security Council").

/** A phrase entry: its lowercased words and what it stands for. */
export interface PhraseEntry<T> { words: string[]; value: T; exactCase?: string[] }

/** Lowercases and unifies apostrophes so "France’s" and "France's" match alike. */
export const normWord = (w: string): string => w.toLowerCase().replace(/[’‘`]/g, "'");

/** Splits a lexicon phrase into the words the tokenizer would produce. */
export function phraseWords(phrase: string): string[] {
  return phrase.replace(/([’'])s\b/g, ' $1s').split(/\s+/).filter(Boolean);
}

/** Index of phrases by their first word, longest first. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  /** Adds a phrase; with `exactCase`, the text must spell it with the same capitals. */
  add(phrase: string, value: T, exactCase = false): void {
    const raw = phraseWords(phrase);
    if (!raw.length) return;
    const words = raw.map(normWord);
    const list = this.byFirst.get(words[0]!) ?? [];
    // the first entry for a phrase wins: loaders add preferred senses first ("French" → France, not a territory)
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return;
    list.push({ words, value, exactCase: exactCase ? raw : undefined });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** The longest entries that match the words starting at `i` (all entries of that length). */
  matchAt(lower: readonly string[], raw: readonly string[], i: number): PhraseEntry<T>[] {
    const list = this.byFirst.get(lower[i] ?? '');
    if (!list) return [];
    let best: PhraseEntry<T>[] = [];
    for (const e of list) {
      if (best.length && e.words.length < best[0]!.words.length) break;
      if (i + e.words.length > lower.length) continue;
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) {
        if (lower[i + k] !== e.words[k]) ok = false;
        else if (e.exactCase && raw[i + k] !== e.exactCase[k]) ok = false;
      }
      if (ok) best = best.length ? [...best, e] : [e];
    }
    return best;
  }

  /** Whether any phrase starts with this word. */
  startsWith(word: string): boolean { return this.byFirst.has(word); }
}
