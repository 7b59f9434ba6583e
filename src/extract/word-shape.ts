// The shape of a word, read off its characters: capitalized, lowercase, a digit first, a dash inside.
// Hot paths ask these once per token; a regular expression there would cost an allocation per call,
// so ASCII is read by character codes and only other scripts go through the (hoisted) expressions.

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const LOWER_HYPHENATED = /^\p{Ll}[\p{Ll}-]*$/u;
const LOWER_OR_HYPHEN = /^[\p{Ll}-]+$/u;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** Starts with a capital letter (any script): "Macron", "Élysée". */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER_FIRST.test(s);
}

/** Starts with a lowercase letter (any script). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isAsciiLower(c) : LOWER_FIRST.test(s);
}

/** Starts with a digit 0–9. */
export function startsDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// Whether every character is a lowercase letter or an allowed hyphen ('inner': not first; 'any').
function allLower(s: string, hyphen: 'none' | 'inner' | 'any', slow: RegExp): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return slow.test(s);
    if (!(isAsciiLower(c) || (c === 45 && (hyphen === 'any' || (hyphen === 'inner' && i > 0))))) return false;
  }
  return true;
}

/** Only lowercase letters: "talks", "révision"; not "U.S.", "al-Assad", "2019". */
export const isLowerWord = (s: string): boolean => allLower(s, 'none', LOWER_WORD);

/** A lowercase word, maybe hyphenated: "long-range"; not "-ish". */
export const isLowerHyphenated = (s: string): boolean => allLower(s, 'inner', LOWER_HYPHENATED);

/** Lowercase letters and hyphens in any order (the adverb and filler words a frame may skip). */
export const isLowerOrHyphen = (s: string): boolean => allLower(s, 'any', LOWER_OR_HYPHEN);

/** Holds a hyphen, a Unicode hyphen or an en dash: "Armenian-Azerbaijani", "Export–Import". */
export const hasDash = (s: string): boolean => s.includes('-') || s.includes('‐') || s.includes('–');
