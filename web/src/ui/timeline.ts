// The time slider: a histogram of events per month under two range handles (first and last month),
// and Play, which slides the window a month at a time to watch relations come and go.
import { VIEWER_DEFAULTS } from '../defaults.js';
import { clear, h } from '../dom.js';
import type { MonthBin } from '../histogram.js';
import type { ViewStore } from '../view-state.js';

/** Draws the timeline for `bins` and keeps it in step with the store. Returns a redraw function. */
export function setupTimeline(root: HTMLElement, store: ViewStore): (bins: MonthBin[]) => void {
  let bins: MonthBin[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  const bars = h('div', { class: 'histogram', 'aria-hidden': 'true' });
  const from = h('input', { type: 'range', id: 'time-from', min: '0', step: '1', 'aria-label': 'First month' });
  const to = h('input', { type: 'range', id: 'time-to', min: '0', step: '1', 'aria-label': 'Last month' });
  const label = h('output', { id: 'time-label', for: 'time-from time-to', 'aria-live': 'polite' });
  const play = h('button', { type: 'button', id: 'time-play', 'aria-pressed': 'false', text: 'Play' });
  const reset = h('button', { type: 'button', id: 'time-reset', text: 'All time' });
  root.append(h('h2', { class: 'sr-only', text: 'Time window' }),
    h('div', { class: 'time-controls' }, play, reset, label),
    h('div', { class: 'time-track' }, bars, from, to));

  const indexOf = (month: string | null, fallback: number) => {
    if (!month) return fallback;
    const i = bins.findIndex((b) => b.month >= month);
    return i < 0 ? bins.length - 1 : i;
  };
  const commit = (lo: number, hi: number) => {
    if (lo > hi) [lo, hi] = [hi, lo];
    const full = lo === 0 && hi === bins.length - 1;
    store.set({ from: full ? null : bins[lo].month, to: full ? null : bins[hi].month });
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const sync = () => {
    const s = store.get();
    const last = bins.length - 1;
    const lo = indexOf(s.from, 0);
    const hi = s.to ? Math.max(lo, bins.findLastIndex((b) => b.month <= s.to!)) : last;
    from.value = String(lo);
    to.value = String(hi);
    [...bars.children].forEach((bar, i) => bar.classList.toggle('out', i < lo || i > hi));
    label.textContent = bins.length
      ? s.from || s.to ? `${bins[lo].month} to ${bins[hi].month}` : `All time (${bins[0].month} to ${bins[last].month})`
      : 'No dated events';
  };

  from.addEventListener('input', () => { stop(); commit(Number(from.value), Math.max(Number(from.value), Number(to.value))); });
  to.addEventListener('input', () => { stop(); commit(Math.min(Number(from.value), Number(to.value)), Number(to.value)); });
  reset.addEventListener('click', () => { stop(); store.set({ from: null, to: null }); });
  play.addEventListener('click', () => {
    if (timer) return stop();
    let lo = Number(from.value);
    let hi = Number(to.value);
    const last = bins.length - 1;
    // A full or finished window restarts as one month from the beginning.
    if ((lo === 0 && hi === last) || hi >= last) [lo, hi] = [0, hi - lo >= last ? 0 : hi - lo];
    commit(lo, hi);
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (hi >= last) return stop();
      commit(++lo, ++hi);
    }, VIEWER_DEFAULTS.playStepMs);
  });
  store.subscribe((s, p) => {
    if (s.from !== p.from || s.to !== p.to) sync();
  });

  return (next: MonthBin[]) => {
    bins = next;
    stop();
    clear(bars);
    const top = Math.max(1, ...bins.map((b) => b.count));
    for (const b of bins) {
      const bar = h('span', { class: 'bar', title: `${b.month}: ${b.count} events` });
      bar.style.height = `${Math.max(2, (100 * b.count) / top)}%`;
      bars.append(bar);
    }
    for (const r of [from, to]) {
      r.max = String(Math.max(0, bins.length - 1));
      r.disabled = bins.length < 2;
    }
    play.disabled = reset.disabled = bins.length < 2;
    sync();
  };
}
