// Every request the watcher makes goes through here: robots.txt first, then the host's turn (rate
// limit, Retry-After), then a limited GET; a 429 or 503 with Retry-After keeps the host waiting.
import { retryAfterMs } from './backoff.js';
import { decodeBody } from './charset.js';
import type { Clock } from './clock.js';
import type { WatchOptions } from './defaults.js';
import { HostGate, HostWaiting } from './host-gate.js';
import { FetchFailure, fetchLimited, type Fetched } from './http-fetch.js';
import { RobotsCache } from './robots.js';

/** Options of one polite GET. */
export interface PoliteGet {
  maxBytes: number;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** A fetcher that respects robots.txt, a per-host rate limit and Retry-After. */
export class PoliteFetcher {
  readonly gate: HostGate;
  readonly robots: RobotsCache;

  constructor(private readonly clock: Clock, private readonly options: Readonly<WatchOptions>, private readonly fetchFn?: typeof fetch) {
    this.gate = new HostGate(clock, options.perHostIntervalMs, options.maxWaitMs);
    this.robots = new RobotsCache(async (url) => {
      const res = await this.raw(url, { maxBytes: 512 * 1024 });
      return { status: res.status, text: decodeBody(res.bytes, res.headers.get('content-type')) };
    }, options.userAgent, clock, options.robotsTtlMs);
  }

  /** GETs `url` once robots.txt allows it and the host's turn has come. Throws FetchFailure. */
  async get(url: string, o: PoliteGet): Promise<Fetched> {
    const verdict = await this.robots.check(url);
    if (!verdict.allowed) throw new FetchFailure(verdict.reason ?? 'robots.txt disallows it', false);
    if (verdict.delayMs) this.gate.setDelay(new URL(url).host, verdict.delayMs);
    return this.raw(url, o);
  }

  private async raw(url: string, o: PoliteGet): Promise<Fetched> {
    const host = new URL(url).host;
    try {
      await this.gate.wait(host, o.signal);
    } catch (err) {
      if (err instanceof HostWaiting) throw new FetchFailure(err.message, true);
      throw err;
    }
    const res = await fetchLimited(url, {
      timeoutMs: this.options.timeoutMs, maxBytes: o.maxBytes, maxRedirects: this.options.maxRedirects,
      userAgent: this.options.userAgent, headers: o.headers, fetch: this.fetchFn, signal: o.signal,
    });
    if (res.status === 429 || res.status === 503) {
      const wait = retryAfterMs(res.headers.get('retry-after'), this.clock.now());
      if (wait !== null) this.gate.block(host, wait);
    }
    return res;
  }
}
