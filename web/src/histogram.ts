// Events per month, for the time slider: every month from the first dated event to the last,
// empty months included, so the slider moves at an even pace.
import type { ViewGraph } from './graph-source.js';

/** One month of the histogram. */
export interface MonthBin {
  month: string;
  count: number;
}

/** The month after `YYYY-MM`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Counts dated events (not affiliations) per month. */
export function monthHistogram(graph: ViewGraph): MonthBin[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_k, attrs) => {
    if (attrs.type === 'affiliation' || !attrs.date || !/^\d{4}-\d{2}/.test(attrs.date)) return;
    const month = attrs.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  });
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const bins: MonthBin[] = [];
  // Guard against a stray year-0001 date: at most 100 years of months.
  for (let m = months[0]; m <= months[months.length - 1] && bins.length < 1200; m = nextMonth(m)) {
    bins.push({ month: m, count: counts.get(m) ?? 0 });
  }
  return bins;
}
