// What the drop-folder scan saw of each file last time (size and mtime): a file unchanged since is
// complete, and the scan that deletes its row is the one that imports it.
import type { Queryable } from './db.js';

export async function lastObservation(db: Queryable, name: string): Promise<{ size: string; mtime_ms: number } | undefined> {
  return (await db.query<{ size: string; mtime_ms: number }>('SELECT size, mtime_ms FROM drop_observations WHERE name = $1', [name])).rows[0];
}

export async function observe(db: Queryable, name: string, size: number, mtimeMs: number): Promise<void> {
  await db.query('INSERT INTO drop_observations (name, size, mtime_ms) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET size = $2, mtime_ms = $3, seen_at = now()', [name, size, mtimeMs]);
}

/** Claims a file for import: true for the one scan that deletes its observation. */
export async function claimObserved(db: Queryable, name: string): Promise<boolean> {
  return Boolean((await db.query('DELETE FROM drop_observations WHERE name = $1 RETURNING name', [name])).rowCount);
}
