// Stage 3, link: after all batches of an import are applied. Closes what a full snapshot no
// longer contains (src/store/snapshots.ts), relinks the records the import touched to persons
// (relink.ts), keeps only what a legal basis or an active consent allows (erasure.ts), and hands
// the affected persons to the evaluate stage. Runs under a lock: linkage is global, two link
// stages must not interleave.
import { countImportChanges } from '../../src/store/links.js';
import { inTransaction, type Tx } from '../../src/store/db.js';
import { erasedSources } from '../../src/store/erasure.js';
import { analyze, appliedChanges, dropImportChanges, dropReadKeys, lockForLink, lockLinkage, startAffected, storeAffectedAsEvalBatches } from '../../src/store/imports.js';
import { consentsUnderWay } from '../../src/store/link-order.js';
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

export async function linkImport(deps: LinkDeps, importId: string, wait: ConsentWait = CONSENT_WAIT): Promise<void> {
  await waitForConsentsUnderWay(deps, importId, wait);
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

export interface ConsentWait {
  /** The longest a link waits for consent lists under way; then it links without them (and warns). */
  maxMs: number;
  pollMs: number;
}

/** Consent lists are small and read in seconds; ten minutes covers one queued behind a city's exports. */
const CONSENT_WAIT: ConsentWait = { maxMs: 10 * 60_000, pollMs: 200 };

/**
 * Consents delivered with the records decide what is kept of them, whichever file was read
 * first. A link erases the records no consent covers, and those records cannot come back before
 * the source's next export (the file is gone, erasure.ts). So a records import links only once
 * every consent list received before its link began has been applied: the same files delivered
 * together give the same persons and signals in any order. Lists received later take effect with
 * the next export, as before. Waits outside the link lock: the lists' apply does not need it.
 */
async function waitForConsentsUnderWay(deps: LinkDeps, importId: string, wait: ConsentWait): Promise<void> {
  const started = Date.now();
  let under = await consentsUnderWay(deps.db, importId, null);
  if (!under.count) return;
  deps.log.info({ importId, consentLists: under.count }, 'link: waiting for consent lists delivered with this import');
  while (under.count) {
    if (Date.now() - started >= wait.maxMs) {
      deps.log.warn({ importId, consentLists: under.count, waitedMs: Date.now() - started }, 'link: consent lists still not applied; linking without them');
      return;
    }
    await new Promise((r) => setTimeout(r, wait.pollMs));
    under = await consentsUnderWay(deps.db, importId, under.cutoff);
  }
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
