// `diplograph worker`: takes ingest jobs from the PostgreSQL queue until SIGTERM or SIGINT, extracting
// and writing each article (see src/queue/worker.ts); run any number, on any machine, on one database.
import type { Command } from 'commander';
import { applyMergeRules, loadMergeRules, DEFAULT_MERGES_PATH } from '../../ingest/index.js';
import { IngestQueue, queueSettingsFromEnv, runWorker } from '../../queue/index.js';
import { dbPathFromEnv, openStore } from '../../store/index.js';
import { EXIT, printError } from '../report.js';

interface WorkerFlags { db?: string; merges: string; quiet?: boolean }

const say = (line: string) => process.stderr.write(`diplograph worker ${process.pid}: ${line}\n`);

/** Registers `worker` on the program. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take ingest jobs from the queue (diplograph ingest --queue) and store their articles, until stopped')
    .option('--db <url>', 'postgres:// URL of the shared database (default: $DIPLOGRAPH_DB)')
    .option('--merges <file>', 'actor corrections file', DEFAULT_MERGES_PATH)
    .option('-q, --quiet', 'no line per job')
    .addHelpText('after', '\nDIPLOGRAPH_JOB_EXPIRE_S: seconds after which a job whose worker died is retried (default 120).')
    .action(async (flags: WorkerFlags) => {
      let store;
      try {
        store = await openStore(flags.db ?? dbPathFromEnv());
        const rules = loadMergeRules(flags.merges);
        // the store records the merges file it was resolved under, as `ingest` and `serve` do
        const replayed = await applyMergeRules(store, rules);
        if (replayed) say(`applied the changed merges file to ${replayed} stored articles`);
        const queue = await IngestQueue.open(store, queueSettingsFromEnv());
        const worker = await runWorker(queue, {
          rules,
          onJob: (seq, outcome, detail) => { if (!flags.quiet || outcome === 'failed') say(`job ${seq} ${outcome}${detail ? `: ${detail}` : ''}`); },
          onWritten: (n) => { if (!flags.quiet) say(`wrote ${n} article${n === 1 ? '' : 's'}`); },
          onError: (err) => say(`writing failed, trying again: ${err.message}`),
        });
        say('waiting for jobs');
        const stop = async (signal: string) => {
          say(`${signal}: finishing the job in hand`);
          await worker.stop();
          await queue.close();
          await store!.close();
          process.exit(EXIT.ok);
        };
        process.once('SIGTERM', () => void stop('SIGTERM'));
        process.once('SIGINT', () => void stop('SIGINT'));
      } catch (err) {
        printError(null, (err as Error).message);
        await store?.close();
        process.exitCode = EXIT.failure;
      }
    });
}
