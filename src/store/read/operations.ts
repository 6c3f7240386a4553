// What the Betrieb page of the web workplace reads: imports and quarantine counts, never a record's
// content (the quarantine's reasons carry no value).
import type { Db } from '../db.js';

export interface ImportRow {
  id: string;
  source: string | null;
  file_name: string;
  trigger: string;
  status: string;
  received_at: Date;
  records_read: number;
  accepted: number;
  rejected: number;
  warnings: number;
}

export async function recentImports(db: Db, limit = 50): Promise<ImportRow[]> {
  return (await db.query<ImportRow>('SELECT id, source, file_name, trigger, status, received_at, records_read, accepted, rejected, warnings FROM imports ORDER BY received_at DESC LIMIT $1', [limit])).rows;
}

export async function quarantineByImport(db: Db): Promise<Array<{ import_id: string; source: string | null; n: number; open: number }>> {
  return (await db.query('SELECT import_id, source, count(*)::int AS n, count(*) FILTER (WHERE replayed_in IS NULL)::int AS open FROM quarantine GROUP BY 1, 2 ORDER BY 1')).rows;
}

export async function rejectionsOf(db: Db, importId: string, limit = 500): Promise<Array<{ position: number | null; field: string | null; code: string; reason: string; replayed_in: string | null }>> {
  return (await db.query('SELECT position, field, code, reason, replayed_in FROM quarantine WHERE import_id = $1 ORDER BY id LIMIT $2', [importId, limit])).rows;
}

/** The kept export of an import (for a replay): where it lies in the spool, its name and source. */
export async function keptExport(db: Db, importId: string): Promise<{ spool_path: string; file_name: string; source: string | null } | undefined> {
  return (await db.query('SELECT spool_path, file_name, source FROM imports WHERE id = $1', [importId])).rows[0];
}
