// `diplograph sources add|list|remove` — the feeds and sitemaps `watch` (and `serve`) poll, kept in
// the database; `list` shows each one's status: last good poll, last error and why, link counts.
import type { Command } from 'commander';
import { dbPathFromEnv, openStore, type Store } from '../../store/index.js';
import { addSource, describeSource, parseEvery, type SourceStatus } from '../../watch/index.js';
import { EXIT, printError } from '../report.js';

interface DbFlags { db?: string }

async function withStore(flags: DbFlags, fn: (store: Store) => Promise<number>): Promise<void> {
  let store: Store | null = null;
  try {
    store = await openStore(flags.db ?? dbPathFromEnv());
    process.exitCode = await fn(store);
  } catch (err) {
    printError(null, (err as Error).message);
    process.exitCode = EXIT.badInput;
  } finally {
    await store?.close();
  }
}

/** The human lines of one source's status. */
export function sourceText(s: SourceStatus): string {
  const i = s.items;
  const lines = [
    `${s.id}  ${s.name ? `${s.name}  ` : ''}${s.url}`,
    `    ${s.status}${s.kind ? ` ${s.kind}` : ''}, every ${s.every}; last ok ${s.lastOkAt ?? 'never'}; next poll ${s.nextPollAt}`,
    `    links seen ${i.seen}: ingested ${i.ingested}, duplicate ${i.duplicate}, failed ${i.failed}, waiting for a retry ${i.retry}`,
  ];
  if (s.lastError) lines.push(`    last error ${s.lastErrorAt}: ${s.lastError}${s.failures > 1 ? ` (${s.failures} failures in a row)` : ''}`);
  return lines.join('\n');
}

async function find(store: Store, ref: string) {
  return /^\d+$/.test(ref) ? store.sources.get(Number(ref)) : (await store.sources.get(ref)) ?? store.sources.get(safeHref(ref));
}

const safeHref = (u: string) => { try { return new URL(u).href; } catch { return u; } };

/** Registers `sources` and its subcommands on the program. */
export function registerSources(program: Command): void {
  const cmd = program.command('sources').description('the feeds and sitemaps that watch polls: add, list, remove');
  const db = ['--db <file|url>', 'SQLite database file or postgres:// URL (default: $DIPLOGRAPH_DB or data/diplograph.db)'] as const;

  cmd.command('add')
    .description('watch an RSS 2.0, Atom or JSON Feed, or a (news) sitemap')
    .argument('<url>', 'address of the feed or sitemap')
    .option('--name <name>', 'a name to show for it')
    .option('--every <duration>', 'how often to poll it: 15m, 1h, 90s, 1d (at least 1m)', '15m')
    .option(...db)
    .addHelpText('after', '\nThe source is polled at once by a running `watch` or `serve`, then on its schedule.')
    .action((url: string, flags: DbFlags & { name?: string; every: string }) => withStore(flags, async (store) => {
      const everyMs = parseEvery(flags.every);
      if (Number.isNaN(everyMs)) throw new Error(`--every must be a duration such as 15m, 1h or 90s, got "${flags.every}"`);
      const s = await addSource(store, { url, name: flags.name ?? null, everyMs });
      process.stdout.write(`added source ${s.id}: ${s.url}, every ${flags.every}\n`);
      return EXIT.ok;
    }));

  cmd.command('list')
    .description('every source with its status: last ok, last error and its reason, links seen / ingested / skipped')
    .option('--json', 'print the list as JSON (what GET /api/sources answers)')
    .option('--items <n>', 'also list each source\'s latest n links with what became of them')
    .option(...db)
    .action((flags: DbFlags & { json?: boolean; items?: string }) => withStore(flags, async (store) => {
      const list = await store.sources.list();
      const n = flags.items ? Math.max(0, Number.parseInt(flags.items, 10) || 0) : 0;
      if (flags.json) {
        const items = [];
        for (const s of list) items.push({ ...describeSource(s), ...(n ? { recent: await store.sources.recentItems(s.id, n) } : {}) });
        process.stdout.write(JSON.stringify({ total: items.length, items }, null, 2) + '\n');
        return EXIT.ok;
      }
      if (!list.length) process.stdout.write('no sources; add one with `diplograph sources add URL`\n');
      for (const s of list) {
        process.stdout.write(sourceText(describeSource(s)) + '\n');
        for (const it of n ? await store.sources.recentItems(s.id, n) : []) {
          process.stdout.write(`      ${it.outcome.padEnd(9)} ${it.link}${it.detail ? `  ${it.detail}` : ''}\n`);
        }
      }
      return EXIT.ok;
    }));

  cmd.command('remove')
    .description('stop watching a source (its articles stay stored)')
    .argument('<id-or-url>', 'the id `sources list` shows, or the URL')
    .option(...db)
    .action((ref: string, flags: DbFlags) => withStore(flags, async (store) => {
      const s = await find(store, ref);
      if (!s) throw new Error(`no source "${ref}"; see \`diplograph sources list\``);
      await store.sources.remove(s.id);
      process.stdout.write(`removed source ${s.id}: ${s.url}\n`);
      return EXIT.ok;
    }));
}
