// Stage 5, route: a batch's new signals against the active ones, per person and recipient
// (src/routing/signal-diff.ts): new → created (and notified); unchanged → nothing, so nobody is
// alerted twice; no longer holding → withdrawn; a changed date or explanation updates the signal
// without a new alert. An evaluation older than the one last routed for a person is skipped
// (imports may overlap).
import { signalDiff, type PersonSignals } from '../../src/routing/signal-diff.js';
import { inTransaction, type Tx } from '../../src/store/db.js';
import { claimRoutedBatch, finishWhenRouted, takeEvaluation } from '../../src/store/evaluations.js';
import { claimNewestEvaluation, createSignals, forgetErasedWhenEnded, lockActiveSignals, neutraliseErased, updateSignals, withdrawSignals } from '../../src/store/signals.js';
import type { Clock, QueueDeps, Settings, StoreDeps } from '../deps.js';
import { notifyChannelConfigured } from '../notify-channels.js';
import { JOB_OPTIONS, jobId } from '../queues.js';

/** What a signal withdrawn by an erasure still says: nothing of the erased data. */
export const ERASED_EXPLANATION = 'Zurückgezogen: die Einwilligung endete, die zugrunde liegenden Daten wurden gelöscht.';

export type RouteDeps = StoreDeps & QueueDeps & Clock & Settings<'webhookUrl' | 'webhookSecret' | 'smtpUrl'>;

export async function routeBatch(deps: RouteDeps, importId: string, batch: number): Promise<void> {
  // Without a channel, events are stored as delivered and no notify job is queued: marking them
  // afterwards, import by import, grew with the import (docs/performance.md).
  const channel = notifyChannelConfigured(deps.config);
  const events = await inTransaction(deps.db, async (tx) => {
    if (!(await claimRoutedBatch(tx, importId, batch))) return 0;
    const changed = await routeEvaluation(tx, importId, batch, channel, deps.stichtag());
    await neutraliseErased(tx, importId, ERASED_EXPLANATION);
    return changed;
  });
  // After the commit, not inside it: two last batches committing at once would each miss the
  // other's row; checked afterwards, the later of them always sees both.
  await finishWhenRouted(deps.db, importId);
  await forgetErasedWhenEnded(deps.db, importId);
  if (events && channel) await deps.queues.queue.notify.add('notify', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('notify', importId, batch) });
}

/** Writes the batch's signal difference; returns how many events (created or withdrawn) it raised. */
async function routeEvaluation(tx: Tx, importId: string, batch: number, channel: boolean, stichtag: string): Promise<number> {
  const ev = await takeEvaluation(tx, importId, batch);
  const results = ev ? (JSON.parse(ev.signals) as PersonSignals[]) : [];
  if (!results.length) return 0;
  const fresh = await claimNewestEvaluation(
    tx,
    results.map((r) => r.kimId),
    ev!.evaluated_at,
  );
  const active = await lockActiveSignals(tx, [...fresh]);
  const diff = signalDiff(results, fresh, active);
  await createSignals(tx, diff.inserts, importId, channel, stichtag);
  await updateSignals(tx, diff.updates);
  await withdrawSignals(tx, diff.withdrawn, importId, channel);
  return diff.inserts.length + diff.withdrawn.length;
}
