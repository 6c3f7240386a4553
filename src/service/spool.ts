// How long the hub keeps an export file (README, "How long exports are kept"): only until it has
// been read. The spool copy of an export holds every person of it, those without a consent too;
// once its records are in PostgreSQL (kept or not by the link stage's retention), the file goes.
// Nothing reads a spool file a second time: a replay needs the export delivered again.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from './context.js';

/** Deletes one spool file; a file already gone is fine (a retried job, a sweep before it). */
export async function removeSpoolFile(ctx: Context, file: string): Promise<void> {
  // Only inside the spool: the path comes from the database, and the hub deletes nothing else.
  const rel = path.relative(ctx.config.spoolDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return;
  await rm(file, { force: true });
}

/** An upload still being written has this long to become an import before its file counts as an orphan. */
const ORPHAN_AFTER_MS = 60 * 60 * 1000;

/**
 * Deletes the spool files nothing will read: those of finished imports (a worker that died
 * between reading and deleting, a job that gave up) and orphans (an upload aborted before its
 * import row was written) older than an hour. Returns how many it deleted.
 */
export async function sweepSpool(ctx: Context, now = Date.now()): Promise<number> {
  const dir = ctx.config.spoolDir;
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => !n.startsWith('.'));
  if (!files.length) return 0;
  const rows = (await ctx.db.query<{ spool_path: string; status: string }>('SELECT spool_path, status FROM imports WHERE spool_path = ANY($1)', [files.map((n) => path.join(dir, n))])).rows;
  const status = new Map(rows.map((r) => [r.spool_path, r.status]));
  let removed = 0;
  for (const name of files) {
    const file = path.join(dir, name);
    const s = status.get(file);
    const st = await stat(file).catch(() => null);
    if (!st?.isFile()) continue;
    const finished = s !== undefined && s !== 'queued' && s !== 'reading'; // read to the end
    const orphan = s === undefined && now - st.mtimeMs > ORPHAN_AFTER_MS;
    if (finished || orphan) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
