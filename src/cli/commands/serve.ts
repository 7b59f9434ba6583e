// `diplograph serve` — the same as `npm start`: ingest what is new under data/articles, then serve
// the graph and the viewer, polling the watched sources in-process. Options override the
// environment (HOST, PORT, DIPLOGRAPH_DB).
import type { Command } from 'commander';
import { main } from '../../server/main.js';

interface ServeFlags { host?: string; port?: string; db?: string; articles?: string; quiet?: boolean; watch: boolean }

/** Registers `serve` on the program. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('ingest new articles under data/articles, then serve the API and the viewer')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .option('--port <port>', 'port (default: $PORT or 3000)')
    .option('--db <file|url>', 'SQLite database file or postgres:// URL (default: $DIPLOGRAPH_DB or data/diplograph.db)')
    .option('--articles <dir>', 'folder ingested at start', 'data/articles')
    .option('-q, --quiet', 'no progress bar')
    .option('--no-watch', 'do not poll the watched sources (see `diplograph sources`)')
    .addHelpText('after', '\nOther settings come from the environment (see README: DIPLOGRAPH_TOKEN, DIPLOGRAPH_CORS_ORIGINS ...).')
    .action(async (flags: ServeFlags) => {
      const env = { ...process.env };
      if (flags.host) env.HOST = flags.host;
      if (flags.port) env.PORT = flags.port;
      if (flags.db) env.DIPLOGRAPH_DB = flags.db;
      await main({ env, articlesDir: flags.articles, quiet: flags.quiet, watch: flags.watch });
    });
}
