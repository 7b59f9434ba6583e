// A longest-match index of multi-word phrases over tokens (a word trie), used for every lexicon
// lookup ("the Kremlin", "Defense Minister", "United Nations Security Council").

/** A phrase entry: its lowercased words and what it stands for. */
export interface PhraseEntry<T> { words: string[]; value: T; exactCase?: string[] }

/** What matchAt returns when nothing matches: one shared empty list, so a miss allocates nothing. */
const NONE: readonly never[] = Object.freeze([]);

interface Node<T> { next: Map<string, Node<T>>; entries: PhraseEntry<T>[]; exact: boolean }

/** Lowercases and unifies apostrophes so "France’s" and "France's" match alike. */
export const normWord = (w: string): string => w.toLowerCase().replace(/[’‘`]/g, "'");

/** Splits a lexicon phrase into the words the tokenizer would produce. */
export function phraseWords(phrase: string): string[] {
  // "France's" → France 's; "Workers' Party" → Workers ' Party, as the tokenizer splits them
  return phrase.replace(/([’'])s\b/g, ' $1s').replace(/(\p{L})([’'])(?=\s|$)/gu, '$1 $2').split(/\s+/).filter(Boolean);
}

/** Index of phrases as a trie of words; the longest match wins. */
export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [], exact: false };

  /** Adds a phrase; with `exactCase`, the text must spell it with the same capitals. The first entry for a phrase wins. */
  add(phrase: string, value: T, exactCase = false): void {
    const raw = phraseWords(phrase);
    if (!raw.length) return;
    const words = raw.map(normWord);
    let node = this.root;
    for (const w of words) {
      let n = node.next.get(w);
      if (!n) { n = { next: new Map(), entries: [], exact: false }; node.next.set(w, n); }
      node = n;
    }
    // loaders add preferred senses first ("French" → France, not a territory)
    if (node.entries.length) return;
    node.entries.push({ words, value, exactCase: exactCase ? raw : undefined });
    node.exact ||= exactCase;
  }

  /** The entries of the longest phrase that matches the words starting at `i` (empty when none). */
  matchAt(lower: readonly string[], raw: readonly string[], i: number): readonly PhraseEntry<T>[] {
    let node = this.root.next.get(lower[i] ?? '');
    if (!node) return NONE;
    let best: readonly PhraseEntry<T>[] = NONE;
    for (let k = i; node; ) {
      const ok = !node.exact ? node.entries : node.entries.filter((e) => !e.exactCase || e.exactCase.every((w, j) => raw[i + j] === w));
      if (ok.length) best = ok;
      k++;
      if (k >= lower.length) break;
      node = node.next.get(lower[k]!);
    }
    return best;
  }

  /** Whether this single word is a phrase of the index (case-insensitive entries only). */
  hasWord(word: string): boolean {
    const node = this.root.next.get(word);
    return !!node && node.entries.length > 0 && !node.exact;
  }

  /** Whether any phrase starts with this word. */
  startsWith(word: string): boolean { return this.root.next.has(word); }
}
