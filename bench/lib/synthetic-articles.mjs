// Synthetic extraction output for the store, graph and API benchmarks at sizes extraction cannot
// reach in minutes (100k, 1M events): ExtractedArticle objects with ~8 events each between states
// and people drawn Zipf-wise (a heavy-tailed degree distribution), sentences taken from real text.
import { createRequire } from 'node:module';
import { rng, zipf } from './random.mjs';
import { surname } from './rename-actors.mjs';

const require = createRequire(import.meta.url);
// the most written-about states first, so the head of the Zipf draw looks like real news
const HEAD = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'IRN', 'UKR', 'ISR', 'TUR', 'IND', 'JPN', 'SAU', 'SYR'];
const ISO3 = [...HEAD, ...require('world-countries').map((c) => c.cca3).filter((c) => !HEAD.includes(c)).sort()];
const TYPES = [['meeting', '040', 'CONSULT', 'verbal-cooperation'], ['statement', '010', 'DISAPPROVE', 'verbal-cooperation'],
  ['accusation', '112', 'ACCUSE', 'verbal-conflict'], ['praise', '051', 'APPEAL', 'verbal-cooperation'],
  ['rejection', '128', 'REJECT', 'verbal-conflict'], ['demand', '100', 'DEMAND', 'verbal-conflict'],
  ['threat', '130', 'THREATEN', 'verbal-conflict'], ['agreement', '057', 'AGREE', 'material-cooperation'], ['visit', '042', 'CONSULT', 'verbal-cooperation']];
const ROLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defense Minister', 'Ambassador', 'Spokesperson'];
const SENTENCE = 'Foreign Minister Ana Kavinmel met her counterpart in the capital on Tuesday to discuss the ceasefire, officials said.';

/** `n` synthetic articles; events per article vary 4–12 (mean 8). Deterministic for a seed. */
export function* syntheticArticles(n, { seed = 11, eventsPerArticle = 8 } = {}) {
  const random = rng(seed);
  const drawState = zipf(ISO3.length, 1.1, random);
  // people: the pool grows with the stream (new names keep arriving), a few recur very often
  const people = Math.max(200, Math.round(n * 0.6));
  const drawPerson = zipf(people, 1.0, random);
  const day0 = Date.UTC(2019, 0, 1);
  for (let i = 0; i < n; i++) {
    const date = new Date(day0 + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const entities = new Map();
    const actor = () => {
      if (random() < 0.45) {
        const iso = ISO3[drawState()];
        entities.set(`state:${iso}`, { id: `state:${iso}`, kind: 'state', name: iso, state: iso, role: null, aliases: [] });
        return `state:${iso}`;
      }
      const p = drawPerson();
      const iso = ISO3[(p * 31) % ISO3.length];
      const id = `person:${surname(p).toLowerCase()}-${p}`;
      entities.set(id, { id, kind: 'person', name: `Ana ${surname(p)}`, state: iso, role: ROLES[p % ROLES.length], aliases: [surname(p)] });
      if (!entities.has(`state:${iso}`)) entities.set(`state:${iso}`, { id: `state:${iso}`, kind: 'state', name: iso, state: iso, role: null, aliases: [] });
      return id;
    };
    const k = Math.max(1, Math.round(eventsPerArticle + (random() - 0.5) * eventsPerArticle));
    const events = [];
    for (let e = 0; e < k; e++) {
      const [type, cameo, plover, quadClass] = TYPES[Math.floor(random() * TYPES.length)];
      const source = actor();
      let target = actor();
      if (target === source) target = actor();
      const start = e * 130;
      events.push({
        id: `e${e}`, type, source, target: target === source ? null : target, date, location: null, sentence: SENTENCE,
        start, end: start + SENTENCE.length, confidence: 0.8, rule: `bench.${type}`, trigger: type, cameo, plover, quadClass,
      });
    }
    yield { id: `syn-${i}`, title: `Synthetic article ${i}`, date, entities: [...entities.values()], events };
  }
}
