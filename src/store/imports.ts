// An import's row and its working tables (staged and applied batches, read keys, changes,
// evaluation batches) as the stage workers move it along: queued → reading → applying → linking →
// evaluating → done or failed (held: waiting for an operator). The API's reading of imports is
// elsewhere (src/store/read/).
import type { Source } from '../../adapters/types.js';
import type { Queryable, Tx } from './db.js';

const LINK_LOCK = 5_158_002;

/** Serialises link stages: linkage is global, two must not interleave (held to the transaction's end). */
export async function lockLinkage(tx: Tx): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
}

export interface LinkState {
  eval_batches: number | null;
  status: string;
  close_confirmed: boolean;
  held_at: Date | null;
}

/** The import's state for the link stage, locked for the transaction. */
export async function lockForLink(tx: Tx, importId: string): Promise<LinkState | undefined> {
  return (await tx.query<LinkState>('SELECT eval_batches, status, close_confirmed, held_at FROM imports WHERE id = $1 FOR UPDATE', [importId])).rows[0];
}

/** How many records and consents the import's applied batches changed. */
export async function appliedChanges(tx: Queryable, importId: string): Promise<number> {
  return Number((await tx.query<{ n: string }>('SELECT coalesce(sum(changed), 0) AS n FROM import_batches WHERE import_id = $1', [importId])).rows[0]!.n);
}

/**
 * Refreshes the planner's statistics of tables a stage just filled: a first import fills them
 * faster than autovacuum analyses them, and on statistics that say "empty" the planner picks plans
 * that make every later batch slow.
 */
export async function analyze(db: Queryable, tables: 'applied' | 'linked'): Promise<void> {
  await db.query(tables === 'applied' ? 'ANALYZE source_records, import_keys, import_changes, person_changes' : 'ANALYZE person_links, link_keys, consent_links, signals, person_state, person_changes');
}

/** The keys read (used by the snapshot closure) and batches a retried import staged again after they were applied. */
export async function dropReadKeys(tx: Tx, importId: string): Promise<void> {
  await tx.query('DELETE FROM import_keys WHERE import_id = $1', [importId]);
  await tx.query('DELETE FROM staged_batches WHERE import_id = $1', [importId]);
}

/** Used up: the record numbers of what changed are kept no longer than the link needs them. */
export async function dropImportChanges(tx: Tx, importId: string): Promise<void> {
  await tx.query('DELETE FROM import_changes WHERE import_id = $1', [importId]);
}

/**
 * Moves the import on once its evaluate batches are stored: to evaluating, or, with nothing to
 * evaluate, to done (failed if an error was recorded).
 */
async function setEvalBatches(tx: Tx, importId: string, batches: number): Promise<void> {
  await tx.query(
    `UPDATE imports SET eval_batches = $2, finished_at = CASE WHEN $2 = 0 THEN now() END,
            status = CASE WHEN $2 > 0 THEN 'evaluating' WHEN error_code IS NULL THEN 'done' ELSE 'failed' END
      WHERE id = $1`,
    [importId, batches],
  );
}

// The persons a relink affects, gathered in the transaction's own table rather than in the
// worker's memory: a first import affects the whole city, and a set of 800,000 kimIds (with the
// JSON that carried it here) was what still grew with the city in the link stage (issue 19).

/** Starts the transaction's (empty) set of affected persons. */
export async function startAffected(tx: Tx): Promise<void> {
  await tx.query('CREATE TEMP TABLE link_affected (kim_id text PRIMARY KEY) ON COMMIT DROP');
}

export async function noteAffected(tx: Tx, kimIds: Iterable<string>): Promise<void> {
  const ids = [...kimIds];
  if (ids.length) await tx.query('INSERT INTO link_affected (kim_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [ids]);
}

/** The affected persons, sorted (byte order, as the evaluate batches are cut). */
export async function readAffected(tx: Tx): Promise<string[]> {
  return (await tx.query<{ kim_id: string }>('SELECT kim_id FROM link_affected ORDER BY kim_id COLLATE "C"')).rows.map((r) => r.kim_id);
}

/** The affected persons in sorted slices of `size`, stored as the import's evaluate batches; returns their number. */
export async function storeAffectedAsEvalBatches(tx: Tx, importId: string, size: number): Promise<number> {
  const res = await tx.query(
    `INSERT INTO eval_batches (import_id, batch, kim_ids)
     SELECT $1, batch, array_agg(kim_id ORDER BY kim_id COLLATE "C") FROM (
       SELECT kim_id, ((row_number() OVER (ORDER BY kim_id COLLATE "C") - 1) / $2)::integer AS batch FROM link_affected) a
      GROUP BY batch`,
    [importId, size],
  );
  await setEvalBatches(tx, importId, res.rowCount ?? 0);
  return res.rowCount ?? 0;
}

/** Whether an import's export file stays for a replay: records were rejected, the file as a whole was read. */
export async function keepForReplay(db: Queryable, importId: string): Promise<boolean> {
  return (await db.query<{ keep: boolean }>('SELECT rejected > 0 AND error_code IS NULL AS keep FROM imports WHERE id = $1', [importId])).rows[0]?.keep ?? false;
}

/** The spool files of `source`'s imports that have been read. */
export async function spoolFilesOf(db: Queryable, source: string): Promise<string[]> {
  return (await db.query<{ spool_path: string }>("SELECT spool_path FROM imports WHERE source = $1 AND status NOT IN ('queued', 'reading')", [source])).rows.map((r) => r.spool_path);
}

/** The imports of spool files: their status, and whether their replay window (from `now`, ms; null: the database's clock) is still open. */
export async function spoolStates(db: Queryable, files: readonly string[], now: number | null, replayDays: number): Promise<Array<{ spool_path: string; status: string; replayable: boolean }>> {
  return (
    await db.query<{ spool_path: string; status: string; replayable: boolean }>(
      `SELECT spool_path, status, rejected > 0 AND error_code IS NULL AND received_at > coalesce(to_timestamp($2::float8 / 1000), now()) - make_interval(days => $3) AS replayable
       FROM imports WHERE spool_path = ANY($1)`,
      [files, now, replayDays],
    )
  ).rows;
}

/**
 * Claims a staged batch for applying: returns its records (a JSON text), or null when it was
 * applied already (a retry after a crash, a duplicate job) or the import is gone.
 */
export async function claimStagedBatch(tx: Tx, importId: string, batch: number): Promise<string | null> {
  // One statement (it was three round trips per batch). A duplicate job waits on the row the
  // first one deletes and then finds nothing; a batch staged again by a retried import is
  // deleted and not claimed (applied before).
  const res = await tx.query<{ records: string; claimed: boolean }>(
    `WITH staged AS (DELETE FROM staged_batches WHERE import_id = $1 AND batch = $2 RETURNING records),
          claim AS (INSERT INTO import_batches (import_id, batch, changed, unchanged) SELECT $1, $2, 0, 0 FROM staged ON CONFLICT DO NOTHING RETURNING batch)
     SELECT staged.records, EXISTS (SELECT 1 FROM claim) AS claimed FROM staged`,
    [importId, batch],
  );
  const staged = res.rows[0];
  return staged?.claimed ? staged.records : null;
}

export async function countBatch(tx: Tx, importId: string, batch: number, changed: number, unchanged: number): Promise<void> {
  await tx.query('UPDATE import_batches SET changed = $3, unchanged = $4 WHERE import_id = $1 AND batch = $2', [importId, batch, changed, unchanged]);
}

/** Moves the import to linking once it has been read to the end and every batch is applied; true if it is (now) linking. */
export async function markLinkingWhenApplied(db: Queryable, importId: string): Promise<boolean> {
  const ready = await db.query(
    `UPDATE imports SET status = 'linking' WHERE id = $1 AND status IN ('applying', 'linking')
        AND batches = (SELECT count(*) FROM import_batches WHERE import_id = $1) RETURNING id`,
    [importId],
  );
  return Boolean(ready.rowCount);
}

/**
 * A refused apply batch: counted as applied with nothing changed (so the import still links),
 * the error recorded once, and nothing closed (no scopes).
 */
export async function refuseBatch(tx: Tx, importId: string, batch: number, code: string, message: string): Promise<void> {
  await tx.query('INSERT INTO import_batches (import_id, batch, changed, unchanged) VALUES ($1, $2, 0, 0) ON CONFLICT DO NOTHING', [importId, batch]);
  await tx.query('DELETE FROM staged_batches WHERE import_id = $1 AND batch = $2', [importId, batch]);
  await tx.query("UPDATE imports SET error_code = coalesce(error_code, $2), error = coalesce(error, $3), scopes = '[]' WHERE id = $1", [importId, code, message]);
}

/** Ends an import under way as failed (the first error recorded stays); returns its spool file, or null if it had ended already. */
export async function failImport(db: Queryable, importId: string, code: string, message: string): Promise<string | null> {
  const ended = await db.query<{ spool_path: string }>(
    "UPDATE imports SET status = 'failed', error_code = coalesce(error_code, $2), error = coalesce(error, $3), finished_at = now() WHERE id = $1 AND status NOT IN ('done', 'failed') RETURNING spool_path",
    [importId, code, message],
  );
  return ended.rows[0]?.spool_path ?? null;
}

export interface ImportToRead {
  spool_path: string;
  source: Source | null;
  file_name: string;
  status: string;
  trigger: string;
  api_key: string | null;
}

export async function importToRead(db: Queryable, importId: string): Promise<ImportToRead | undefined> {
  return (await db.query<ImportToRead>('SELECT spool_path, source, file_name, status, trigger, api_key FROM imports WHERE id = $1', [importId])).rows[0];
}

export async function setFileHash(db: Queryable, importId: string, hash: string): Promise<void> {
  await db.query('UPDATE imports SET file_hash = $2 WHERE id = $1', [importId, hash]);
}

export type ImportScope = { source: string; authority: string | null };

export async function scopesOf(db: Queryable, importId: string): Promise<ImportScope[]> {
  return (await db.query<{ scopes: ImportScope[] | null }>('SELECT scopes FROM imports WHERE id = $1', [importId])).rows[0]?.scopes ?? [];
}

/**
 * The earlier import whose result this one would only repeat: the same bytes (and reader), read
 * in full without fault, and after it no import of the same source touched its authorities
 * (a delta, another snapshot, a broken file). Imports that were themselves found identical
 * changed nothing and do not count.
 */
export async function identicalImport(db: Queryable, importId: string, source: string, hash: string): Promise<string | null> {
  const res = await db.query<{ id: string }>(
    `WITH me AS (SELECT received_at FROM imports WHERE id = $1),
          x AS (SELECT i.id, i.received_at, i.scopes FROM imports i, me
                 WHERE i.source = $2 AND i.file_hash = $3 AND i.id <> $1 AND i.identical_to IS NULL
                   AND i.status = 'done' AND i.error_code IS NULL AND i.received_at <= me.received_at
                 ORDER BY i.received_at DESC LIMIT 1)
     SELECT x.id FROM x WHERE NOT EXISTS (
       SELECT 1 FROM imports i, me
        WHERE i.source = $2 AND i.id <> $1 AND i.id <> x.id AND i.identical_to IS NULL
          AND i.received_at >= x.received_at AND i.received_at <= me.received_at
          AND (i.status <> 'done' OR i.error_code IS NOT NULL OR coalesce(jsonb_array_length(i.scopes), 0) = 0
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(i.scopes) a, jsonb_array_elements(x.scopes) b
                           WHERE a->>'authority' IS NOT DISTINCT FROM b->>'authority')))`,
    [importId, source, hash],
  );
  return res.rows[0]?.id ?? null;
}

/** Ends an import as done without reading: its file is identical to `same`'s. */
export async function markIdentical(db: Queryable, importId: string, source: string, same: string): Promise<void> {
  await db.query("UPDATE imports SET status = 'done', source = $2, identical_to = $3, scopes = '[]', eval_batches = 0, finished_at = now() WHERE id = $1", [importId, source, same]);
}

/**
 * Starts (or restarts) reading: what an earlier attempt quarantined or warned about goes first.
 * The source, once detected, is written at once: a link waits for a consent list under way, and
 * for an import whose source is not known yet (src/store/link-order.ts).
 */
export async function startReading(db: Queryable, importId: string, detected: Source | null): Promise<void> {
  await db.query('DELETE FROM quarantine WHERE import_id = $1', [importId]);
  await db.query('DELETE FROM import_warnings WHERE import_id = $1', [importId]);
  await db.query("UPDATE imports SET status = 'reading', source = coalesce(source, $2) WHERE id = $1", [importId, detected]);
}

/** Stages one batch (the records' JSON texts); a retry may find it staged by the attempt before: same number, same content. */
export async function stageBatch(db: Queryable, importId: string, batch: number, items: readonly string[]): Promise<void> {
  await db.query('INSERT INTO staged_batches (import_id, batch, records) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [importId, batch, `[${items.join(',')}]`]);
}

export interface ReadResult {
  source: string | null;
  read: number;
  accepted: number;
  batches: number;
  scopes: Array<ImportScope & { snapshot: string }>;
  fileError: { code: string; message: string } | null;
  warned: number;
}

/**
 * Read to the end (or to a fault of the file): the counts, and the scopes a snapshot closes,
 * none after a fault or when an apply batch was refused while reading (it set the error already).
 */
export async function finishReading(db: Queryable, importId: string, r: ReadResult): Promise<void> {
  await db.query(
    `UPDATE imports SET status = 'applying', source = $2, records_read = $3, accepted = $4, rejected = $5, batches = $6,
            scopes = CASE WHEN error_code IS NULL THEN $7::jsonb ELSE '[]' END, error_code = coalesce(error_code, $8), error = CASE WHEN error_code IS NULL THEN $9 ELSE error END, warnings = $10
      WHERE id = $1`,
    [importId, r.source, r.read, r.accepted, r.read - r.accepted, r.batches, JSON.stringify(r.fileError ? [] : r.scopes), r.fileError?.code ?? null, r.fileError?.message ?? null, r.warned],
  );
}

/** The row of a new import, queued; its file is already in the spool. */
export async function insertImport(db: Queryable, row: { id: string; source: string | null; fileName: string; spoolPath: string; trigger: string; apiKey: string | null }): Promise<void> {
  await db.query('INSERT INTO imports (id, source, file_name, spool_path, trigger, status, api_key) VALUES ($1, $2, $3, $4, $5, $6, $7)', [row.id, row.source, row.fileName, row.spoolPath, row.trigger, 'queued', row.apiKey]);
}

/** Why a held import is held, or undefined when the import is not held. */
export async function heldReason(db: Queryable, importId: string): Promise<{ error: string | null } | undefined> {
  return (await db.query<{ error: string | null }>("SELECT error FROM imports WHERE id = $1 AND status = 'held'", [importId])).rows[0];
}

/** A held snapshot's closure confirmed: back to linking. False when the import is not held. */
export async function confirmHeld(db: Queryable, importId: string): Promise<boolean> {
  const res = await db.query("UPDATE imports SET status = 'linking', close_confirmed = true, error_code = NULL, error = NULL WHERE id = $1 AND status = 'held' RETURNING id", [importId]);
  return !!res.rowCount;
}

/** The status alone of each given import (the figures, which count events, are read elsewhere). */
export async function importStatuses(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = (await db.query<{ id: string; status: string }>('SELECT id, status FROM imports WHERE id = ANY($1::uuid[])', [ids])).rows;
  return new Map(rows.map((r) => [r.id, r.status]));
}

/** How many imports are still under way (a held one waits for an operator, not counted). */
export async function importsUnderWay(db: Queryable): Promise<number> {
  return Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM imports WHERE status NOT IN ('done', 'failed', 'held')")).rows[0]!.n);
}
