// Files that arrive without an upload: the drop folder (polled by a scheduled job) and the
// scheduled pulls of configured paths. Both end in createImport.
import { existsSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../adapters/types.js';
import { isKimError } from '../src/errors/registry.js';
import { createImport } from '../src/service/imports.js';
import { claimObserved, lastObservation, observe } from '../src/store/drop-observations.js';
import type { LogDeps, QueueDeps, Settings } from './deps.js';
import { SWEEP_EVERY_MS } from './sweep.js';

/** What intake needs: all createImport needs (it spools the file and queues the import), a log and the drop folder. */
type IntakeDeps = Parameters<typeof createImport>[0] & LogDeps & Settings<'dropDir'>;

const MARKER = '.done';

/**
 * One scan of the drop folder. A file is complete when its `.done` marker exists, or when its
 * size and mtime are unchanged since the previous scan (an export job still writing changes them).
 */
export async function runDropScan(ctx: IntakeDeps): Promise<string[]> {
  const dir = ctx.config.dropDir;
  if (!dir || !existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.') && !n.endsWith(MARKER));
  const started: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    // lstat: a symlink is never followed, so nobody with write access to the drop folder can make
    // the hub import (and keep) a file from elsewhere on the server. Its target is not logged.
    const st = await lstat(file).catch(() => null);
    if (st?.isSymbolicLink()) {
      ctx.log.warn({ name }, 'drop folder: symlink skipped');
      continue;
    }
    if (!st?.isFile()) continue;
    const marked = existsSync(file + MARKER);
    const prev = await lastObservation(ctx.db, name);
    const stable = prev !== undefined && Number(prev.size) === st.size && prev.mtime_ms === st.mtimeMs;
    if (!marked && !stable) {
      await observe(ctx.db, name, st.size, st.mtimeMs);
      continue;
    }
    // Claim the file: only the scan that deletes the observation row imports it.
    if (!(await claimObserved(ctx.db, name)) && !marked) continue;
    try {
      started.push(await createImport(ctx, { file, fileName: name, trigger: 'drop', how: 'move' }));
    } catch (e) {
      if (!isKimError(e)) throw e;
      ctx.log.warn({ name, code: e.code }, 'drop folder: file not taken'); // the rest of the folder still is
      continue;
    }
    if (marked) await rm(file + MARKER, { force: true });
  }
  return started;
}

/** A scheduled pull: the configured path is copied, so the office's file stays where it is. */
export async function runSync(ctx: IntakeDeps, job: { source: string; path: string }): Promise<string | null> {
  if (!existsSync(job.path)) {
    ctx.log.warn({ source: job.source }, 'scheduled sync: file not there yet');
    return null;
  }
  return createImport(ctx, { file: job.path, trigger: 'schedule', source: job.source as Source, how: 'copy' });
}

/** `kim-hub scheduler`: registers the job schedulers; BullMQ fires each tick once, however many schedulers run. */
export async function startScheduler(ctx: QueueDeps & Settings<'dropDir' | 'dropPollSeconds' | 'syncs'>): Promise<void> {
  const q = ctx.queues.queue.import;
  // Retention of spool files, quarantine rows and temp files (workers/sweep.ts).
  await q.upsertJobScheduler('sweep', { every: SWEEP_EVERY_MS }, { name: 'sweep', data: {} });
  if (ctx.config.dropDir) {
    await q.upsertJobScheduler('drop-scan', { every: ctx.config.dropPollSeconds * 1000 }, { name: 'drop-scan', data: {} });
  }
  for (const [source, sync] of Object.entries(ctx.config.syncs)) {
    await q.upsertJobScheduler(`sync-${source}`, { pattern: sync.cron, tz: 'Europe/Berlin' }, { name: 'sync', data: { source, path: sync.path } });
  }
}
