// Lines a news page wraps around the article that are not the article: newsletter sign-ups,
// share prompts, "Advertisement". Dropped from text taken out of HTML pages.

// "Get the Mirror in your inbox:", "Sign up for our newsletter", "Advertisement", "Share this article"
const PATTERNS: readonly RegExp[] = [
  /\bin your inbox\b/i,
  /\b(sign up|subscribe)\b.*\b(newsletter|updates|inbox|email)\b/i,
  /^(newsletter|advertisement|advert|sponsored( content)?|related( articles| stories)?|read more|continue reading)\b/i,
  /^(share|follow us|like us)\b.*\b(facebook|twitter|x|linkedin|email|whatsapp|article|story)\b/i,
  /^(click|tap) here\b/i,
];

/** Is this short line page furniture rather than article text? */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 120 && PATTERNS.some((p) => p.test(t));
}

/** `text` without its boilerplate lines (paragraphs stay separated by a blank line). */
export function dropBoilerplate(text: string): string {
  return text.split(/\n/).filter((l) => !isBoilerplateLine(l)).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
