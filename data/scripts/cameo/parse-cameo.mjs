// Reads the text of PETRARCH-2's CAMEO verb dictionary (format: its dictionaries.rst): synonym sets
// (&TREATY +TREATY +PACT …), verb blocks (--- NAME [CODE] ---) with their synonyms, brace forms and
// patterns (- * (OF TORTURE) [1122] # ACCUSE). Used by data/scripts/convert-cameo.mjs.

/** A synonym set of the dictionary (&TREATY: treaty, pact, accord, agreement), with plurals as CAMEO makes them. */
export function synsetForms(words, noPlural) {
  const out = new Set();
  for (const w of words) {
    if (w.includes(' ')) continue; // "written agreement": a frame word is one token; its head is listed alone
    out.add(w);
    if (noPlural || (w.endsWith('s') && !w.endsWith('ss'))) continue;
    out.add(/[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w.endsWith('ss') ? w + 'es' : w + 's');
  }
  return [...out];
}

// "SNUB {SNUBS SNUBBING SNUBBED} [111]  # comment", "+DRESS_DOWN {+DRESSES_DOWN ...}", "WIRE_+TAP"
function readSynonym(line) {
  const text = line.replace(/#.*/, '').trim();
  const code = /\[([^\]]*)\]/.exec(text)?.[1] ?? null;
  const braces = /\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const head = text.replace(/\{[^}]*\}|\[[^\]]*\]/g, ' ').trim().split(/\s+/)[0] ?? '';
  if (!head) return null;
  const parts = head.toLowerCase().split('_').filter(Boolean);
  const plus = parts.findIndex((p) => p.startsWith('+'));
  // "WIRE_+TAP": a verb after other words; the frame's first word must be the verb
  if (plus > 0) return { skip: 'the verb is not the first word', head };
  const words = parts.map((p) => p.replace(/^\+/, ''));
  const forms = braces.trim() ? braces.trim().split(/\s+/).map((f) => f.toLowerCase().split('_').filter(Boolean)[0]?.replace(/^\+/, '') ?? '').filter(Boolean) : [];
  return { lemma: words.join(' '), verb: words[0], rest: words.slice(1), forms, code: code === null ? null : code.split(':')[0] };
}

// "- * (OF TORTURE)  [1122]  # ACCUSE": what follows the verb, its code, the verbs it was written for
function readPattern(line) {
  const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#(.*))?$/.exec(line.trim());
  if (!m) return null;
  const [pre, post = ''] = m[1].split('*');
  return { pre: (pre ?? '').trim(), post: post.trim(), code: m[2].split(':')[0], origin: (m[3] ?? '').split(/[,\s]+/).map((w) => w.toLowerCase().replace(/_/g, ' ')).filter(Boolean), line: line.trim() };
}

/** Parses the dictionary text: its synonym sets and verb blocks (synonyms and patterns). */
export function parseCameo(text) {
  const synsets = new Map();
  const blocks = [];
  let synset = null;
  let block = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) { synset = null; continue; }
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (header) { block = { name: header[1], code: header[2].split(':')[0] || null, synonyms: [], patterns: [] }; blocks.push(block); synset = null; continue; }
    if (line.startsWith('#')) continue;
    const set = /^&(\w+)/.exec(line);
    if (set && !block) { synset = { name: set[1].replace(/_$/, ''), noPlural: set[1].endsWith('_'), words: [] }; synsets.set(synset.name, synset); continue; }
    if (synset && line.startsWith('+')) { synset.words.push(line.slice(1).replace(/#.*/, '').trim().toLowerCase().replace(/_$/, '').replace(/_/g, ' ')); continue; }
    if (!block) continue;
    if (line.trimStart().startsWith('-')) { const p = readPattern(line); if (p) block.patterns.push(p); continue; }
    const s = readSynonym(line);
    if (s) block.synonyms.push(s);
  }
  return { synsets: new Map([...synsets].map(([k, v]) => [k, synsetForms(v.words, v.noPlural)])), blocks };
}

// "(OF TORTURE)", "(UPON)", "{PEACE DEAL}", "&TREATY", "DECLARATION": the items after the verb
export function items(post) {
  const out = [];
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  for (let m; (m = re.exec(post));) {
    if (m[1] !== undefined) out.push({ kind: 'pp', words: m[1].trim().toLowerCase().split(/\s+/) });
    else if (m[2] !== undefined) out.push({ kind: 'np', words: m[2].trim().toLowerCase().split(/\s+/) });
    else out.push({ kind: 'word', words: [m[3].toLowerCase()] });
  }
  return out;
}

