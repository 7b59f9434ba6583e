// The watcher's settings: every default in one object, merged with options, checked by
// `validateWatchOptions` (a message or null); `watchOptions` is the boundary that throws.
// Also reads the `--every` durations ("15m", "1h", "90s").

/** Every default of polling and fetching. */
export const WATCH_DEFAULTS = Object.freeze({
  /** A source's polling interval when `--every` is not given. */
  everyMs: 15 * 60_000,
  /** The shortest interval a source may ask for. */
  minEveryMs: 60_000,
  /** Longest wait between two polls of a failing source (the exponential back-off stops here). */
  backoffCapMs: 6 * 3_600_000,
  /** One request (answer and body) must finish within this. */
  timeoutMs: 20_000,
  /** Largest feed or sitemap read. */
  maxFeedBytes: 5 * 1024 * 1024,
  /** Largest article page read; a bigger one is cut off and skipped. */
  maxPageBytes: 3 * 1024 * 1024,
  /** Redirects followed before a request is given up. */
  maxRedirects: 5,
  /** Least time between two requests to one host. */
  perHostIntervalMs: 2_000,
  /** A host's Retry-After (or Crawl-delay) longer than this is not waited out in a poll: its links are retried later. */
  maxWaitMs: 60_000,
  /** New links read per poll of a source; the rest wait for the next poll. */
  maxItemsPerPoll: 50,
  /** Tries of a link that failed for a passing reason (timeout, 5xx, 429) before it counts as failed. */
  maxAttempts: 3,
  /** Words a page needs to count as an article (an index or a login page has fewer). */
  minWords: 60,
  /** How long a host's robots.txt is kept. */
  robotsTtlMs: 6 * 3_600_000,
  /** How often the loop looks for sources added meanwhile when none is due sooner. */
  idleCheckMs: 60_000,
  /** The User-Agent sent, and the name robots.txt rules are matched against. */
  userAgent: 'diplograph/0.1 (news watcher; +robots.txt respected)',
});

/** The watcher's settings. */
export type WatchOptions = { -readonly [K in keyof typeof WATCH_DEFAULTS]: (typeof WATCH_DEFAULTS)[K] };

/** What is wrong with `o`, or null. */
export function validateWatchOptions(o: WatchOptions): string | null {
  for (const [k, v] of Object.entries(o)) {
    if (k === 'userAgent') {
      if (typeof v !== 'string' || !v.trim()) return 'userAgent must be a non-empty string.';
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      return `${k} must be a number of 0 or more, got ${String(v)}.`;
    }
  }
  if (o.maxRedirects > 20) return `maxRedirects must be at most 20, got ${o.maxRedirects}.`;
  if (o.maxAttempts < 1) return 'maxAttempts must be at least 1.';
  return null;
}

/** The defaults merged with `options`, validated and frozen; throws the problem. */
export function watchOptions(options: Partial<WatchOptions> = {}): Readonly<WatchOptions> {
  const merged = { ...WATCH_DEFAULTS, ...options };
  const problem = validateWatchOptions(merged);
  if (problem) throw new Error(`Bad watch setting: ${problem}`);
  return Object.freeze(merged);
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "15m", "1h", "90s", "1d" (or bare minutes) in milliseconds; NaN when it is none of those. */
export function parseEvery(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!m) return NaN;
  return Math.round(Number(m[1]) * UNITS[(m[2] || 'm').toLowerCase()]!);
}

/** A duration for people: "15m", "2h", "90s", "1d". */
export function formatEvery(ms: number): string {
  for (const [u, n] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000]] as const) {
    if (ms >= n && ms % n === 0) return `${ms / n}${u}`;
  }
  return `${Math.round(ms / 1000)}s`;
}
