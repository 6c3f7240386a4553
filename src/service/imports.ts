// Creating an import: the file is copied into the spool (shared by api and workers), a row is
// written, and the import job is queued. Used by the upload endpoint, the drop folder, the
// scheduled syncs and `kim-hub import`.
import { randomUUID } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { chmod, copyFile, lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import type { Source } from '../../adapters/types.js';
import { KimError } from '../errors/registry.js';
import type { Config } from '../config.js';
import type { Db } from '../store/db.js';
import { importStatus } from '../store/read/imports.js';
import { confirmHeld, importStatuses, importsUnderWay, insertImport } from '../store/imports.js';
import type { ImportStatusBody } from '../generated/kim-types.js';
import { JOB_OPTIONS, jobId, type Queues } from '../../workers/queues.js';

/** An import's status as the API gives it: the type comes from schemas/api.schema.json. */
export type ImportStatus = ImportStatusBody;
export type Trigger = ImportStatusBody['trigger'];

/** Spool files hold personal data: readable by the hub's user only. */
export const SPOOL_DIR_MODE = 0o700;
export const SPOOL_FILE_MODE = 0o600;

/** What creating and following imports needs of the hub (a Context has all of it). */
export interface ImportDeps {
  db: Db;
  queues: Queues;
  config: Pick<Config, 'spoolDir'>;
}

export function spoolPath(ctx: Pick<ImportDeps, 'config'>, importId: string, fileName: string): string {
  return path.join(ctx.config.spoolDir, `${importId}${path.extname(fileName)}`);
}

/**
 * Registers a file already in the spool (or moves/copies it there) and queues its import.
 * `move` is for files the hub owns (uploads, the drop folder); `copy` for a scheduled pull or the CLI.
 */
export interface NewImport {
  file: string;
  fileName?: string;
  trigger: Trigger;
  source?: Source;
  how: 'move' | 'copy' | 'in-spool';
  id?: string;
  /** the API key that uploaded the file: the import stage holds every record to its bounds */
  apiKey?: string;
}

/**
 * Moves a file the hub owns (from the drop folder) into the spool without ever following a
 * symlink: the scan skips links, but one could be swapped in after it looked. Across file
 * systems the file is copied (opened O_NOFOLLOW) and then removed, so it is not taken twice.
 */
async function moveWithoutFollowing(source: string, target: string, fileName: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (e) {
    if ((e as { code?: string }).code !== 'EXDEV') throw e;
    const from = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => null);
    if (from) {
      await pipeline(from.createReadStream(), createWriteStream(target, { mode: SPOOL_FILE_MODE, flags: 'wx' }));
      await rm(source);
    }
  }
  const st = await lstat(target).catch(() => null);
  if (!st?.isFile()) {
    await rm(target, { force: true });
    throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${fileName}: not a regular file (a symlink is never imported)`);
  }
}

/** Puts the file into the spool and writes the import row (through `db`, which may be a transaction). */
export async function registerImport(ctx: Pick<ImportDeps, 'config'>, db: Pick<Db, 'query'>, input: NewImport): Promise<string> {
  const id = input.id ?? randomUUID();
  const fileName = input.fileName ?? path.basename(input.file);
  await mkdir(ctx.config.spoolDir, { recursive: true, mode: SPOOL_DIR_MODE });
  const target = input.how === 'in-spool' ? input.file : spoolPath(ctx, id, fileName);
  if (input.how === 'move') await moveWithoutFollowing(input.file, target, fileName);
  if (input.how === 'copy') await copyFile(input.file, target);
  // A moved or copied file keeps the mode the office's job gave it (often 0644): the spool's copy
  // is readable by the hub's user only, like an upload.
  if (input.how !== 'in-spool') await chmod(target, SPOOL_FILE_MODE);
  await insertImport(db, { id, source: input.source ?? null, fileName, spoolPath: target, trigger: input.trigger, apiKey: input.apiKey ?? null });
  return id;
}

/** Queues an import's first job; deterministic job id, so queueing twice runs it once. */
export async function queueImport(ctx: Pick<ImportDeps, 'queues'>, id: string): Promise<void> {
  await ctx.queues.queue.import.add('import', { importId: id }, { jobId: jobId('import', id) });
}

export async function createImport(ctx: ImportDeps, input: NewImport): Promise<string> {
  const id = await registerImport(ctx, ctx.db, input);
  await queueImport(ctx, id);
  return id;
}

/**
 * An operator confirms the closure of a held full snapshot: the link stage runs again and closes
 * what the snapshot no longer contains (of what was current when it was held). False when the
 * import is not held. The caller audits the confirmation.
 */
export async function confirmHeldImport(ctx: Pick<ImportDeps, 'db' | 'queues'>, id: string): Promise<boolean> {
  if (!(await confirmHeld(ctx.db, id))) return false;
  // A job id of its own: the first link job of this import has completed under the plain one.
  await ctx.queues.queue.link.add('link', { importId: id }, { ...JOB_OPTIONS, jobId: jobId('link', id, 'confirmed') });
  return true;
}

/** Statuses in which an import waits for nothing but an operator (or nothing at all). */
const SETTLED = new Set(['done', 'failed', 'held']);

/** Waits until every given import is done, failed or held for an operator (tests, demo, `kim-hub import --wait`). */
export async function waitForImports(ctx: Pick<ImportDeps, 'db'>, ids: string[], timeoutMs = 120_000): Promise<ImportStatus[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Polls the status alone; the figures (which count events) are read once, at the end.
    const status = await importStatuses(ctx.db, ids);
    if (ids.every((id) => SETTLED.has(status.get(id) ?? ''))) return (await Promise.all(ids.map((id) => importStatus(ctx, id)))) as ImportStatus[];
    if (Date.now() > deadline) throw new Error(`imports not finished after ${timeoutMs} ms: ${ids.map((id) => `${id}=${status.get(id)}`).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until no import is still under way (a held one waits for an operator). */
export async function waitForIdle(ctx: Pick<ImportDeps, 'db'>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const busy = await importsUnderWay(ctx.db);
    if (!busy) return;
    if (Date.now() > deadline) throw new Error(`${busy} imports still under way after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
