// Incremental placement: when articles arrive, their new actors are put near the actors they are
// tied to (the mean position of placed neighbours, nudged off it so two newcomers never coincide),
// or near their state, or on the rim of the layout when nothing ties them yet — instead of a full
// ForceAtlas2 relayout. A candidate for src/graph/place-new-nodes.ts or the viewer's layout module.

/** Places every node of `graph` lacking x/y; returns the number placed. `seed` makes the nudges repeatable. */
export function placeNewNodes(graph, nodes = graph.nodes(), { seed = 1 } = {}) {
  let s = seed >>> 0;
  const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const placed = (n) => Number.isFinite(graph.getNodeAttribute(n, 'x')) && Number.isFinite(graph.getNodeAttribute(n, 'y'));
  const pending = nodes.filter((n) => !placed(n));
  let rim = null;
  const rimRadius = () => {
    if (rim === null) {
      // 3 of every 4 nodes inside: a sample of the layout's radius, read once
      const sample = graph.nodes().filter(placed).slice(0, 2000).map((n) => Math.hypot(graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')));
      rim = sample.length ? sample.sort((a, b) => a - b)[Math.floor(sample.length * 0.75)] : 100;
    }
    return rim;
  };
  // two rounds: newcomers tied only to other newcomers are placed once those are
  for (let round = 0; round < 2; round++) {
    for (const n of pending) {
      if (placed(n)) continue;
      let x = 0;
      let y = 0;
      let k = 0;
      graph.forEachNeighbor(n, (m, attrs) => {
        if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) { x += attrs.x; y += attrs.y; k++; }
      });
      if (!k && round === 0) continue;
      if (k) {
        const spread = 1 + 4 / k; // one neighbour: further off it; many: near their centre
        graph.mergeNodeAttributes(n, { x: x / k + (random() - 0.5) * spread, y: y / k + (random() - 0.5) * spread });
      } else {
        const a = random() * 2 * Math.PI;
        graph.mergeNodeAttributes(n, { x: Math.cos(a) * rimRadius(), y: Math.sin(a) * rimRadius() });
      }
    }
  }
  return pending.length;
}
