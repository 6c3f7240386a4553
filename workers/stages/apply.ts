// Stage 2, apply (normalise): one staged batch into the store. A record whose content hash
// equals the current version's changes nothing; a changed record (or one a snapshot had closed)
// closes the current version and adds the next one. Consents are upserted the same way.
// Exactly once in effect: the batch's row in import_batches is written in the same transaction.
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { recordKey as key } from '../../src/linkage/relink-diff.js';
import { upsertConsents } from '../../src/store/consents.js';
import { inTransaction, type Tx } from '../../src/store/db.js';
import { notRetainedHash, notRetainedId } from '../../src/store/erasure.js';
import { claimStagedBatch, countBatch, markLinkingWhenApplied } from '../../src/store/imports.js';
import { addVersions, currentVersions, lastVersions, lockCurrentVersions, noteKeysRead, notRetainedEntries } from '../../src/store/records.js';
import { keyedHash, type KeyedHash } from '../../src/store/secret.js';
import type { QueueDeps, Settings, StoreDeps } from '../deps.js';
import { JOB_OPTIONS, jobId } from '../queues.js';

const refOf = (r: PersonRecord) => ({ source: r.source, id: r.sourceRecordId });

async function applyRecords(tx: Tx, importId: string, records: PersonRecord[], keyed: KeyedHash): Promise<{ changed: number; unchanged: number }> {
  // A key may appear twice in one batch (two rows of one person): the last one wins.
  const latest = new Map(records.map((r) => [key(r.source, r.sourceRecordId), r]));
  const list = [...latest.values()];
  if (!list.length) return { changed: 0, unchanged: 0 };
  // Read first, lock only what will change: a row lock writes to every row it locks, and an
  // unchanged re-import locked the whole city for nothing. A record changed meanwhile by another
  // import is read again under the lock below; one read as unchanged was current when read, as if
  // this import had applied before the other.
  const seen = new Map((await currentVersions(tx, list.map(refOf))).map((r) => [key(r.source, r.source_record_id), r.content_hash]));
  const differs = list.filter((r) => seen.get(key(r.source, r.sourceRecordId)) !== r.contentHash);
  const current = await lockCurrentVersions(tx, differs.map(refOf));
  const byKey = new Map(current.map((r) => [key(r.source, r.source_record_id), r]));
  const hashOf = (r: PersonRecord) => (seen.get(key(r.source, r.sourceRecordId)) === r.contentHash ? r.contentHash : byKey.get(key(r.source, r.sourceRecordId))?.content_hash);
  // A record a full snapshot closed keeps its versions: when it comes back (a person missing from
  // one snapshot and in the next), it continues after its last version instead of starting at 1.
  const closed = await lastVersions(tx, differs.filter((r) => !byKey.has(key(r.source, r.sourceRecordId))).map(refOf));
  const lastVersion = new Map(closed.map((r) => [key(r.source, r.source_record_id), r.version]));
  for (const r of current) lastVersion.set(key(r.source, r.source_record_id), r.version);
  // Records the hub may not keep and already saw with this content: nothing to do.
  const dropped = await notRetainedEntries(
    tx,
    list.map((r) => ({ source: r.source, id: notRetainedId(keyed, r.source, r.sourceRecordId) })),
  );
  const droppedHash = new Map(dropped.map((r) => [key(r.source, r.source_record_id), r.content_hash]));
  const isDropped = (r: PersonRecord) => droppedHash.get(key(r.source, notRetainedId(keyed, r.source, r.sourceRecordId))) === notRetainedHash(keyed, r.contentHash);
  const skipped = list.filter(isDropped);
  const live = list.filter((r) => !isDropped(r));
  const unchanged = live.filter((r) => hashOf(r) === r.contentHash);
  const changed = live.filter((r) => hashOf(r) !== r.contentHash);
  await noteKeysRead(tx, importId, list.map(refOf));
  if (changed.length) {
    const replaced = changed.filter((r) => byKey.has(key(r.source, r.sourceRecordId))).map(refOf);
    const versions = changed.map((r) => ({ source: r.source, id: r.sourceRecordId, version: (lastVersion.get(key(r.source, r.sourceRecordId)) ?? 0) + 1, authority: r.authority, hash: r.contentHash, record: r }));
    await addVersions(tx, importId, replaced, versions);
  }
  return { changed: changed.length, unchanged: unchanged.length + skipped.length };
}

async function applyConsents(tx: Tx, auditKey: string, importId: string, consents: Consent[]): Promise<{ changed: number; unchanged: number }> {
  if (!consents.length) return { changed: 0, unchanged: 0 };
  const changed = (await upsertConsents(tx, auditKey, importId, consents)).length;
  return { changed, unchanged: consents.length - changed };
}

export type ApplyDeps = StoreDeps & QueueDeps & Settings<'auditKey'>;

export async function applyBatch(deps: ApplyDeps, importId: string, batch: number): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    // Claiming the batch first: a second run (retry after a crash, duplicate job) stops here.
    const staged = await claimStagedBatch(tx, importId, batch);
    if (staged === null) return;
    const items = JSON.parse(staged) as Array<PersonRecord | Consent>;
    const persons = items.filter((r): r is PersonRecord => r.type === 'person_record');
    const consents = items.filter((r): r is Consent => r.type === 'consent');
    const a = await applyRecords(tx, importId, persons, await keyedHash(deps.db, 'not_retained'));
    const b = await applyConsents(tx, deps.config.auditKey, importId, consents);
    await countBatch(tx, importId, batch, a.changed + b.changed, a.unchanged + b.unchanged);
  });
  await queueLinkWhenApplied(deps, importId);
}

/**
 * Queues the link job once the import has been read to the end and every batch is applied.
 * Called after each apply commits and after reading ends: two last batches committing at once
 * may both queue it, which the job id makes one job; none of them can miss it.
 */
export async function queueLinkWhenApplied(deps: StoreDeps & QueueDeps, importId: string): Promise<void> {
  if (await markLinkingWhenApplied(deps.db, importId)) await deps.queues.queue.link.add('link', { importId }, { ...JOB_OPTIONS, jobId: jobId('link', importId) });
}
