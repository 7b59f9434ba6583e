#!/usr/bin/env node
// Converts the CAMEO verb dictionary of PETRARCH-2 (CAMEO.2.0.txt, MIT) into verb frames of
// data/lexicon/verbs-cameo.json, in the format of verbs.json (data/README.md), which the lexicon
// loader merges after the hand-written frames. Plain Node, deterministic, no network.
//   usage: node data/scripts/convert-cameo.mjs [CAMEO.2.0.txt] [--out FILE] [--report]
// The source defaults to ../shared/lexicon-sources/petrarch2/CAMEO.2.0.txt beside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCameo, synsetForms, items } from './cameo/parse-cameo.mjs';
import { typeOfCode, VERB_BLOCKS, BARE_EXCLUDED, EXCLUDED, HEADS, OBJECT_PREPS, SLOT_PREPS, VISIT_PREPS, SEEK_FROM, SKIPPED_SETS } from './cameo/curation.mjs';

export { parseCameo, typeOfCode, EXCLUDED };

// What a pattern says after the verb, if a frame can say it safely.
function shapeOf(p, synsets, type, verb) {
  if (p.pre) return { skip: 'words before the verb (subject-noun machinery)' };
  const it = items(p.post);
  if (!it.length) return { skip: 'nothing after the verb' };
  const bad = it.find((x) => x.words.some((w) => /[+$%^]|\//.test(w)));
  if (bad) return { skip: 'actor or alternative markers' };
  // "- * (UPON)", "- * WITH": the verb, a preposition, the counterpart
  const lone = it.length === 1 && it[0].words.length === 1 ? it[0].words[0] : null;
  if (lone && (type === 'visit' ? VISIT_PREPS : SLOT_PREPS).has(lone)) return { kind: 'prep', prep: lone };
  // "- * (OF TORTURE)": "verb X of …"
  if (it.length === 1 && it[0].kind === 'pp' && OBJECT_PREPS.has(it[0].words[0]) && (type === 'accusation' || type === 'praise')) return { kind: 'objectPrep', prep: it[0].words[0] };
  // "- * &TREATY", "- * {PEACE DEAL}", "- * TALKS (IN ^) (WITH)", "- * (ON &NEGOTIATION)": a treaty signed,
  // talks entered; "- * SUPPORT" for "seek": asked of someone
  const head = it[0].words.at(-1);
  if (SKIPPED_SETS.has(head)) return { skip: 'a set of names, not things asked or agreed' };
  const heads = head.startsWith('&') ? synsets.get(head.slice(1).toUpperCase()) ?? [] : synsetForms([head], false);
  const known = HEADS[type];
  if (known && heads.some((h) => known.has(h.replace(/s$/, '')))) return { kind: 'nounWith', nouns: heads };
  if (type === 'demand' && SEEK_FROM.has(verb) && it.length === 1 && it[0].kind !== 'pp') return { kind: 'nounFrom', nouns: heads };
  return { skip: 'a noun object or phrase (noun-phrase machinery)' };
}

const slug = (s) => s.replace(/\s+/g, '-');

/** Converts the dictionary text to the verbs-cameo.json document (frames, irregular forms, what was skipped). */
export function convertCameo(text, { excluded = EXCLUDED } = {}) {
  const { synsets, blocks } = parseCameo(text);
  const frames = new Map();
  const nouns = new Map();
  const irregular = {};
  const skipped = {};
  const skip = (why) => { skipped[why] = (skipped[why] ?? 0) + 1; };
  // keys in the order of verbs.json: id, type, pattern, options, then the CAMEO line it came from
  const add = ({ id, type, pattern, source, ...options }) => { if (!frames.has(id)) frames.set(id, { id, type, pattern, ...options, source }); };
  const verbFrames = (s, type, code, source) => {
    const base = { type, ...(code !== TYPE_CODES[type] ? { cameo: code } : {}), source };
    const id = `cameo.${type}.${slug(s.lemma)}`;
    if (type === 'statement') add({ id, ...base, pattern: s.lemma, speech: true });
    else if (type === 'visit') {
      add({ id, ...base, pattern: `${s.lemma} @P`, objectKinds: ['state', 'place'] });
      add({ id: `cameo.meeting.${slug(s.lemma)}`, ...base, type: 'meeting', cameo: code, pattern: `${s.lemma} @B`, objectKinds: ['person', 'group', 'organization'] });
    } else if (type === 'agreement') {
      add({ id, ...base, pattern: `${s.lemma} with @B` });
    } else add({ id, ...base, pattern: `${s.lemma} @B` });
  };
  for (const b of blocks) {
    const live = b.synonyms.filter((s) => {
      if (s.skip) { skip(s.skip); return false; }
      if (excluded.has(s.lemma)) { skip('excluded as ambiguous'); return false; }
      return true;
    });
    for (const s of live) {
      if (s.forms.length) irregular[s.verb] = [...new Set([...(irregular[s.verb] ?? []), ...s.forms.filter((f) => f !== s.verb)])].sort();
      const code = s.code ?? b.code;
      const type = code && code !== '---' ? typeOfCode(code) : null;
      if (!type) continue;
      const blocks = VERB_BLOCKS[code.slice(0, 2)];
      if (blocks && !blocks.has(b.name)) { skip(`bare ${code.slice(0, 2)}x verb outside the blocks of saying, appealing, consulting`); continue; }
      if (BARE_EXCLUDED.has(s.lemma)) { skip('bare verb excluded, patterns kept'); continue; }
      verbFrames(s, type, code, `${b.name} ${s.lemma} [${code}]`);
    }
    // a block signs treaties when one of its patterns codes a treaty as 057; its 03x treaties are signed too
    const signs = b.patterns.some((p) => typeOfCode(p.code) === 'agreement' && !p.pre && shapeOf(p, synsets, 'agreement').kind === 'nounWith');
    for (const p of b.patterns) {
      let type = p.code && p.code !== '---' ? typeOfCode(p.code) : null;
      if (!type && signs && /^03/.test(p.code)) type = 'agreement';
      if (!type) { skip('a code we do not extract'); continue; }
      // a pattern is read for the verbs it was written for (its comment), else for the whole block
      const named = b.synonyms.some((s) => p.origin.includes(s.lemma));
      for (const s of named ? live.filter((x) => p.origin.includes(x.lemma)) : live) {
        const shape = shapeOf(p, synsets, type, s.lemma);
        if (shape.skip) { skip(shape.skip); continue; }
        const source = `${b.name} ${s.lemma}: ${p.line.replace(/\s+/g, ' ')}`;
        const cameo = p.code !== TYPE_CODES[type] ? { cameo: p.code } : {};
        if (shape.kind === 'prep') {
          const id = `cameo.${type}.${slug(s.lemma)}-${shape.prep}`;
          if (type === 'visit') add({ id, type, ...cameo, pattern: `${s.lemma} ${shape.prep} @P`, objectKinds: ['state', 'place'], source });
          else add({ id, type, ...cameo, pattern: `${s.lemma} ${shape.prep} @B`, source });
        } else if (shape.kind === 'objectPrep') {
          add({ id: `cameo.${type}.${slug(s.lemma)}-x-${shape.prep}`, type, ...cameo, pattern: `${s.lemma} @B ${shape.prep}`, source });
        } else {
          const key = `cameo.${type}.${slug(s.lemma)}-${type === 'meeting' ? 'talks' : type === 'agreement' ? 'treaty' : 'thing'}`;
          const prev = nouns.get(key) ?? { type, lemma: s.lemma, from: shape.kind === 'nounFrom', codes: new Set(), source, words: new Set() };
          for (const n of shape.nouns) prev.words.add(n);
          prev.codes.add(p.code.slice(0, 2));
          nouns.set(key, prev);
        }
      }
    }
  }
  // one frame per verb and its things: "sign * treaty|pact|... with @B", "seek * support|aid|... from @B"
  for (const [id, n] of nouns) {
    const words = [...n.words].sort().join('|');
    // the codes of the patterns merged, to their common category ("seek * aid" 023, "seek * talks" 026 → 020)
    const common = n.codes.size === 1 ? `${[...n.codes][0]}0` : null;
    const cameo = common && common !== TYPE_CODES[n.type] ? { cameo: common } : {};
    if (n.from) { add({ id: `${id}-from`, type: n.type, ...cameo, pattern: `${n.lemma} * ${words} from @B`, source: n.source }); continue; }
    add({ id: `${id}-with`, type: n.type, pattern: `${n.lemma} * ${words} with @B`, source: n.source });
    add({ id, type: n.type, pattern: `${n.lemma} * ${words}`, plural: true, source: n.source });
  }
  const sorted = [...frames.values()].sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : 1) : a.type < b.type ? -1 : 1));
  // the irregular forms of the verbs that start a frame ("snub": "snubbed", "snubbing")
  const verbs = new Set(sorted.map((f) => f.pattern.split(' ')[0]));
  return {
    $comment: COMMENT,
    frames: sorted,
    irregular: Object.fromEntries(Object.entries(irregular).filter(([k, v]) => v.length && verbs.has(k)).sort(([a], [b]) => (a < b ? -1 : 1))),
    skipped: Object.fromEntries(Object.entries(skipped).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

// The type codes of verbs.json: a frame carries its own code only when it is more precise.
const TYPE_CODES = { meeting: '040', statement: '010', accusation: '112', praise: '051', rejection: '120', demand: '100', threat: '130', agreement: '057', visit: '042' };

const COMMENT = 'Generated by data/scripts/convert-cameo.mjs from the CAMEO verb dictionary CAMEO.2.0.txt of PETRARCH-2. Do not edit: change the converter and run it again. Frames have the format of verbs.json (data/README.md); the loader adds them after verbs.json; a word that hand frames read as another type keeps only those, one they read as the same type gets these as fallbacks (data/README.md). Each frame names its CAMEO source line. Source licence: The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.';

/** The document as JSON with one frame a line, like verbs.json. */
export function serialize(doc) {
  const line = (x) => JSON.stringify(x);
  return `{\n  "$comment": ${line(doc.$comment)},\n  "frames": [\n${doc.frames.map((f) => '    ' + line(f)).join(',\n')}\n  ],\n  "irregular": ${line(doc.irregular)},\n  "skipped": ${line(doc.skipped)}\n}\n`;
}

function main(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const repo = path.resolve(here, '../..');
  const args = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out');
  const outAt = argv.indexOf('--out');
  const src = path.resolve(args[0] ?? path.join(repo, '../shared/lexicon-sources/petrarch2/CAMEO.2.0.txt'));
  const out = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(repo, 'data/lexicon/verbs-cameo.json');
  let text;
  try { text = fs.readFileSync(src, 'utf8'); } catch (e) {
    console.error(`convert-cameo: cannot read ${src}: ${e.message}. Give the path of CAMEO.2.0.txt as the first argument.`);
    process.exit(2);
  }
  const doc = convertCameo(text);
  if (argv.includes('--report')) for (const f of doc.frames) console.log(`${f.type.padEnd(10)} ${f.pattern.padEnd(40)} ${f.source}`);
  fs.writeFileSync(out, serialize(doc));
  const byType = {};
  for (const f of doc.frames) byType[f.type] = (byType[f.type] ?? 0) + 1;
  console.error(`convert-cameo: ${doc.frames.length} frames ${JSON.stringify(byType)} → ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main(process.argv.slice(2));
