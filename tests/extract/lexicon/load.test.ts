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

  describe('with the CAMEO frames of verbs-cameo.json', () => {
    const cameoFrames = (lex: ReturnType<typeof loadLexicon>, word: string) => (lex.framesByTrigger.get(word) ?? []).filter((f) => f.id.startsWith('cameo.'));

    it('adds them after ours, inflected with the forms CAMEO gives in braces ("snubbed")', () => {
      const lex = loadLexicon();
      expect(cameoFrames(lex, 'berated').map((f) => f.type)).toEqual(['accusation']);
      expect(cameoFrames(lex, 'snubbed').map((f) => f.id)).toEqual(['cameo.accusation.snub']);
    });

    it('drops a CAMEO frame of a word that verbs.json reads as another type too ("welcomed": meeting and praise)', () => {
      const lex = loadLexicon();
      expect(cameoFrames(lex, 'welcomed')).toEqual([]);
      expect(new Set(lex.framesByTrigger.get('welcomed')!.map((f) => f.type))).toEqual(new Set(['meeting', 'praise']));
    });

    it('keeps a CAMEO frame of a word that verbs.json reads as the same type only as a fallback ("signed")', () => {
      const lex = loadLexicon();
      const signed = lex.framesByTrigger.get('signed')!;
      expect(cameoFrames(lex, 'signed').length).toBeGreaterThan(0);
      expect(cameoFrames(lex, 'signed').every((f) => f.fallback && f.type === 'agreement')).toBe(true);
      expect(signed[0]!.fallback).toBe(false); // hand frames first
      expect(cameoFrames(lex, 'berated').every((f) => !f.fallback)).toBe(true);
    });

    it('loads without the file', () => {
      const dir = copyWith('verbs.json', fs.readFileSync(path.join(LEXICON_DIR, 'verbs.json'), 'utf8'));
      fs.rmSync(path.join(dir, 'verbs-cameo.json'));
      const lex = loadLexicon(dir);
      expect(lex.triggerWords.has('accused')).toBe(true);
      expect(lex.triggerWords.has('berated')).toBe(false);
    });

    it('names the file when one of its frames is broken', () => {
      const bad = JSON.stringify({ frames: [{ id: 'cameo.x', type: 'hug', pattern: 'hug @B' }] });
      expect(() => loadLexicon(copyWith('verbs-cameo.json', bad))).toThrow(/verbs-cameo\.json.*unknown event type hug/);
    });
  });
});
