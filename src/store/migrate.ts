// Brings a SQLite database up to the latest schema, one transaction per migration.
// PRAGMA user_version records the last migration applied.
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

/** Applies the migrations `db` lacks; returns how many ran. Throws if the file is from a newer version. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`The database schema is version ${current}, newer than this diplograph knows (${latest}). Upgrade diplograph.`);
  }
  let ran = 0;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    ran++;
  }
  return ran;
}
