// `diplograph ingest PATH...` — stores articles from files and folders (recursive) in the database,
// with a progress bar on stderr and a summary: added, skipped as duplicates, failed (with reasons).
import type { Command } from 'commander';
import { applyMergeRules, ingestPaths, loadMergeRules, DEFAULT_MERGES_PATH, type IngestSummary } from '../../ingest/index.js';
import { dbPathFromEnv, openStore } from '../../store/index.js';
import { ingestProgressBar } from '../progress.js';
import { runEnqueue } from './enqueue.js';
import { EXIT, badDate, printError } from '../report.js';

interface IngestFlags { db?: string; date?: string; merges: string; json?: boolean; quiet?: boolean; verbose?: boolean; queue?: boolean }

/** The human summary of an ingest run. */
export function ingestSummaryText(s: IngestSummary, seconds: number, verbose = false): string {
  const lines = [
    `added ${s.added.length} articles (${s.events} events), skipped ${s.duplicates.length} duplicates, ` +
      `failed ${s.failed.length} in ${seconds.toFixed(1)} s`,
  ];
  if (verbose) {
    for (const d of s.duplicates) lines.push(`  duplicate: ${d.file}${d.id ? ` (${d.id})` : ''} is already stored as ${d.duplicateOf}`);
  } else {
    // one line per file: a JSONL file of 275 known articles is one line, not 275
    const perFile = new Map<string, string[]>();
    for (const d of s.duplicates) perFile.set(d.file, [...(perFile.get(d.file) ?? []), d.duplicateOf]);
    for (const [file, ids] of perFile) {
      lines.push(`  duplicate: ${file}: ${ids.length === 1 ? `already stored as ${ids[0]}` : `${ids.length} articles already stored`}`);
    }
  }
  for (const f of s.failed) lines.push(`  failed: ${f.file}: ${f.reason}`);
  return lines.join('\n');
}

/** Runs ingest; returns the exit code (2 when some input failed). */
export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const dateProblem = badDate(flags.date);
  if (dateProblem) {
    printError(null, dateProblem);
    return EXIT.badInput;
  }
  const store = await openStore(flags.db ?? dbPathFromEnv());
  try {
    if (flags.queue) return await runEnqueue(store, paths, flags);
    await applyMergeRules(store, loadMergeRules(flags.merges));
    const bar = ingestProgressBar(flags.quiet || flags.json);
    const t0 = performance.now();
    let summary: IngestSummary;
    try {
      summary = await ingestPaths(store, paths, { date: flags.date ?? null, onStart: bar.onStart, onProgress: bar.onProgress });
    } finally {
      bar.stop();
    }
    const seconds = (performance.now() - t0) / 1000;
    if (flags.json) process.stdout.write(JSON.stringify({ ...summary, seconds }, null, 2) + '\n');
    else process.stdout.write(ingestSummaryText(summary, seconds, flags.verbose) + '\n');
    return summary.failed.length ? EXIT.badInput : EXIT.ok;
  } finally {
    await store.close();
  }
}

/** Registers `ingest` on the program. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract and store articles from files and folders (recursive) in the database')
    .argument('<paths...>', 'files or folders of .txt, .json, .jsonl, .html/.htm (README and NOTICE files are passed over)')
    .option('--db <file|url>', 'SQLite database file or postgres:// URL (default: $DIPLOGRAPH_DB or data/diplograph.db)')
    .option('--date <YYYY-MM-DD>', 'publication date of .txt files')
    .option('--merges <file>', 'actor corrections file', DEFAULT_MERGES_PATH)
    .option('--json', 'print the summary as JSON (and no progress bar)')
    .option('-q, --quiet', 'no progress bar')
    .option('-v, --verbose', 'list every duplicate article, not one line per file')
    .option('--queue', 'enqueue the articles as jobs for `diplograph worker` instead (PostgreSQL only); inputs may then also be http(s) URLs and - (standard input: JSON, JSONL or text)')
    .addHelpText('after', '\nThe same article twice (same URL or same text) is stored once. Exit status 2 when any input failed.')
    .action(async (paths: string[], flags: IngestFlags) => {
      try {
        process.exitCode = await runIngest(paths, flags);
      } catch (err) {
        printError(null, (err as Error).message);
        process.exitCode = EXIT.failure;
      }
    });
}
