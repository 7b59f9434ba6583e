// The queue in one process: jobs enqueued, taken by a worker, written in enqueue order, and counted
// by `queueStatus` — done (added, duplicates) and failed with the reason. Skipped without DIPLOGRAPH_TEST_PG.
import { afterEach, describe, expect, it } from 'vitest';
import { IngestQueue, queueStatus, queueStatusText, runWorker, type RunningWorker } from '../../src/queue/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { entity, fixedExtractor } from '../ingest/support/fake-extract.js';
import { dropSchemas, freshSchema, PG_SKIPPED, pgUrl, TEST_PG } from '../store/support/backends.js';

const SETTINGS = { expireSeconds: 2, superviseSeconds: 1, retryLimit: 1, pollSeconds: 0.5 };
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => { for (const f of cleanup.splice(0).reverse()) await f(); });

async function setup(): Promise<{ store: Store; queue: IngestQueue }> {
  const schema = freshSchema();
  cleanup.push(() => dropSchemas([schema, `${schema}_jobs`]));
  const store = await openStore(pgUrl(schema));
  cleanup.push(() => store.close());
  const queue = await IngestQueue.open(store, SETTINGS);
  cleanup.push(() => queue.close());
  return { store, queue };
}

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  for (const t0 = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
  }
}

(TEST_PG ? describe : describe.skip)(`the ingest queue${TEST_PG ? '' : ` [postgres: ${PG_SKIPPED}]`}`, () => {
  it('writes the jobs in enqueue order and counts the done and the failed with the reason', async () => {
    const { store, queue } = await setup();
    expect(await queueStatus(queue)).toMatchObject({ waiting: 0, running: 0, staged: 0, added: 0, failed: 0 });
    const seqs = await queue.enqueue([
      { id: 'c', text: 'Macron spoke.' }, { id: 'a', text: 'Pashinyan spoke.' }, { id: 'empty', title: 'Nothing', text: '  ' },
      { id: 'b', text: 'Macron spoke.' },
    ]);
    expect(seqs).toHaveLength(4);
    expect((await queueStatus(queue)).waiting).toBe(4);
    const worker: RunningWorker = await runWorker(queue, { extract: fixedExtractor([entity('person:m', 'Emmanuel Macron', { state: 'FRA' })]) });
    cleanup.push(() => worker.stop());
    await until(async () => { const s = await queueStatus(queue); return s.added + s.duplicates + s.failed === 4 && !s.staged; });
    const s = await queueStatus(queue);
    expect(s).toMatchObject({ waiting: 0, running: 0, staged: 0, added: 2, duplicates: 1, failed: 1 });
    expect(s.failures).toEqual([{ seq: seqs[2], title: 'Nothing', reason: 'the article has no text' }]);
    expect(queueStatusText(s)).toContain(`failed: job ${seqs[2]} (Nothing): the article has no text`);
    expect(await store.articleIds()).toEqual(['c', 'a']);
  }, 40_000);
});
