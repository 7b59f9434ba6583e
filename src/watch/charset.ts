// Turns a page's bytes into text: the charset from the Content-Type header, else from the page's own
// `<meta charset>` / `<meta http-equiv>` or the XML declaration, else UTF-8. Latin-1 pages read as
// windows-1252, as browsers do; an unknown label falls back to UTF-8 (bad bytes become U+FFFD).

const META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_DECL = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset a Content-Type header names, or null. */
export function headerCharset(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset the document declares in its first 2 kB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = XML_DECL.exec(head) ?? META.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function decoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The text of `bytes`, decoded by the header's charset, the document's, or UTF-8 (a BOM wins). */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const d = decoder(headerCharset(contentType)) ?? decoder(declaredCharset(bytes)) ?? new TextDecoder('utf-8');
  return d.decode(bytes);
}
