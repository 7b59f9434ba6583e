// `diplograph queue`: the ingest queue's progress — waiting, running, extracted and waiting to be
// written, done, failed with the reasons — once, or every second with --watch until the queue is empty.
import type { Command } from 'commander';
import { IngestQueue, queueSettingsFromEnv, queueStatus, queueStatusText } from '../../queue/index.js';
import { dbPathFromEnv, openStore } from '../../store/index.js';
import { EXIT, printError } from '../report.js';

interface QueueFlags { db?: string; json?: boolean; watch?: boolean }

/** Registers `queue` on the program. */
export function registerQueue(program: Command): void {
  program
    .command('queue')
    .description('show the ingest queue: waiting, running, done and failed jobs with the reasons')
    .option('--db <url>', 'postgres:// URL of the shared database (default: $DIPLOGRAPH_DB)')
    .option('--json', 'print the counts as JSON')
    .option('--watch', 'print again every second until nothing waits or runs')
    .action(async (flags: QueueFlags) => {
      let store;
      try {
        store = await openStore(flags.db ?? dbPathFromEnv());
        const queue = await IngestQueue.open(store, queueSettingsFromEnv(), { supervise: false });
        try {
          for (;;) {
            const s = await queueStatus(queue);
            process.stdout.write((flags.json ? JSON.stringify(s) : queueStatusText(s)) + '\n');
            if (!flags.watch || (!s.waiting && !s.running && !s.staged)) break;
            await new Promise((r) => setTimeout(r, 1_000));
          }
        } finally {
          await queue.close();
        }
        process.exitCode = EXIT.ok;
      } catch (err) {
        printError(null, (err as Error).message);
        process.exitCode = EXIT.failure;
      } finally {
        await store?.close();
      }
    });
}
