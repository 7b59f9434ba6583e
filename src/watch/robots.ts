// robots.txt per host, read with robots-parser and kept for a while: a link a host disallows for our
// User-Agent is not fetched, and its Crawl-delay spaces our requests. No robots.txt (404, any 4xx)
// allows everything; a robots.txt that cannot be had (5xx, timeout) disallows for now, as RFC 9309 says.
import robotsModule from 'robots-parser';
import type { Clock } from './clock.js';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = function), which its typings do not say to NodeNext
const robotsParser = robotsModule as unknown as (url: string, text: string) => Robots;

/** What a host's robots.txt says for one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay in ms, when given. */
  delayMs: number | null;
  /** Why not allowed. */
  reason: string | null;
}

/** Fetches a robots.txt: its status and text, or throws when it cannot be had. */
export type RobotsFetch = (url: string) => Promise<{ status: number; text: string }>;

interface Entry { at: number; verdict: (url: string) => RobotsVerdict }

/** The robots.txt rules of the hosts asked about, each read once per `ttlMs`. */
export class RobotsCache {
  private readonly hosts = new Map<string, Entry>();

  constructor(private readonly get: RobotsFetch, private readonly userAgent: string, private readonly clock: Clock, private readonly ttlMs: number) {}

  /** May `url` be fetched? */
  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let entry = this.hosts.get(origin);
    if (!entry || this.clock.now() - entry.at > this.ttlMs) {
      entry = { at: this.clock.now(), verdict: await this.load(origin) };
      this.hosts.set(origin, entry);
    }
    return entry.verdict(url);
  }

  private async load(origin: string): Promise<(url: string) => RobotsVerdict> {
    const robotsUrl = `${origin}/robots.txt`;
    let answer: { status: number; text: string };
    try {
      answer = await this.get(robotsUrl);
    } catch (err) {
      const reason = `its robots.txt could not be read (${(err as Error).message})`;
      return () => ({ allowed: false, delayMs: null, reason });
    }
    if (answer.status >= 500) return () => ({ allowed: false, delayMs: null, reason: `its robots.txt answered ${answer.status}` });
    if (answer.status !== 200) return () => ({ allowed: true, delayMs: null, reason: null });
    const robots = robotsParser(robotsUrl, answer.text);
    const ua = this.userAgent.split('/')[0]!;
    const delay = robots.getCrawlDelay(ua);
    return (url) => {
      const allowed = robots.isAllowed(url, ua) !== false;
      return { allowed, delayMs: delay ? delay * 1000 : null, reason: allowed ? null : 'robots.txt disallows it' };
    };
  }
}
