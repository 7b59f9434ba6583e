// The watch loop: polls every due source, one after another, then sleeps until the next is due (or
// a while, to notice sources added meanwhile). `pollDue` is one round, which tests drive directly
// with a virtual clock; `run` repeats it until its signal aborts.
import type { IngestOutcome } from '../ingest/index.js';
import type { SourceRecord, Store } from '../store/index.js';
import type { ArticleInput } from '../types/index.js';
import { systemClock, type Clock } from './clock.js';
import { watchOptions, type WatchOptions } from './defaults.js';
import { PoliteFetcher } from './polite-fetch.js';
import { pollSource, type ItemLine, type PollReport } from './poll-source.js';

/** What the watcher is built from. */
export interface WatcherDeps {
  store: Store;
  /** Stores one article (see PollDeps.ingest). */
  ingest: (input: ArticleInput) => Promise<IngestOutcome>;
  clock?: Clock;
  options?: Partial<WatchOptions>;
  /** The fetch to use (the global one by default). */
  fetch?: typeof fetch;
  /** After each item of a poll. */
  onItem?: (source: SourceRecord, line: ItemLine) => void;
  /** After each poll. */
  onPoll?: (report: PollReport, source: SourceRecord) => void;
  /** A round that failed as a whole (the database cannot be written); the loop goes on after a pause. */
  onError?: (err: Error) => void;
}

/** Polls the store's sources on their schedules. */
export class Watcher {
  readonly clock: Clock;
  readonly options: Readonly<WatchOptions>;
  private readonly fetcher: PoliteFetcher;

  constructor(private readonly deps: WatcherDeps) {
    this.clock = deps.clock ?? systemClock;
    this.options = watchOptions(deps.options);
    this.fetcher = new PoliteFetcher(this.clock, this.options, deps.fetch);
  }

  /** Sources due now, soonest first. */
  async due(): Promise<SourceRecord[]> {
    const now = this.clock.now();
    return (await this.deps.store.sources.list()).filter((s) => Date.parse(s.nextPollAt) <= now)
      .sort((a, b) => Date.parse(a.nextPollAt) - Date.parse(b.nextPollAt));
  }

  /** Polls every source due now, one after another. Throws only when the database cannot be written. */
  async pollDue(signal?: AbortSignal): Promise<PollReport[]> {
    const reports: PollReport[] = [];
    for (const source of await this.due()) {
      if (signal?.aborted) break;
      const report = await pollSource(source, {
        store: this.deps.store, fetcher: this.fetcher, clock: this.clock, options: this.options,
        ingest: this.deps.ingest, onItem: this.deps.onItem, signal,
      });
      reports.push(report);
      this.deps.onPoll?.(report, source);
    }
    return reports;
  }

  /** Milliseconds until the next source is due (0 when one is), or null without sources. */
  async untilNext(): Promise<number | null> {
    const times = (await this.deps.store.sources.list()).map((s) => Date.parse(s.nextPollAt));
    return times.length ? Math.max(0, Math.min(...times) - this.clock.now()) : null;
  }

  /** Polls on schedule until `signal` aborts. */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.pollDue(signal);
      } catch (err) {
        this.deps.onError?.(err as Error);
        await this.clock.sleep(this.options.idleCheckMs, signal);
        continue;
      }
      const wait = Math.min((await this.untilNext()) ?? this.options.idleCheckMs, this.options.idleCheckMs);
      await this.clock.sleep(Math.max(wait, 1000), signal);
    }
  }
}
