// How long the hub keeps an export file (README, "How long exports are kept"): until it has been
// read, or, when the import rejected records (and the file as a whole was read), for KIM_REPLAY_DAYS so that an operator can replay
// it after a fix (the quarantine's promise). The spool copy of an export holds every person of it,
// those without a consent too: an erasure for a source deletes every kept file of that source, and
// the sweep deletes a kept file once its window has passed. A replay after that needs the export
// delivered again.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { keepForReplay, spoolFilesOf, spoolStates } from '../src/store/imports.js';
import type { Settings, StoreDeps } from './deps.js';

/** Deletes one spool file; a file already gone is fine (a retried job, a sweep before it). */
export async function removeSpoolFile(deps: Settings<'spoolDir'>, file: string): Promise<void> {
  // Only inside the spool: the path comes from the database, and the hub deletes nothing else.
  const rel = path.relative(deps.config.spoolDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return;
  await rm(file, { force: true });
}

/**
 * After an import's read: the file goes, unless the import rejected records and replays are
 * allowed (then it stays for the replay window; the sweep and erasures remove it).
 */
export async function releaseSpoolFile(deps: StoreDeps & Settings<'spoolDir' | 'replayDays'>, importId: string, file: string): Promise<void> {
  // A file that failed as a whole (unreadable, a bomb, too many rejections) is delivered again, not replayed.
  if (deps.config.replayDays > 0 && (await keepForReplay(deps.db, importId))) return;
  await removeSpoolFile(deps, file);
}

/** An erasure for `source`: every export file of that source the hub still keeps for a replay goes. */
export async function removeKeptSpoolFiles(deps: StoreDeps & Settings<'spoolDir'>, source: string): Promise<number> {
  let removed = 0;
  for (const file of await spoolFilesOf(deps.db, source)) {
    const st = await stat(file).catch(() => null);
    if (!st) continue;
    await removeSpoolFile(deps, file);
    removed++;
  }
  return removed;
}

/** An upload still being written has this long to become an import before its file counts as an orphan. */
const ORPHAN_AFTER_MS = 60 * 60 * 1000;

/**
 * Deletes the spool files nothing will read: those of finished imports (a worker that died
 * between reading and deleting, a job that gave up) and orphans (an upload aborted before its
 * import row was written) older than an hour. Returns how many it deleted.
 */
export async function sweepSpool(deps: StoreDeps & Settings<'spoolDir' | 'replayDays'>, now?: number): Promise<number> {
  const dir = deps.config.spoolDir;
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => !n.startsWith('.'));
  if (!files.length) return 0;
  const rows = await spoolStates(
    deps.db,
    files.map((n) => path.join(dir, n)),
    now ?? null,
    deps.config.replayDays,
  );
  const status = new Map(rows.map((r) => [r.spool_path, r.status]));
  const replayable = new Set(rows.filter((r) => r.replayable).map((r) => r.spool_path));
  let removed = 0;
  for (const name of files) {
    const file = path.join(dir, name);
    const s = status.get(file);
    const st = await stat(file).catch(() => null);
    if (!st?.isFile()) continue;
    const finished = s !== undefined && s !== 'queued' && s !== 'reading' && !replayable.has(file); // read, and past any replay window
    const orphan = s === undefined && (now ?? Date.now()) - st.mtimeMs > ORPHAN_AFTER_MS;
    if (finished || orphan) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
