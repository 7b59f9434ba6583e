// A synthetic diplomatic graph of any size, for the scale tests and bench/viewer.mjs: made-up
// actors in made-up states, events spread over five years, hubs by preferential attachment.
// Deterministic (seeded), in graphology's serialized form, shaped like the server's graph.

const TYPES = ['meeting', 'statement', 'accusation', 'praise', 'rejection', 'demand', 'threat', 'agreement', 'visit'];
const KINDS = ['person', 'person', 'person', 'organization', 'group'];

/** A seeded random generator in [0, 1). */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return ((s ^= s >>> 16) >>> 0) / 4294967296;
  };
}

/**
 * Builds `{ attributes, options, nodes, edges }` with `nodes` actors (about 1 in 50 a state) and
 * `edges` events.
 * @param {{ nodes: number, edges: number, seed?: number }} size
 */
export function syntheticGraph({ nodes: order, edges: size, seed = 7 }) {
  const random = rng(seed);
  const stateCount = Math.max(2, Math.round(order / 50));
  // Codes shaped like ISO 3166 alpha-3 ("QAA", "QAB" …; Q* is the user-assigned range).
  const letter = (n) => String.fromCharCode(65 + (n % 26));
  const states = Array.from({ length: stateCount }, (_, i) => `Q${letter(Math.floor(i / 26))}${letter(i)}`);
  const nodes = [];
  for (let i = 0; i < stateCount; i++) {
    nodes.push({ key: `state:${states[i]}`, attributes: { label: `State ${i}`, kind: 'state', state: states[i], role: null, aliases: [], articles: ['s1'] } });
  }
  for (let i = nodes.length; i < order; i++) {
    const kind = KINDS[i % KINDS.length];
    const state = states[Math.floor(random() * stateCount)];
    nodes.push({ key: `${kind}:actor-${i}`, attributes: { label: `Actor ${i}`, kind, state, role: kind === 'person' ? 'minister' : null, aliases: [`A${i}`], articles: [`s${i % 97}`] } });
  }
  // Preferential attachment: an endpoint is drawn from the list of earlier endpoints half the time.
  const ends = [];
  const pick = () => (ends.length && random() < 0.5 ? ends[Math.floor(random() * ends.length)] : nodes[Math.floor(random() * order)].key);
  const edges = [];
  for (let i = 0; i < size; i++) {
    let s = pick();
    let t = pick();
    if (s === t) t = nodes[(nodes.findIndex((n) => n.key === s) + 1) % order].key;
    ends.push(s, t);
    const type = TYPES[Math.floor(random() * TYPES.length)];
    const month = Math.floor(random() * 60);
    const date = `${2020 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    edges.push({
      key: `s:${i}`, source: s, target: t,
      attributes: {
        type, date, location: null, sentence: `Synthetic sentence ${i}: ${s} and ${t} (${type}).`, article: `s${i % 97}`,
        start: 0, end: 10, confidence: 0.7, rule: `${type}.synthetic`, cameo: '000', plover: 'CONSULT', quadClass: 'verbal-cooperation',
      },
    });
  }
  return {
    attributes: { name: `synthetic-${order}-${size}`, source: 'Made-up graph generated for tests and benchmarks; no real data.' },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes, edges,
  };
}
