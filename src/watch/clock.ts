// Time as the watcher sees it: `now` and `sleep`. The system clock is the real one; tests give a
// virtual clock whose sleeps pass at once and move its time on, so no test waits for a schedule.

/** The watcher's source of time. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` (at once when `signal` is or becomes aborted). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise<void>((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const done = () => { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  }),
};

/** A clock that only moves when slept on or advanced; `sleeps` lists every wait asked of it. */
export function virtualClock(start = Date.parse('2024-06-01T00:00:00Z')): Clock & { advance(ms: number): void; sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    advance(ms) { t += ms; },
    async sleep(ms) {
      sleeps.push(ms);
      if (ms > 0) t += ms;
    },
  };
}
