// `diplograph export --format FORMAT [--out FILE]` — writes the stored graph in one of the formats of
// the exporter registry (src/export), to stdout or a file.
import fs from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, findExporter } from '../../export/index.js';
import { graphFromStore } from '../../ingest/index.js';
import { dbPathFromEnv, isPostgresUrl, openStore } from '../../store/index.js';
import { EXIT, printError } from '../report.js';

interface ExportFlags { format: string; out?: string; db?: string }

/** Runs export; returns the exit code. */
export async function runExport(flags: ExportFlags): Promise<number> {
  const exporter = findExporter(flags.format);
  if (!exporter) {
    printError(null, `unknown format "${flags.format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
    return EXIT.badInput;
  }
  const db = flags.db ?? dbPathFromEnv();
  if (db !== ':memory:' && !isPostgresUrl(db) && !fs.existsSync(db)) {
    printError(db, 'no such database; run `diplograph ingest PATH...` first or set DIPLOGRAPH_DB');
    return EXIT.badInput;
  }
  const store = await openStore(db);
  try {
    const data = exporter.write(await graphFromStore(store));
    if (flags.out) fs.writeFileSync(flags.out, data);
    else process.stdout.write(data);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** Registers `export` on the program. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the stored graph in an exchange format')
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--db <file|url>', 'SQLite database file or postgres:// URL (default: $DIPLOGRAPH_DB or data/diplograph.db)')
    .action(async (flags: ExportFlags) => {
      try {
        process.exitCode = await runExport(flags);
      } catch (err) {
        printError(null, (err as Error).message);
        process.exitCode = EXIT.failure;
      }
    });
}
