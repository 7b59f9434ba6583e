// The CAMEO converter (data/scripts/convert-cameo.mjs) on a small inline sample written in the format
// of PETRARCH-2's CAMEO.2.0.txt (dictionaries.rst): synonym sets, verb blocks, brace forms, patterns.
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain Node script without type declarations
import { convertCameo, serialize, typeOfCode } from '../../../data/scripts/convert-cameo.mjs';

const SAMPLE = `# a comment
&TREATY
+TREATY
+PACT
+WRITTEN_AGREEMENT
+AGREEMENT

---  DENOUNCE   [111]  ---
+DRESS_DOWN {+DRESSES_DOWN +DRESSED_DOWN +DRESSING_DOWN}
BERATE
SNUB  {SNUBS SNUBBING SNUBBED} [111]
CANE [180]
WIRE_+TAP
- * (FOR VIOLATING)                                   [1122]        # BERATE
- * SANCTIONS                                         [053]         # BERATE
- REBELS *                                            [111]         # BERATE

---  DISTRUST   [110]  ---
SUSPECT
- * (OF FRAUD)                                        [1121]        # SUSPECT

---  BLAME   [112]  ---
CHARGE
HIT

---  SIGN   [---]  ---
INK
- * &TREATY                                           [057:057]     # INK
- * {TRADE &TREATY}                                   [0311]        # INK

---  CONFER   [010]  ---
CONFER {CONFERS CONFERRED CONFERRING } [040:040]
CONSULT [040:040]
- * (WITH)                                            [046:046]

---  CALL   [041:041]  ---
CALL
RING
- * (UPON)                                            [020]         # CALL

---  HOST   [043:042]  ---
HOST
`;

const doc = convertCameo(SAMPLE);
const byId = (id: string) => doc.frames.find((f: { id: string }) => f.id === id);
const patterns = () => doc.frames.map((f: { pattern: string }) => f.pattern);

describe('convertCameo', () => {
  it('maps CAMEO codes to event types', () => {
    expect(['010', '020', '040', '042', '043', '051', '057', '100', '1121', '110', '128', '130', '190'].map(typeOfCode))
      .toEqual(['statement', 'demand', 'meeting', 'visit', 'meeting', 'praise', 'agreement', 'demand', 'accusation', null, 'rejection', 'threat', null]);
  });

  it('makes a frame of each synonym with the code of its block or its own', () => {
    expect(byId('cameo.accusation.berate')).toMatchObject({ type: 'accusation', pattern: 'berate @B', cameo: '111' });
    expect(byId('cameo.accusation.dress-down')).toMatchObject({ pattern: 'dress down @B' });
    expect(byId('cameo.meeting.host')).toMatchObject({ type: 'meeting', pattern: 'host @B', cameo: '043' });
    expect(byId('cameo.meeting.consult')).toMatchObject({ type: 'meeting', pattern: 'consult @B' });
  });

  it('keeps the irregular forms in braces for the loader to inflect', () => {
    expect(doc.irregular.snub).toEqual(['snubbed', 'snubbing', 'snubs']);
    expect(doc.irregular.dress).toEqual(['dressed', 'dresses', 'dressing']);
  });

  it('turns "(PREP)" and "(OF/FOR …)" patterns into "verb prep X" and "verb X of/for" frames', () => {
    expect(byId('cameo.meeting.consult-with')).toMatchObject({ pattern: 'consult with @B', cameo: '046' });
    expect(byId('cameo.accusation.berate-x-for')).toMatchObject({ pattern: 'berate @B for', cameo: '1122' });
    expect(byId('cameo.accusation.suspect-x-of')).toMatchObject({ pattern: 'suspect @B of', cameo: '1121' });
  });

  it('turns a treaty signed (057, and 03x in a signing block) into agreement frames with the synonym set', () => {
    expect(byId('cameo.agreement.ink-treaty-with')).toMatchObject({ type: 'agreement', pattern: 'ink * agreement|agreements|pact|pacts|treaties|treaty with @B' });
    expect(byId('cameo.agreement.ink-treaty')).toMatchObject({ pattern: 'ink * agreement|agreements|pact|pacts|treaties|treaty', plural: true });
  });

  it('skips codes we do not extract, noun objects, subject nouns and verbs after other words', () => {
    expect(patterns().some((p: string) => /^(cane|wire|tap)\b|sanctions|rebels/.test(p))).toBe(false);
    expect(byId('cameo.accusation.suspect')).toBeUndefined(); // DISTRUST is 110, only its pattern is 112x
    expect(doc.skipped['words before the verb (subject-noun machinery)']).toBe(1);
  });

  it('leaves out the ambiguous verbs of its exclusion list, and their patterns', () => {
    expect(patterns().some((p: string) => /^(charge|hit|call) |^confer @B/.test(p))).toBe(false);
    expect(byId('cameo.meeting.confer-with')).toMatchObject({ pattern: 'confer with @B' }); // the bare "conferred" is left out
    expect(patterns()).not.toContain('ring upon @B'); // "(UPON) # CALL" was written for "call", which is excluded
  });

  it('is deterministic and keeps the MIT notice of its source', () => {
    expect(serialize(convertCameo(SAMPLE))).toBe(serialize(doc));
    expect(doc.$comment).toMatch(/MIT License.*Open Event Data Alliance/s);
  });
});
