// Input sizes per BENCH_SCALE: small (a quick check), default (under 5 minutes on 2 cores), full
// (adds the 1M-event store and larger streams; about 15 minutes, the first run longer to build stores).
export const SCALES = {
  small: {
    extractMB: [0.1, 0.2, 0.4], ingestArticles: [40, 80, 160], parallelArticles: 120,
    rebuildEvents: [10_000, 30_000, 100_000], apiEvents: [10_000, 100_000], layoutNodes: [1_000, 5_000, 10_000],
  },
  default: {
    extractMB: [0.25, 0.5, 1], ingestArticles: [100, 200, 400], parallelArticles: 300,
    rebuildEvents: [10_000, 30_000, 100_000], apiEvents: [10_000, 100_000], layoutNodes: [1_000, 10_000, 50_000],
  },
  full: {
    extractMB: [0.5, 1, 2], ingestArticles: [250, 500, 1000], parallelArticles: 600,
    rebuildEvents: [10_000, 100_000, 1_000_000], apiEvents: [100_000, 1_000_000], layoutNodes: [1_000, 10_000, 50_000],
  },
};

/** The sizes for `name`; throws naming the choices when it is unknown. */
export function scale(name) {
  const s = SCALES[name];
  if (!s) throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(', ')}, got "${name}".`);
  return s;
}
