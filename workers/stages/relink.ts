// The relink of the link stage: links the records of the scope (src/linkage, the same function as
// the dry run), erases what retention does not keep, and writes only what changed; returns the
// persons to evaluate again. A small import relinks the closure of its changes (link-scope.ts);
// a large one, or one whose closure grows large, relinks the city block by block
// (src/store/link-blocks.ts), so memory stays that of a block whatever the size of the city.
import { kimIdsKeyedWith } from '../../src/kim/pseudonym.js';
import { link, type LinkResult } from '../../src/linkage/index.js';
import { affectedPersons, changedConsentLinks, decidedConsentLinks, linksOf, recordKey, recordLinkDiff, recordLookupKeys, type Change, type RecordLink } from '../../src/linkage/relink-diff.js';
import type { PersonRecord } from '../../src/generated/kim-types.js';
import type { Tx } from '../../src/store/db.js';
import { componentBlocks, dropLinksOutsideNodes, readBlock, type Block } from '../../src/store/link-blocks.js';
import { consentLinksOf, consentsSharingKeys, countRecordChanges, identities, importChanges, recordLinks, replaceLookupKeys, writeConsentLinks, writeRecordLinks, type RecordRef } from '../../src/store/links.js';
import { noteAffected } from '../../src/store/imports.js';
import { pseudonymKey } from '../../src/store/pseudonym-key.js';
import type { LogDeps, Settings } from '../deps.js';
import { eraseNotRetained, type RetentionDeps } from './erasure.js';
import { linkScope } from './link-scope.js';

export type RelinkDeps = RetentionDeps & Settings<'auditKey' | 'pseudonymKey'> & Partial<LogDeps>;

export interface RelinkOptions {
  /** Records and consents per block of a full relink (whole components, so a block can be larger). Default 10,000. */
  blockSize: number;
  /** The most records a scoped relink holds; a larger scope is relinked in blocks. Default 20,000. */
  scopedMax: number;
}

/** Sizes measured in docs/performance.md (issue 19): a block of 10,000 costs some 50 MB. */
export const RELINK_DEFAULTS: RelinkOptions = { blockSize: 10_000, scopedMax: 20_000 };

type KimIdFor = (anchor: string) => string;

/** Relinks what the import changed; the persons it affects go into the transaction's link_affected, which the caller started (startAffected in src/store/imports.ts). */
export async function relink(deps: RelinkDeps, tx: Tx, importId: string, options: RelinkOptions = RELINK_DEFAULTS): Promise<void> {
  const kimIdFor = kimIdsKeyedWith(await pseudonymKey(deps.db, deps.config.pseudonymKey));
  // The scope holds every changed record: past scopedMax changes it cannot be small, and the
  // changes themselves are not read (a first import changes the whole city).
  if ((await countRecordChanges(tx, importId)) > options.scopedMax) return relinkInBlocks(deps, tx, importId, kimIdFor, options.blockSize);
  const changes = await importChanges(tx, importId);
  const scope = await linkScope(tx, changes);
  if (!scope || scope.size > options.scopedMax) return relinkInBlocks(deps, tx, importId, kimIdFor, options.blockSize);
  return relinkScope(deps, tx, importId, { changes, scope, kimIdFor });
}

/** Relinks the closure of the import's changes, all at once. */
async function relinkScope(deps: RelinkDeps, tx: Tx, importId: string, { changes, scope, kimIdFor }: { changes: Change[]; scope: Set<string>; kimIdFor: KimIdFor }): Promise<void> {
  const records = await identities(tx, scope);
  const changedConsents = new Set(changes.filter((c) => c.source === 'consent').map((c) => c.source_record_id));
  // Only a consent that shares a lookup key with the scope's records can link to them.
  const linked = link(
    {
      records,
      consents: await consentsSharingKeys(
        tx,
        records.flatMap((r) => recordLookupKeys(r.person)),
      ),
    },
    { kimIdFor },
  );
  const before = await recordLinks(tx, scope, recordKey);
  const after = linksOf(linked);
  const kimIds = new Set([...before.values(), ...linked.persons.map((p) => p.kimId)]);
  const storedConsents = await consentLinksOf(tx, [...changedConsents, ...after.consents.keys()], [...kimIds]);
  const consents = decidedConsentLinks(storedConsents, after.consents, { all: false, changedConsents, kimIds });
  const affected = affectedPersons({ before, after: after.records }, consents, changes);
  await writeRelinked(deps, tx, importId, { linked, records, changes, before, after: after.records, consents, affected });
  await noteAffected(tx, affected);
}

/** Relinks every current record and consent, one block of whole components at a time. */
async function relinkInBlocks(deps: RelinkDeps, tx: Tx, importId: string, kimIdFor: KimIdFor, blockSize: number): Promise<void> {
  // Where a full relink spends its time, for the operator (counts and milliseconds only).
  const ms = { read: 0, link: 0 };
  const started = performance.now();
  const blocks = await componentBlocks(tx, blockSize);
  const labelled = performance.now();
  await noteAffected(tx, await dropLinksOutsideNodes(tx, importId));
  for (const b of blocks) {
    const t = performance.now();
    const block = await readBlock(tx, importId, b);
    ms.read += performance.now() - t;
    // The block's affected persons only: whole components, so no person is in two blocks.
    const affected = new Set<string>();
    await relinkBlock(deps, tx, importId, { block, kimIdFor }, affected, ms);
    await noteAffected(tx, affected);
  }
  const round = (x: number) => Math.round(x);
  const total = performance.now() - started;
  deps.log?.debug(
    { importId, blocks: blocks.length, labelMs: round(labelled - started), readMs: round(ms.read), linkMs: round(ms.link), writeMs: round(total - (labelled - started) - ms.read - ms.link), totalMs: round(total) },
    'link: relinked in blocks',
  );
}

/** One block: linked alone, it gives the links linkage gives its records and consents in the whole city. */
async function relinkBlock(deps: RelinkDeps, tx: Tx, importId: string, { block, kimIdFor }: { block: Block; kimIdFor: KimIdFor }, affected: Set<string>, ms: { link: number }): Promise<void> {
  const t = performance.now();
  const linked = link({ records: block.records, consents: block.consents }, { kimIdFor });
  const before = new Map(block.recordLinks.map((l) => [recordKey(l.source, l.id), l.kimId]));
  const after = linksOf(linked);
  const consents = { before: new Map(block.consentLinks.map((l) => [l.id, l.kimId])), after: after.consents };
  for (const id of affectedPersons({ before, after: after.records }, consents, block.changes)) affected.add(id);
  ms.link += performance.now() - t;
  await writeRelinked(deps, tx, importId, { linked, records: block.records, changes: block.changes, before, after: after.records, consents, affected });
}

/** What linkage decided, before and after, for the records of a scope or a block. */
interface Relinked {
  linked: LinkResult;
  records: readonly PersonRecord[];
  changes: readonly Change[];
  before: ReadonlyMap<string, string>;
  after: Map<string, RecordLink>;
  consents: { before: ReadonlyMap<string, string>; after: ReadonlyMap<string, string> };
  affected: Set<string>;
}

/** Writes a relink's outcome: retention's erasures first, then only the links that differ, then the lookup keys. */
async function writeRelinked(deps: RelinkDeps, tx: Tx, importId: string, r: Relinked): Promise<void> {
  // Retention: records of a source neither a statutory basis nor an active consent covers are not kept.
  const erased = await eraseNotRetained(deps, tx, importId, r.linked, r.records, r.affected);
  for (const e of erased) r.after.delete(recordKey(e.source, e.id));
  // Only the difference is written: most links stay as they were.
  const diff = recordLinkDiff(r.before, r.after);
  await writeRecordLinks(tx, diff.removed, diff.added);
  await writeConsentLinks(tx, changedConsentLinks(r.consents.before, r.consents.after), r.consents.after);
  await refreshLookupKeys(tx, r.changes, erased, r.records);
}

/** Lookup keys of the records this import changed or erased, for the next import's scope. */
async function refreshLookupKeys(tx: Tx, changes: readonly Change[], erased: readonly RecordRef[], records: readonly PersonRecord[]): Promise<void> {
  const touched = [...changes.filter((c) => c.source !== 'consent').map((c) => ({ source: c.source, id: c.source_record_id })), ...erased];
  const wanted = new Set(touched.map((t) => recordKey(t.source, t.id)));
  const gone = new Set(erased.map((e) => recordKey(e.source, e.id)));
  const rows = records.filter((r) => wanted.has(recordKey(r.source, r.sourceRecordId)) && !gone.has(recordKey(r.source, r.sourceRecordId))).flatMap((r) => recordLookupKeys(r.person).map((k) => [k, r.source, r.sourceRecordId] as const));
  await replaceLookupKeys(tx, touched, rows);
}
