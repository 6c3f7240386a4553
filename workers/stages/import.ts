// Stage 1, import: read one spooled export through its adapter; rejected records go to the
// quarantine, accepted ones into staged_batches (one JSON text per batch), each batch queued for
// the apply stage as soon as it is staged, so other workers apply while this one still reads.
// The last apply to finish queues the link job. Safe to run twice: reading is deterministic, so
// a retry stages the same batches under the same numbers and a batch already applied is skipped.
import { detectFileSource } from '../../adapters/index.js';
import type { Source } from '../../adapters/types.js';
import { deliveryRefusal } from '../../src/auth/access.js';
import { importKeyBounds, type KeyBounds } from '../../src/store/api-keys.js';
import { isKimError, KimError } from '../../src/errors/registry.js';
import { finishReading, identicalImport, importToRead, markIdentical, scopesOf, setFileHash, stageBatch, startReading, type ImportToRead } from '../../src/store/imports.js';
import type { LogDeps, QueueDeps, Settings, StoreDeps } from '../deps.js';
import { purgeQuarantine } from '../quarantine.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import { releaseSpoolFile, removeSpoolFile } from '../spool.js';
import { queueLinkWhenApplied } from './apply.js';
import { fileHash, importItems, scopeOf } from './import-items.js';
import { ImportReading } from './import-reading.js';

export { BATCH_SIZE } from './import-reading.js';

export type ImportDeps = StoreDeps & QueueDeps & LogDeps & Settings<'spoolDir' | 'replayDays' | 'quarantineMaxRows' | 'quarantineRetentionDays' | 'importWorkers'>;

type Refusal = (source: string, authority: string | null) => string | null;

export async function readImport(deps: ImportDeps, importId: string): Promise<void> {
  const row = await importToRead(deps.db, importId);
  if (!row) return; // deleted meanwhile: nothing to do
  if (row.status !== 'queued' && row.status !== 'reading') {
    await releaseSpoolFile(deps, importId, row.spool_path); // read to the end before a crash
    return queueLinkWhenApplied(deps, importId);
  }
  const hash = await fileHash(row.spool_path);
  await setFileHash(deps.db, importId, hash);
  // Detected once; when it fails here, importItems tries again and records the error.
  const detected = row.source ?? (await detectFileSource(row.spool_path, row.file_name).catch(() => null));
  // An upload with an API key: every record must be of the key's sources and authority.
  const bounds: KeyBounds | null = row.api_key ? ((await importKeyBounds(deps.db, row.api_key)) ?? { sources: [], authority: null }) : null;
  const refusal: Refusal = (source, authority) => (bounds ? deliveryRefusal(bounds, source, authority) : null);
  if (await skippedAsIdentical(deps, importId, row, detected, hash, bounds ? refusal : null)) return;
  await startReading(deps.db, importId, detected);
  const stage = async (batch: number, items: string[]) => {
    await stageBatch(deps.db, importId, batch, items);
    await deps.queues.queue.apply.add('apply', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('apply', importId, batch) });
  };
  const reading = new ImportReading(deps, importId, row.file_name, row.source, stage);
  try {
    const refused = detected ? refusal(detected, null) : null;
    if (refused) throw new KimError('KIM_ERR_AUTH_KEY_SCOPE', refused);
    for await (const item of importItems(row.spool_path, row.file_name, detected, deps.config.importWorkers)) {
      const scope = scopeOf(item);
      const outside = scope && refusal(scope.source, scope.authority);
      if (outside) throw new KimError('KIM_ERR_AUTH_KEY_SCOPE', outside); // nothing of it is staged
      if (!(await reading.add(item))) break;
    }
  } catch (e) {
    if (!isKimError(e)) throw e;
    reading.fail(e);
  }
  // A broken file closes nothing (no scopes): a snapshot cut off after its tenth person says
  // nothing about the others. Batches staged before the fault may already be applied (apply runs
  // while reading); they are valid records, so the import is linked and evaluated for what it
  // held, like the records `inspect` prints before a fault, and ends as failed with the error.
  await finishReading(deps.db, importId, await reading.finish());
  // Read to the end: everything the hub keeps of the file is in PostgreSQL now, so the spool
  // copy (every person of the export, with or without a consent) goes at once, unless records
  // were rejected: then it stays for the replay window (workers/spool.ts).
  await releaseSpoolFile(deps, importId, row.spool_path);
  await purgeQuarantine(deps); // retention at each import too, should no scheduler run
  await queueLinkWhenApplied(deps, importId);
}

/**
 * Ends the import as done without reading when its file repeats an earlier import's result (the
 * same bytes and reader, nothing of the source changed since; src/store/imports.ts). Every replay
 * reads again (its point). The same bytes as an earlier import of another authority than the
 * key's are read, and so refused.
 */
async function skippedAsIdentical(deps: ImportDeps, importId: string, row: ImportToRead, detected: Source | null, hash: string, refusal: Refusal | null): Promise<boolean> {
  const same = row.trigger !== 'replay' && detected ? await identicalImport(deps.db, importId, detected, hash) : null;
  if (!same || !detected) return false;
  const sameScopes = refusal ? await scopesOf(deps.db, same) : [];
  if (sameScopes.some((s) => refusal!(s.source, s.authority))) return false;
  deps.log.info({ importId, identicalTo: same }, 'import: the file is identical to the last import of its source; nothing to read');
  await markIdentical(deps.db, importId, detected, same);
  await removeSpoolFile(deps, row.spool_path);
  return true;
}
