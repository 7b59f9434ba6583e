// `diplograph watch` — polls the sources (see `sources add`) on their schedules and ingests their new
// articles, printing a status line per poll and per link, until Ctrl-C; `--once` polls what is due and exits.
import type { Command } from 'commander';
import { ingestArticle, loadMergeRules, DEFAULT_MERGES_PATH } from '../../ingest/index.js';
import { dbPathFromEnv, openStore } from '../../store/index.js';
import { itemLine, pollLine, Watcher, type PollReport } from '../../watch/index.js';
import { EXIT, printError } from '../report.js';

interface WatchFlags { db?: string; merges: string; once?: boolean; quiet?: boolean }

/** Runs the watcher; resolves with the exit code (2 when `--once` saw a source fail). */
export async function runWatch(flags: WatchFlags): Promise<number> {
  const store = await openStore(flags.db ?? dbPathFromEnv());
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const rules = loadMergeRules(flags.merges);
    const n = (await store.sources.list()).length;
    if (!n) {
      printError(null, 'no sources to watch; add one with `diplograph sources add URL`');
      return EXIT.badInput;
    }
    const totals = { ingested: 0, failed: 0 };
    const say = (line: string) => process.stderr.write(`${line}\n`);
    const watcher = new Watcher({
      store, ingest: (input) => ingestArticle(store, input, { rules }),
      onItem: (source, line) => {
        if (line.outcome === 'ingested') totals.ingested++;
        if (line.outcome === 'failed') totals.failed++;
        if (!flags.quiet) say(itemLine(source, line));
      },
      onPoll: (r: PollReport, source) => say(`[${new Date().toISOString().slice(11, 19)}] ${pollLine(r, source.name)}`
        + ` | ${totals.ingested} ingested, ${totals.failed} failed since start`),
      onError: (err) => printError(null, `the database cannot be written (${err.message}); trying again later`),
    });
    if (flags.once) {
      const reports = await watcher.pollDue(stop.signal);
      if (!reports.length) say('no source is due; `diplograph sources list` shows when each is');
      return reports.some((r) => r.status === 'error') ? EXIT.badInput : EXIT.ok;
    }
    say(`watching ${n} source${n === 1 ? '' : 's'} in ${flags.db ?? dbPathFromEnv()} (Ctrl-C stops)`);
    await watcher.run(stop.signal);
    say('stopped');
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

/** Registers `watch` on the program. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll the watched feeds and sitemaps on their schedules and ingest their new articles')
    .option('--db <file|url>', 'SQLite database file or postgres:// URL (default: $DIPLOGRAPH_DB or data/diplograph.db)')
    .option('--merges <file>', 'actor corrections file', DEFAULT_MERGES_PATH)
    .option('--once', 'poll the sources that are due once, then exit (for cron); exit status 2 when one failed')
    .option('-q, --quiet', 'one line per poll, none per link')
    .addHelpText('after', `
Each poll asks with If-None-Match / If-Modified-Since, reads only links not seen before, honours
robots.txt, Retry-After and one request per host every 2 s, and backs off (doubling, up to 6 h) from a
failing source. A link that cannot be read is a line ("failed …: HTTP 404"), never a stop.
\`serve\` (npm start) polls the same sources in-process; run one of them, not both, on one database.`)
    .action(async (flags: WatchFlags) => {
      try {
        process.exitCode = await runWatch(flags);
      } catch (err) {
        printError(null, (err as Error).message);
        process.exitCode = EXIT.failure;
      }
    });
}
