// The lexicon loader: knowledge comes from data/lexicon, and a broken file stops with its name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR, loadLexicon } from '../../../src/extract/lexicon/load.js';

function copyWith(file: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-lex-'));
  for (const f of fs.readdirSync(LEXICON_DIR)) fs.copyFileSync(path.join(LEXICON_DIR, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

describe('loadLexicon', () => {
  it('maps "the Kremlin" to Russia and "French" to France, not a French territory', () => {
    const lex = loadLexicon();
    expect(lex.statePhrases.matchAt(['the', 'kremlin'], ['the', 'Kremlin'], 0)[0]?.value.code).toBe('RUS');
    expect(lex.statePhrases.matchAt(['french'], ['French'], 0)[0]?.value.code).toBe('FRA');
  });

  it('inflects frame verbs so "accused" triggers the accusation frame', () => {
    expect(loadLexicon().triggerWords.has('accused')).toBe(true);
  });

  it('takes a new way to say "accused" from the data file alone', () => {
    const verbs = JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, 'verbs.json'), 'utf8'));
    verbs.frames.push({ id: 'accusation.finger', type: 'accusation', pattern: 'finger @B' });
    const lex = loadLexicon(copyWith('verbs.json', JSON.stringify(verbs)));
    expect(lex.triggerWords.has('fingered')).toBe(true);
  });

  it('names the broken file and the fix', () => {
    expect(() => loadLexicon(copyWith('titles.json', '{ not json'))).toThrow(/titles\.json.*data\/README\.md/s);
  });

  it('rejects a frame with an unknown event type', () => {
    const verbs = JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, 'verbs.json'), 'utf8'));
    verbs.frames.push({ id: 'x.y', type: 'hug', pattern: 'hug @B' });
    expect(() => loadLexicon(copyWith('verbs.json', JSON.stringify(verbs)))).toThrow(/unknown event type hug/);
  });
});
