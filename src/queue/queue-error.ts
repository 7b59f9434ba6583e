// The queue's typed errors: asked of a store that cannot hold it (the queue lives in PostgreSQL).

/** `ingest --queue`, `worker` and `queue` need a PostgreSQL database. */
export class QueueNeedsPostgres extends Error {
  constructor() {
    super('the ingest queue lives in PostgreSQL: set DIPLOGRAPH_DB (or --db) to a postgres:// URL');
    this.name = 'QueueNeedsPostgres';
  }
}
