// Stage 5, route: a batch's new signals against the active ones, per person and recipient.
// New → created (and notified); unchanged → nothing, so nobody is alerted twice; no longer
// holding → withdrawn. A changed date or explanation updates the signal without a new alert.
// An evaluation older than the one last routed for a person is skipped (imports may overlap).
import { sha256Hex } from '../../kim/hash.js';
import { inTransaction } from '../../store/db.js';
import type { Context } from '../context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import type { PersonSignals } from './evaluate.js';

interface ActiveRow {
  id: string;
  kim_id: string;
  type: string;
  recipient_id: string;
  fingerprint: string;
}

export async function runRoute(ctx: Context, importId: string, batch: number): Promise<void> {
  const events = await inTransaction(ctx.db, async (tx) => {
    const claim = await tx.query('INSERT INTO routed_batches (import_id, batch) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING batch', [importId, batch]);
    if (!claim.rowCount) return 0;
    const ev = (await tx.query<{ evaluated_at: Date; signals: PersonSignals[] }>('SELECT evaluated_at, signals FROM evaluations WHERE import_id = $1 AND batch = $2', [importId, batch])).rows[0];
    let created = 0;
    for (const { kimId, signals } of ev?.signals ?? []) {
      // Serialises routing per person and drops evaluations that a newer one has overtaken.
      const state = await tx.query(
        `INSERT INTO person_state (kim_id, routed_eval_at) VALUES ($1, $2)
         ON CONFLICT (kim_id) DO UPDATE SET routed_eval_at = EXCLUDED.routed_eval_at WHERE person_state.routed_eval_at <= EXCLUDED.routed_eval_at
         RETURNING kim_id`,
        [kimId, ev!.evaluated_at],
      );
      if (!state.rowCount) continue;
      const active = (await tx.query<ActiveRow>("SELECT id, kim_id, type, recipient_id, fingerprint FROM signals WHERE kim_id = $1 AND state <> 'withdrawn'", [kimId])).rows;
      const byKey = new Map(active.map((a) => [`${a.type}|${a.recipient_id}`, a]));
      const seen = new Set<string>();
      for (const { recipient, signal } of signals) {
        const k = `${signal.type}|${recipient.id}`;
        seen.add(k);
        const fingerprint = sha256Hex(JSON.stringify([signal.from, signal.deadline ?? null, signal.lawVersion, signal.explanation, signal.conditions]));
        const existing = byKey.get(k);
        if (existing) {
          if (existing.fingerprint !== fingerprint) {
            await tx.query('UPDATE signals SET from_date = $2, deadline = $3, law_version = $4, explanation = $5, conditions = $6, fingerprint = $7, updated_at = now() WHERE id = $1', [
              existing.id, signal.from, signal.deadline ?? null, signal.lawVersion, signal.explanation, JSON.stringify(signal.conditions), fingerprint,
            ]);
          }
          continue;
        }
        const id = (
          await tx.query<{ id: string }>(
            `INSERT INTO signals (kim_id, type, recipient_role, recipient_id, state, from_date, deadline, law_version, explanation, conditions, fingerprint)
             VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $9, $10) RETURNING id`,
            [kimId, signal.type, recipient.role, recipient.id, signal.from, signal.deadline ?? null, signal.lawVersion, signal.explanation, JSON.stringify(signal.conditions), fingerprint],
          )
        ).rows[0]!.id;
        await tx.query("INSERT INTO signal_events (signal_id, event, import_id) VALUES ($1, 'created', $2)", [id, importId]);
        created++;
      }
      for (const [k, a] of byKey) {
        if (seen.has(k)) continue;
        await tx.query("UPDATE signals SET state = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = $1", [a.id]);
        await tx.query("INSERT INTO signal_events (signal_id, event, import_id) VALUES ($1, 'withdrawn', $2)", [a.id, importId]);
        created++;
      }
    }
    await tx.query(
      `UPDATE imports SET status = 'done', finished_at = now()
        WHERE id = $1 AND eval_batches = (SELECT count(*) FROM routed_batches WHERE import_id = $1)`,
      [importId],
    );
    await tx.query('DELETE FROM evaluations WHERE import_id = $1 AND batch = $2', [importId, batch]);
    return created;
  });
  if (events) await ctx.queues.queue.notify.add('notify', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('notify', importId, batch) });
}
