// Stage 3, link: after all batches of an import are applied. Closes what a full snapshot no
// longer contains (src/store/snapshots.ts), relinks the records the import touched to persons
// (relink.ts), keeps only what a legal basis or an active consent allows (erasure.ts), and hands
// the affected persons to the evaluate stage. Runs under a lock: linkage is global, two link
// stages must not interleave.
import { countImportChanges } from '../../src/store/links.js';
import { inTransaction, type Tx } from '../../src/store/db.js';
import { erasedSources } from '../../src/store/erasure.js';
import { analyze, appliedChanges, dropImportChanges, dropReadKeys, lockForLink, lockLinkage, startAffected, storeAffectedAsEvalBatches } from '../../src/store/imports.js';
import { settleSnapshot } from '../../src/store/snapshots.js';
import type { LogDeps, QueueDeps, Settings } from '../deps.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import { removeKeptSpoolFiles } from '../spool.js';
import { clearNotRetained } from './erasure.js';
import { relink, type RelinkDeps } from './relink.js';

export const EVAL_BATCH = 200;
/**
 * Changes after which the planner's statistics are refreshed before evaluation. A first import
 * fills tables faster than autovacuum analyses them, and on statistics that say "empty" the planner
 * picks plans that make every evaluate batch slow (docs/performance.md).
 * Before linking for the tables the apply stage filled; after it for those the link stage wrote.
 */
const ANALYZE_AFTER_CHANGES = 5_000;

export type LinkDeps = RelinkDeps & QueueDeps & LogDeps & Settings<'auditKey' | 'pseudonymKey' | 'snapshotMaxCloseShare' | 'snapshotGuardMinRecords' | 'spoolDir'>;

interface Linked {
  batches: number;
  changed: number;
  held?: boolean;
}

export async function linkImport(deps: LinkDeps, importId: string): Promise<void> {
  const { batches, changed, held } = await inTransaction<Linked>(deps.db, (tx) => linkInTransaction(deps, tx, importId));
  // An erasure reaches the export files still kept for a replay: they hold the person's rows too.
  for (const source of await erasedSources(deps.db, importId)) await removeKeptSpoolFiles(deps, source);
  if (held) return;
  // After the commit, so the statistics see the new rows; before the evaluate jobs that need them.
  if (changed >= ANALYZE_AFTER_CHANGES) await analyze(deps.db, 'linked');
  // One round trip for all batches: adding them one by one waits for the event loop once per
  // batch, which a busy worker pays dearly for (docs/performance.md).
  await deps.queues.queue.evaluate.addBulk(Array.from({ length: batches }, (_, batch) => ({ name: 'evaluate', data: { importId, batch }, opts: { ...JOB_OPTIONS, jobId: jobId('evaluate', importId, batch) } })));
}

async function linkInTransaction(deps: LinkDeps, tx: Tx, importId: string): Promise<Linked> {
  await lockLinkage(tx);
  const done = await lockForLink(tx, importId);
  if (!done || done.status === 'held') return { batches: 0, changed: 0, held: true }; // gone, or waiting for an operator
  if (done.eval_batches !== null) return { batches: done.eval_batches, changed: 0 }; // linked before a crash: only the enqueueing is left
  if ((await appliedChanges(tx, importId)) >= ANALYZE_AFTER_CHANGES) await analyze(tx, 'applied');
  const guard = { share: deps.config.snapshotMaxCloseShare, atLeast: deps.config.snapshotGuardMinRecords, confirmed: done.close_confirmed, heldAt: done.held_at };
  if ((await settleSnapshot(tx, importId, guard)) === 'held') {
    // Nothing is closed or linked until an it_admin confirms (POST /imports/{id}/confirm, kim-hub import-confirm).
    deps.log.warn({ importId }, 'link: full snapshot held for confirmation');
    return { batches: 0, changed: 0, held: true };
  }
  await dropReadKeys(tx, importId);
  // An import that changed nothing cannot change linkage, retention or any evaluation.
  const changed = await countImportChanges(tx, importId);
  await startAffected(tx);
  if (changed) {
    await relink(deps, tx, importId);
    await clearNotRetained(deps, tx, importId);
  }
  await dropImportChanges(tx, importId);
  return { batches: await storeAffectedAsEvalBatches(tx, importId, EVAL_BATCH), changed };
}
