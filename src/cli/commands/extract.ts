// `diplograph extract [--json] [--explain] [--date YYYY-MM-DD] FILE...` — extraction without a
// database, per shared/contracts/extract-cli.md: bad files are named on stderr (exit 2), the rest printed.
import type { Command } from 'commander';
import { extractArticle } from '../../extract/index.js';
import { readInputFile } from '../../ingest/index.js';
import type { ExtractedArticle } from '../../types/index.js';
import { articleJson } from '../contract-json.js';
import { EXIT, badDate, printError } from '../report.js';
import { articleSummary } from '../summary.js';

interface ExtractFlags { json?: boolean; explain?: boolean; date?: string }

/** Runs extract over `files`; returns the exit code. */
export function runExtract(files: string[], flags: ExtractFlags): number {
  const dateProblem = badDate(flags.date);
  if (dateProblem) {
    printError(null, dateProblem);
    return EXIT.badInput;
  }
  let code: number = EXIT.ok;
  const out: ExtractedArticle[] = [];
  for (const file of files) {
    const input = readInputFile(file, { date: flags.date ?? null });
    for (const p of input.problems) printError(file, p);
    if (input.problems.length) code = EXIT.badInput;
    for (const article of input.articles) {
      try {
        out.push(extractArticle(article));
      } catch (err) {
        printError(file, `extraction failed: ${(err as Error).message}`);
        code = EXIT.badInput;
      }
    }
  }
  if (flags.json) {
    process.stdout.write(JSON.stringify({ articles: out.map((a) => articleJson(a, !!flags.explain)) }, null, 2) + '\n');
  } else {
    process.stdout.write(out.map((a) => articleSummary(a, !!flags.explain)).join('\n\n') + (out.length ? '\n' : ''));
  }
  return code;
}

/** Registers `extract` on the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract actors and diplomatic events from article files (no database needed)')
    .argument('<files...>', '.txt, .json (one article), .jsonl (one article a line), .html/.htm (a news page)')
    .option('--json', 'print one JSON document as in the extract contract')
    .option('--explain', 'show for each event the rule id and trigger words (adds "rule" and "trigger" to JSON)')
    .option('--date <YYYY-MM-DD>', 'publication date of .txt files (resolves "on Thursday", "last month")')
    .addHelpText('after', '\nExit status: 0 on success, 2 when a file is missing, unreadable or malformed (the others are still printed).')
    .action((files: string[], flags: ExtractFlags) => {
      process.exitCode = runExtract(files, flags);
    });
}
