// Signals and their events: what the route stage writes (created, updated, withdrawn, each
// alerting event once) and the notify stage sends. Set-based: a batch of hundreds of persons
// costs a handful of statements, not one per signal.
import type { ActiveSignal, NewSignal } from '../routing/signal-diff.js';
import type { Queryable, Tx } from './db.js';

/**
 * The rows as one JSON document for jsonb_to_recordset, the conditions spliced in as the JSON
 * they already are (serialised once for the fingerprint; escaping them again as a string cost
 * more than the rules that produced them).
 */
function rowsJson(rows: ReadonlyArray<NewSignal & { id?: string }>): string {
  return `[${rows
    .map((s) => {
      const { conditions, ...scalars } = s;
      return `${JSON.stringify({ k: scalars.kimId, t: scalars.type, r: scalars.role, rid: scalars.recipientId, f: scalars.from, d: scalars.deadline, lv: scalars.lawVersion, e: scalars.explanation, fp: scalars.fingerprint, id: scalars.id ?? null }).slice(0, -1)},"c":${conditions}}`;
    })
    .join(',')}]`;
}

/**
 * Notes that these persons' evaluation of `evaluatedAt` is routed; returns those for whom it is
 * the newest (persons whose last routed evaluation is newer are left alone: imports may overlap).
 */
export async function claimNewestEvaluation(tx: Tx, kimIds: readonly string[], evaluatedAt: Date): Promise<Set<string>> {
  const rows = await tx.query<{ kim_id: string }>(
    `INSERT INTO person_state (kim_id, routed_eval_at) SELECT k, $2 FROM unnest($1::text[]) AS k ORDER BY k
     ON CONFLICT (kim_id) DO UPDATE SET routed_eval_at = EXCLUDED.routed_eval_at WHERE person_state.routed_eval_at <= EXCLUDED.routed_eval_at
     RETURNING kim_id`,
    [kimIds, evaluatedAt],
  );
  return new Set(rows.rows.map((r) => r.kim_id));
}

/** The signals of these persons that are not withdrawn, locked for the transaction. */
export async function lockActiveSignals(tx: Tx, kimIds: readonly string[]): Promise<ActiveSignal[]> {
  // One index lookup per person, forced (OFFSET 0 keeps the lateral subquery a nested loop):
  // while a city-scale import fills the table its statistics lag or are missing (autovacuum
  // may be off), and on them the planner scanned all signals for every batch (docs/performance.md).
  return (
    await tx.query<ActiveSignal>(
      `SELECT a.* FROM unnest($1::text[]) AS k(kim_id)
       CROSS JOIN LATERAL (SELECT s.id, s.kim_id, s.type, s.recipient_id, s.fingerprint FROM signals s
                            WHERE s.kim_id = k.kim_id AND s.state <> 'withdrawn' OFFSET 0 FOR UPDATE) a`,
      [kimIds],
    )
  ).rows;
}

/** `pending`: the events wait for the notify stage; otherwise they are stored as delivered. */
export async function createSignals(tx: Tx, signals: readonly NewSignal[], importId: string, pending: boolean, raisedOn: string): Promise<void> {
  if (!signals.length) return;
  await tx.query(
    `WITH created AS (
       INSERT INTO signals (kim_id, type, recipient_role, recipient_id, state, from_date, deadline, law_version, explanation, conditions, fingerprint, raised_on)
       SELECT x.k, x.t, x.r, x.rid, 'open', x.f, x.d, x.lv, x.e, x.c, x.fp, $4::date
         FROM jsonb_to_recordset($1::jsonb) AS x(k text, t text, r text, rid text, f date, d date, lv text, e text, c jsonb, fp text)
       RETURNING id)
     INSERT INTO signal_events (signal_id, event, import_id, notified_at) SELECT id, 'created', $2, CASE WHEN $3 THEN NULL ELSE now() END FROM created`,
    [rowsJson(signals), importId, pending, raisedOn],
  );
}

/** A changed date or explanation: updated, no new alert. */
export async function updateSignals(tx: Tx, signals: ReadonlyArray<NewSignal & { id: string }>): Promise<void> {
  if (!signals.length) return;
  await tx.query(
    `UPDATE signals s SET from_date = u.f, deadline = u.d, law_version = u.lv, explanation = u.e, conditions = u.c, fingerprint = u.fp, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS u(id bigint, f date, d date, lv text, e text, c jsonb, fp text)
      WHERE s.id = u.id`,
    [rowsJson(signals)],
  );
}

export async function withdrawSignals(tx: Tx, ids: readonly string[], importId: string, pending: boolean): Promise<void> {
  if (!ids.length) return;
  await tx.query(
    `WITH w AS (UPDATE signals SET state = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = ANY($1::bigint[]) RETURNING id)
     INSERT INTO signal_events (signal_id, event, import_id, notified_at) SELECT id, 'withdrawn', $2, CASE WHEN $3 THEN NULL ELSE now() END FROM w`,
    [ids, importId, pending],
  );
}

/**
 * The withdrawn signals of persons whose data this import erased (a consent ended) keep no
 * explanation, conditions or deadline: those were drawn from the erased data (issue 14,
 * finding 6). The signal's id, type, recipient and dates stay, for the inbox's history.
 */
export async function neutraliseErased(tx: Tx, importId: string, explanation: string): Promise<void> {
  await tx.query(
    `UPDATE signals s SET explanation = $2, conditions = '[]'::jsonb, deadline = NULL, fingerprint = 'erased', updated_at = now()
       FROM erased_persons e
      WHERE e.import_id = $1 AND s.kim_id = e.kim_id AND s.state = 'withdrawn' AND s.fingerprint <> 'erased'`,
    [importId, explanation],
  );
  // Staff's notes on those signals (src/store/notes.ts) are about the person as well: they go too.
  await tx.query('DELETE FROM signal_notes n USING erased_persons e WHERE e.import_id = $1 AND n.kim_id = e.kim_id', [importId]);
}

/** Forgets whom an import erased once the import has ended (the route stage needed it until then). */
export async function forgetErasedWhenEnded(db: Queryable, importId: string): Promise<void> {
  await db.query("DELETE FROM erased_persons e USING imports i WHERE e.import_id = $1 AND i.id = e.import_id AND i.status IN ('done', 'failed')", [importId]);
}

export interface PendingEvent {
  id: string;
  event: 'created' | 'withdrawn';
  signal_id: string;
  type: string;
  recipient_role: string;
  recipient_id: string;
}

/** Up to 200 events not yet sent, locked (others' locks skipped) for the transaction. */
/** The oldest pending event, locked for this transaction (another worker skips it); null when none is pending. */
export async function lockPendingEvent(tx: Tx): Promise<PendingEvent | null> {
  return (
    (
      await tx.query<PendingEvent>(
        `SELECT e.id, e.event, e.signal_id, s.type, s.recipient_role, s.recipient_id
       FROM signal_events e JOIN signals s ON s.id = e.signal_id
      WHERE e.notified_at IS NULL ORDER BY e.id LIMIT 1 FOR UPDATE OF e SKIP LOCKED`,
      )
    ).rows[0] ?? null
  );
}

export async function markNotified(tx: Queryable, eventId: string): Promise<void> {
  await tx.query('UPDATE signal_events SET notified_at = now() WHERE id = $1', [eventId]);
}

/** Every pending event counted as delivered (no channel to send to: the inbox has them). */
export async function markAllNotified(db: Queryable): Promise<number> {
  return (await db.query('UPDATE signal_events SET notified_at = now() WHERE notified_at IS NULL')).rowCount ?? 0;
}
