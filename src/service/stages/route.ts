// Stage 5, route: a batch's new signals against the active ones, per person and recipient.
// New → created (and notified); unchanged → nothing, so nobody is alerted twice; no longer
// holding → withdrawn. A changed date or explanation updates the signal without a new alert.
// An evaluation older than the one last routed for a person is skipped (imports may overlap).
// Set-based: a batch of hundreds of persons costs a handful of statements, not one per signal.
import { createHash } from 'node:crypto';
import { inTransaction, type Tx } from '../../store/db.js';
import type { Context } from '../context.js';
import { ERASE_NOTES_SQL } from '../../web/notes.js';
import { notifyChannelConfigured } from '../notify.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import type { PersonSignals } from './evaluate.js';

interface ActiveRow {
  id: string;
  kim_id: string;
  type: string;
  recipient_id: string;
  fingerprint: string;
}

interface NewSignal {
  kimId: string;
  type: string;
  role: string;
  recipientId: string;
  from: string;
  deadline: string | null;
  lawVersion: string;
  explanation: string;
  conditions: string;
  fingerprint: string;
}

/** What makes two versions of a signal the same: hashed field by field, no re-serialisation. */
function fingerprint(s: { from: string; deadline: string | null; lawVersion: string; explanation: string; conditions: string }): string {
  const h = createHash('sha256');
  for (const part of [s.from, s.deadline ?? '', s.lawVersion, s.explanation]) h.update(part).update('\u0000');
  return h.update(s.conditions).digest('hex');
}

/**
 * The rows as one JSON document for jsonb_to_recordset, the conditions spliced in as the JSON
 * they already are (serialised once for the fingerprint; escaping them again as a string cost
 * more than the rules that produced them).
 */
function rowsJson(rows: Array<NewSignal & { id?: string }>): string {
  return `[${rows
    .map((s) => {
      const { conditions, ...scalars } = s;
      return `${JSON.stringify({ k: scalars.kimId, t: scalars.type, r: scalars.role, rid: scalars.recipientId, f: scalars.from, d: scalars.deadline, lv: scalars.lawVersion, e: scalars.explanation, fp: scalars.fingerprint, id: scalars.id ?? null }).slice(0, -1)},"c":${conditions}}`;
    })
    .join(',')}]`;
}

/** What a signal withdrawn by an erasure still says: nothing of the erased data. */
export const ERASED_EXPLANATION = 'Zurückgezogen: die Einwilligung endete, die zugrunde liegenden Daten wurden gelöscht.';

/**
 * The withdrawn signals of persons whose data this import erased (a consent ended) keep no
 * explanation, conditions or deadline: those were drawn from the erased data (issue 14,
 * finding 6). The signal's id, type, recipient and dates stay, for the inbox's history.
 */
async function neutraliseErased(tx: Tx, importId: string): Promise<void> {
  await tx.query(
    `UPDATE signals s SET explanation = $2, conditions = '[]'::jsonb, deadline = NULL, fingerprint = 'erased', updated_at = now()
       FROM erased_persons e
      WHERE e.import_id = $1 AND s.kim_id = e.kim_id AND s.state = 'withdrawn' AND s.fingerprint <> 'erased'`,
    [importId, ERASED_EXPLANATION],
  );
  // Staff's notes on those signals are about the person as well: they go too.
  await tx.query(ERASE_NOTES_SQL, [importId]);
}

export async function runRoute(ctx: Context, importId: string, batch: number): Promise<void> {
  // Without a channel, events are stored as delivered and no notify job is queued: marking them
  // afterwards, import by import, grew with the import (41 ms a batch at 250,000 persons).
  const channel = notifyChannelConfigured(ctx.config);
  const events = await inTransaction(ctx.db, async (tx) => {
    const claim = await tx.query('INSERT INTO routed_batches (import_id, batch) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING batch', [importId, batch]);
    if (!claim.rowCount) return 0;
    const ev = (await tx.query<{ evaluated_at: Date; signals: string }>('SELECT evaluated_at, signals FROM evaluations WHERE import_id = $1 AND batch = $2', [importId, batch])).rows[0];
    const results = ev ? (JSON.parse(ev.signals) as PersonSignals[]) : [];
    let changed = 0;
    if (results.length) {
      // Persons whose last routed evaluation is newer than this one are left alone.
      const fresh = new Set(
        (
          await tx.query<{ kim_id: string }>(
            `INSERT INTO person_state (kim_id, routed_eval_at) SELECT k, $2 FROM unnest($1::text[]) AS k ORDER BY k
             ON CONFLICT (kim_id) DO UPDATE SET routed_eval_at = EXCLUDED.routed_eval_at WHERE person_state.routed_eval_at <= EXCLUDED.routed_eval_at
             RETURNING kim_id`,
            [results.map((r) => r.kimId), ev!.evaluated_at],
          )
        ).rows.map((r) => r.kim_id),
      );
      const kimIds = [...fresh];
      // One index lookup per person, forced (OFFSET 0 keeps the lateral subquery a nested loop):
      // while a city-scale import fills the table its statistics lag or are missing (autovacuum
      // may be off), and on them the planner scanned all signals for every batch (~220 ms each).
      const active = (
        await tx.query<ActiveRow>(
          `SELECT a.* FROM unnest($1::text[]) AS k(kim_id)
             CROSS JOIN LATERAL (SELECT s.id, s.kim_id, s.type, s.recipient_id, s.fingerprint FROM signals s
                                  WHERE s.kim_id = k.kim_id AND s.state <> 'withdrawn' OFFSET 0 FOR UPDATE) a`,
          [kimIds],
        )
      ).rows;
      const byKey = new Map(active.map((a) => [`${a.kim_id}|${a.type}|${a.recipient_id}`, a]));
      const inserts: NewSignal[] = [];
      const updates: Array<NewSignal & { id: string }> = [];
      const seen = new Set<string>();
      for (const { kimId, signals } of results) {
        if (!fresh.has(kimId)) continue;
        for (const { recipient, signal } of signals) {
          const k = `${kimId}|${signal.type}|${recipient.id}`;
          if (seen.has(k)) continue;
          seen.add(k);
          const fields = { from: signal.from, deadline: signal.deadline ?? null, lawVersion: signal.lawVersion, explanation: signal.explanation, conditions: JSON.stringify(signal.conditions) };
          const s: NewSignal = { kimId, type: signal.type, role: recipient.role, recipientId: recipient.id, ...fields, fingerprint: fingerprint(fields) };
          const existing = byKey.get(k);
          if (!existing) inserts.push(s);
          else if (existing.fingerprint !== s.fingerprint) updates.push({ ...s, id: existing.id });
        }
      }
      const withdrawn = active.filter((a) => !seen.has(`${a.kim_id}|${a.type}|${a.recipient_id}`)).map((a) => a.id);
      if (inserts.length) {
        await tx.query(
          `WITH created AS (
             INSERT INTO signals (kim_id, type, recipient_role, recipient_id, state, from_date, deadline, law_version, explanation, conditions, fingerprint, raised_on)
             SELECT x.k, x.t, x.r, x.rid, 'open', x.f, x.d, x.lv, x.e, x.c, x.fp, $4::date
               FROM jsonb_to_recordset($1::jsonb) AS x(k text, t text, r text, rid text, f date, d date, lv text, e text, c jsonb, fp text)
             RETURNING id)
           INSERT INTO signal_events (signal_id, event, import_id, notified_at) SELECT id, 'created', $2, CASE WHEN $3 THEN NULL ELSE now() END FROM created`,
          [rowsJson(inserts), importId, channel, ctx.stichtag()],
        );
      }
      if (updates.length) {
        await tx.query(
          `UPDATE signals s SET from_date = u.f, deadline = u.d, law_version = u.lv, explanation = u.e, conditions = u.c, fingerprint = u.fp, updated_at = now()
             FROM jsonb_to_recordset($1::jsonb) AS u(id bigint, f date, d date, lv text, e text, c jsonb, fp text)
            WHERE s.id = u.id`,
          [rowsJson(updates)],
        );
      }
      if (withdrawn.length) {
        await tx.query(
          `WITH w AS (UPDATE signals SET state = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = ANY($1::bigint[]) RETURNING id)
           INSERT INTO signal_events (signal_id, event, import_id, notified_at) SELECT id, 'withdrawn', $2, CASE WHEN $3 THEN NULL ELSE now() END FROM w`,
          [withdrawn, importId, channel],
        );
      }
      changed = inserts.length + withdrawn.length;
    }
    await neutraliseErased(tx, importId);
    await tx.query('DELETE FROM evaluations WHERE import_id = $1 AND batch = $2', [importId, batch]);
    return changed;
  });
  // After the commit, not inside it: two last batches committing at once would each miss the
  // other's row; checked afterwards, the later of them always sees both.
  await ctx.db.query(
    `UPDATE imports SET status = CASE WHEN error_code IS NULL THEN 'done' ELSE 'failed' END, finished_at = now()
      WHERE id = $1 AND status = 'evaluating' AND eval_batches = (SELECT count(*) FROM routed_batches WHERE import_id = $1)`,
    [importId],
  );
  await ctx.db.query("DELETE FROM erased_persons e USING imports i WHERE e.import_id = $1 AND i.id = e.import_id AND i.status IN ('done', 'failed')", [importId]);
  if (events && channel) await ctx.queues.queue.notify.add('notify', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('notify', importId, batch) });
}
