#!/usr/bin/env node
// The `diplograph` command: extract, ingest, export, serve, sources, watch, worker and queue, each a module in commands/ that
// registers itself here. Errors are one line on stderr; see report.ts for the exit codes.
import { Command } from 'commander';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerSources } from './commands/sources.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import { registerQueue } from './commands/queue.js';

/** The subcommands, in the order help lists them. */
export const COMMANDS = [registerExtract, registerIngest, registerExport, registerServe, registerSources, registerWatch, registerWorker, registerQueue] as const;

/** The diplograph program with every subcommand. */
export function createProgram(): Command {
  const program = new Command('diplograph')
    .description('a knowledge graph of diplomatic events extracted from news articles')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  for (const register of COMMANDS) register(program);
  return program;
}

await createProgram().parseAsync(process.argv);
