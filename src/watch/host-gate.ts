// Politeness per host: at most one request per interval (or the robots.txt Crawl-delay when longer),
// and a host that answered 429/503 with Retry-After is left alone until then. Waits go through the
// injected clock, so tests see them without waiting.
import type { Clock } from './clock.js';

/** Raised when a host asks for a longer wait than a poll may spend. */
export class HostWaiting extends Error {
  constructor(readonly host: string, readonly until: number) {
    super(`${host} asked to wait until ${new Date(until).toISOString()} (Retry-After)`);
    this.name = 'HostWaiting';
  }
}

/** Spaces requests per host. */
export class HostGate {
  private readonly next = new Map<string, number>();
  private readonly blocked = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly clock: Clock, private readonly intervalMs: number, private readonly maxWaitMs: number) {}

  /** Sets a host's own least interval (Crawl-delay), used when longer than the default. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, ms);
  }

  /** Leaves `host` alone for `ms` (a Retry-After). */
  block(host: string, ms: number): void {
    this.blocked.set(host, Math.max(this.blocked.get(host) ?? 0, this.clock.now() + ms));
  }

  /** When `host` may be asked again after a Retry-After, or null. */
  blockedUntil(host: string): number | null {
    const until = this.blocked.get(host);
    return until !== undefined && until > this.clock.now() ? until : null;
  }

  /** Waits for `host`'s turn; throws HostWaiting when that is further off than a poll may wait. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const interval = Math.max(this.intervalMs, this.delays.get(host) ?? 0);
    const turn = Math.max(this.next.get(host) ?? 0, this.blocked.get(host) ?? 0);
    if (turn - now > this.maxWaitMs) throw new HostWaiting(host, turn);
    this.next.set(host, Math.max(now, turn) + interval);
    if (turn > now) await this.clock.sleep(turn - now, signal);
  }
}
