// Source records: every version of every record the offices delivered, the current one with
// valid_to NULL. The apply stage adds versions; the link stage closes and erases them.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PersonRecord } from '../generated/kim-types.js';
import type { Tx } from './db.js';
import type { RecordRef } from './links.js';

const columns = (refs: readonly RecordRef[]) => [refs.map((r) => r.source), refs.map((r) => r.id)];

export interface CurrentVersion {
  source: string;
  source_record_id: string;
  version: number;
  content_hash: string;
}

const CURRENT_VERSIONS = `SELECT s.source, s.source_record_id, s.version, s.content_hash
       FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON s.source = k.source AND s.source_record_id = k.id
      WHERE s.valid_to IS NULL`;

/** The current versions of `refs`, read without a lock (the apply stage locks only those it will replace). */
export async function currentVersions(tx: Tx, refs: readonly RecordRef[]): Promise<CurrentVersion[]> {
  return (await tx.query<CurrentVersion>(CURRENT_VERSIONS, columns(refs))).rows;
}

/** The current versions of `refs`, locked for the transaction (after a wait, as the holder left them). */
export async function lockCurrentVersions(tx: Tx, refs: readonly RecordRef[]): Promise<CurrentVersion[]> {
  if (!refs.length) return [];
  return (await tx.query<CurrentVersion>(`${CURRENT_VERSIONS} FOR UPDATE OF s`, columns(refs))).rows;
}

/** The last version of each of `refs`, current or closed. */
export async function lastVersions(tx: Tx, refs: readonly RecordRef[]): Promise<Array<{ source: string; source_record_id: string; version: number }>> {
  if (!refs.length) return [];
  return (
    await tx.query<{ source: string; source_record_id: string; version: number }>(
      `SELECT s.source, s.source_record_id, max(s.version) AS version
       FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON s.source = k.source AND s.source_record_id = k.id
      GROUP BY s.source, s.source_record_id`,
      columns(refs),
    )
  ).rows;
}

/** The not_retained entries of `refs` (their ids keyed: see src/store/erasure.ts). */
export async function notRetainedEntries(tx: Tx, keyedRefs: readonly RecordRef[]): Promise<Array<{ source: string; source_record_id: string; content_hash: string }>> {
  return (
    await tx.query<{ source: string; source_record_id: string; content_hash: string }>(
      // One primary-key lookup per key, forced (OFFSET 0): joined, the planner hashed the whole
      // table for every batch, a scan that grows with the city's unconsented social records.
      `SELECT n.source, n.source_record_id, n.content_hash FROM unnest($1::text[], $2::text[]) AS k(source, id)
        CROSS JOIN LATERAL (SELECT * FROM not_retained n WHERE n.source = k.source AND n.source_record_id = k.id OFFSET 0) n`,
      columns(keyedRefs),
    )
  ).rows;
}

/** Every key the import read, for the snapshot closure in the link stage (cheaper than touching unchanged rows). */
export async function noteKeysRead(tx: Tx, importId: string, refs: readonly RecordRef[]): Promise<void> {
  await tx.query('INSERT INTO import_keys (import_id, source, source_record_id) SELECT $1, k.source, k.id FROM unnest($2::text[], $3::text[]) AS k(source, id)', [importId, ...columns(refs)]);
}

export interface NewVersion {
  source: string;
  id: string;
  version: number;
  authority: string | null;
  hash: string;
  record: PersonRecord;
}

/** Closes the current versions of `replaced` and adds `versions`, noting them as the import's changes. */
export async function addVersions(tx: Tx, importId: string, replaced: readonly RecordRef[], versions: readonly NewVersion[]): Promise<void> {
  await tx.query(
    `UPDATE source_records s SET valid_to = now() FROM unnest($1::text[], $2::text[]) AS k(source, id)
      WHERE s.source = k.source AND s.source_record_id = k.id AND s.valid_to IS NULL`,
    columns(replaced),
  );
  await copyVersions(tx, importId, versions);
  await tx.query(`INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, k.source, k.id FROM unnest($2::text[], $3::text[]) AS k(source, id) ON CONFLICT DO NOTHING`, [
    importId,
    versions.map((r) => r.source),
    versions.map((r) => r.id),
  ]);
}

// COPY's text format: a row per line, tab between columns, \N for null, and backslash, tab, newline
// and carriage return escaped with a backslash (a record's JSON text has no raw control
// characters, but its own escapes are backslashes).
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyField = (v: string | number | null): string => (v === null ? '\\N' : String(v).replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!));

/**
 * The new versions by COPY: PostgreSQL parses each record's JSON once. Sent as one JSON document
 * for jsonb_to_recordset, every record was parsed as part of the document, turned back into text
 * and parsed again, which cost PostgreSQL several times the CPU of this (docs/performance.md,
 * issue 19). One chunk per batch: a batch is about a megabyte.
 */
async function copyVersions(tx: Tx, importId: string, versions: readonly NewVersion[]): Promise<void> {
  const rows = versions.map((v) => `${[v.source, v.id, v.version, v.authority, v.hash, JSON.stringify(v.record), importId].map(copyField).join('\t')}\n`).join('');
  await pipeline(Readable.from([rows]), tx.query(copyFrom('COPY source_records (source, source_record_id, version, authority, content_hash, record, import_id) FROM STDIN')));
}
