// Layout costs: ForceAtlas2 (graphology-layout-forceatlas2, in this process) CPU time per iteration
// at three node counts on a heavy-tailed graph (4 edges per node), with and without Barnes-Hut;
// then placing newly arrived actors next to their neighbours (bench/lib/place-new-nodes.mjs) into the
// largest laid-out graph, against what one full relayout iteration costs.
import { createRequire } from 'node:module';
import { clock, section } from '../lib/measure.mjs';
import { placeNewNodes } from '../lib/place-new-nodes.mjs';
import { rng, zipf } from '../lib/random.mjs';
import { scale } from '../lib/scales.mjs';

const require = createRequire(import.meta.url);
const Graph = require('graphology');
const forceAtlas2 = require('graphology-layout-forceatlas2');

/** A graph of `n` nodes whose edge ends are drawn Zipf-wise (hubs and a long tail), placed at random. */
function heavyTailed(n, seed = 5) {
  const random = rng(seed);
  const draw = zipf(n, 0.9, random);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { x: (random() - 0.5) * 1000, y: (random() - 0.5) * 1000 });
  for (let e = 0; e < n * 4; e++) {
    const a = Math.floor(random() * n);
    const b = draw();
    if (a !== b) g.mergeEdge(`n${a}`, `n${b}`);
  }
  return { g, draw, random };
}

const perIteration = (g, bh, iterations) => clock(() => forceAtlas2.assign(g, {
  iterations, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: bh } })).cpu / iterations;

// How far the new nodes sit from their neighbours, against the graph's median edge length.
function edgeRatio(g, newNodes) {
  const len = (e) => { const [s, t] = g.extremities(e); return Math.hypot(g.getNodeAttribute(s, 'x') - g.getNodeAttribute(t, 'x'), g.getNodeAttribute(s, 'y') - g.getNodeAttribute(t, 'y')); };
  const fresh = new Set(newNodes);
  const oldLens = g.filterEdges((e, _a, s, t) => !fresh.has(s) && !fresh.has(t)).slice(0, 20000).map(len).sort((a, b) => a - b);
  const newLens = newNodes.flatMap((n) => g.edges(n)).map(len);
  return newLens.reduce((a, b) => a + b, 0) / newLens.length / oldLens[Math.floor(oldLens.length / 2)];
}

section(async (name) => {
  const sizes = scale(name).layoutNodes;
  const rows = [];
  let last = null;
  for (const n of sizes) {
    const { g, draw, random } = heavyTailed(n);
    const iterations = Math.max(3, Math.round(100_000 / n));
    const bh = perIteration(g, true, iterations);
    // exact (no Barnes-Hut) is O(n²): measured up to 10k nodes, projected above
    const exact = n <= 10_000 ? perIteration(g, false, Math.max(1, Math.round(iterations / 4))) : null;
    rows.push({ nodes: n, edges: g.size, iterations, barnesHutMs: bh * 1000, exactMs: exact === null ? null : exact * 1000 });
    last = { g, draw, random, n };
  }
  // settle the largest graph a little, then let articles arrive
  const { g, draw, random } = last;
  forceAtlas2.assign(g, { iterations: 10, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true } });
  const arrive = (count) => {
    const added = [];
    for (let i = 0; i < count; i++) {
      const id = `new${g.order}`;
      g.addNode(id);
      added.push(id);
      for (let k = 0; k < 3; k++) g.mergeEdge(id, `n${draw()}`);
      if (added.length > 1 && random() < 0.5) g.mergeEdge(id, added[Math.floor(random() * (added.length - 1))]);
    }
    return added;
  };
  const placement = [];
  for (const count of [5, 100, 1000]) {
    const added = arrive(count);
    const c = clock(() => placeNewNodes(g, added));
    placement.push({ newNodes: count, ms: c.cpu * 1000, edgeLengthRatio: edgeRatio(g, added) });
  }
  const fullIterationMs = perIteration(g, true, 2) * 1000;
  return { rows, placement, intoNodes: g.order, fullIterationMs };
});
