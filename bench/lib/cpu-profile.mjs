// Summarizes a V8 .cpuprofile (node --cpu-prof): self and inclusive time per function, as shares of
// the sampled time, so the profiling step of `npm run bench` can say what dominates extraction.

/** Self and total (inclusive) shares per function, largest first. */
export function summarizeProfile(profile, { top = 15, root = '' } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (deltas[i] ?? 0)));
  const total = [...hits.values()].reduce((a, b) => a + b, 0) || 1;
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '$1/') : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? ':' + (f.lineNumber + 1) : ''}`.trim();
  };
  const self = new Map();
  const incl = new Map();
  for (const [id, t] of hits) {
    const n = byId.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + t);
    // inclusive: count each function once per sample even when it recurses
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur));
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + t);
    }
  }
  const rows = (m) => [...m].filter(([l]) => l.includes(root)).sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([fn, t]) => ({ fn, ms: Math.round(t / 1000), share: Math.round((t / total) * 1000) / 10 }));
  return { sampledMs: Math.round(total / 1000), self: rows(self), inclusive: rows(incl) };
}
