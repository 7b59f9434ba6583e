// The content hash that recognizes the same article text arriving twice (other file, other format).
// Whitespace is normalized first, so re-wrapped copies of a text count as the same.
import { createHash } from 'node:crypto';

/** sha256 (hex) of `text` with runs of whitespace collapsed and the ends trimmed. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
