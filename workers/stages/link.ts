// Stage 3, link: after all batches of an import are applied. Closes what a full snapshot no
// longer contains, links all current records to persons (src/linkage, the same function as the
// dry run), keeps only what a legal basis or an active consent allows (erasing the rest, with
// an audit entry when a consent ended), and hands the affected persons to the evaluate stage.
// Runs under a lock: linkage is global, two link stages must not interleave.
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { retention } from '../../src/consent/index.js';
import { appendAudit } from '../../src/audit/log.js';
import { keyedHash } from '../../src/store/secret.js';
import { link, nameBlockKeys } from '../../src/linkage/index.js';
import { kimIdsKeyedWith } from '../../src/kim/pseudonym.js';
import { pseudonymKey } from '../../src/service/pseudonym.js';
import { inTransaction, type Tx } from '../../src/store/db.js';
import type { Context } from '../../src/service/context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import { notRetainedHash, notRetainedId, personKeys } from './apply.js';
import { clearNotRetained, eraseBeyondRecords } from './erasure.js';
import { removeKeptSpoolFiles } from '../spool.js';
import { exceedsShare, settleSnapshot } from './close.js';

const LINK_LOCK = 5_158_002;
export const EVAL_BATCH = 200;
/**
 * Changes after which the planner's statistics are refreshed before evaluation. A first import
 * fills tables faster than autovacuum analyses them, and on statistics that say "empty" the planner
 * picks plans that make every evaluate batch slow (measured: ~250 ms instead of ~20 ms at 250,000).
 * Before linking for the tables the apply stage filled; after it for those the link stage wrote.
 */
const ANALYZE_AFTER_CHANGES = 5_000;
const key = (source: string, id: string) => `${source}\u0000${id}`;

/**
 * The lookup keys of a person as linkage uses them: the AZR, and the folded name both ways round
 * with the birth year. Linkage joins names only with compatible birth dates, which always share
 * the year (birthDatesCompatible), so records of other years can never be affected. Without the
 * year a common name made every change relink thousands of records (250,000 persons in the
 * bench: 4,200 per name, ~1.5 s per single change).
 */
function keysOf(p: { azr?: string | null; nameKey: { family: string; given: string }; birthDate: string | null }): string[] {
  const year = p.birthDate?.slice(0, 4) ?? '';
  return [...(p.azr ? [`azr:${p.azr}`] : []), ...nameBlockKeys(p.nameKey).map((k) => `name:${k}|${year}`)];
}

const recordKeys = (person: PersonRecord['person']): string[] => keysOf({ azr: person.identifiers.azr ?? null, nameKey: person.nameKey, birthDate: person.birthDate });

/** Whether `n` records are more than half of all current ones. */
const overHalf = (tx: Tx, n: number) => exceedsShare(tx, n, 0.5);

/**
 * The records to relink: those the import changed, every record sharing a lookup key or a
 * person with them, and so on until nothing is added (three rounds at most, then everything).
 * Linkage is decided per group of records that share keys, so relinking this closure gives
 * the same persons as relinking the whole city, at the cost of the change.
 */
async function linkScope(tx: Tx, changes: Array<{ source: string; source_record_id: string }>): Promise<Set<string> | null> {
  const recordChanges = changes.filter((c) => c.source !== 'consent');
  const consentIds = changes.filter((c) => c.source === 'consent').map((c) => c.source_record_id);
  if (await overHalf(tx, recordChanges.length)) return null; // a first or a full new import: relink everything
  const scope = new Set(recordChanges.map((c) => key(c.source, c.source_record_id)));
  const current = await tx.query<{ source: string; source_record_id: string; person: PersonRecord['person'] }>(
    `SELECT s.source, s.source_record_id, s.record->'person' AS person FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id)
       ON s.source = k.source AND s.source_record_id = k.id WHERE s.valid_to IS NULL`,
    [recordChanges.map((c) => c.source), recordChanges.map((c) => c.source_record_id)],
  );
  let keys = current.rows.flatMap((r) => recordKeys(r.person));
  const consents = (await tx.query<{ consent: Consent }>('SELECT consent FROM consents WHERE consent_id = ANY($1)', [consentIds])).rows;
  keys.push(...consents.flatMap((c) => keysOf({ azr: c.consent.person.azr, nameKey: c.consent.person.nameKey, birthDate: c.consent.person.birthDate })));
  let kims = (
    await tx.query<{ kim_id: string }>(
      `SELECT kim_id FROM person_links p JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON p.source = k.source AND p.source_record_id = k.id
       UNION SELECT kim_id FROM consent_links WHERE consent_id = ANY($3)`,
      [recordChanges.map((c) => c.source), recordChanges.map((c) => c.source_record_id), consentIds],
    )
  ).rows.map((r) => r.kim_id);
  for (let round = 0; round < 3; round++) {
    const found = await tx.query<{ source: string; source_record_id: string }>(
      `SELECT source, source_record_id FROM link_keys WHERE key = ANY($1)
       UNION SELECT source, source_record_id FROM person_links WHERE kim_id = ANY($2)`,
      [[...new Set(keys)], [...new Set(kims)]],
    );
    const fresh = found.rows.filter((r) => !scope.has(key(r.source, r.source_record_id)));
    if (!fresh.length) return scope;
    for (const r of fresh) scope.add(key(r.source, r.source_record_id));
    if (await overHalf(tx, scope.size)) return null; // most of the city: relinking everything is cheaper
    const next = { source: fresh.map((r) => r.source), id: fresh.map((r) => r.source_record_id) };
    keys = (await tx.query<{ key: string }>('SELECT l.key FROM link_keys l JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON l.source = k.source AND l.source_record_id = k.id', [next.source, next.id])).rows.map((r) => r.key);
    kims = (await tx.query<{ kim_id: string }>('SELECT p.kim_id FROM person_links p JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON p.source = k.source AND p.source_record_id = k.id', [next.source, next.id])).rows.map((r) => r.kim_id);
  }
  return null;
}

async function relink(ctx: Context, tx: Tx, importId: string): Promise<string[]> {
  const changes = (await tx.query<{ source: string; source_record_id: string }>('SELECT source, source_record_id FROM import_changes WHERE import_id = $1', [importId])).rows;
  const scope = await linkScope(tx, changes);
  const scoped = scope ? [...scope].map((k) => k.split('\u0000') as [string, string]) : null;
  // Identity is all linkage needs: the facts stay in PostgreSQL.
  const records = (
    scoped
      ? await tx.query<{ record: PersonRecord }>(
          `SELECT s.record - 'facts' || '{"facts": []}'::jsonb AS record FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id)
             ON s.source = k.source AND s.source_record_id = k.id WHERE s.valid_to IS NULL`,
          [scoped.map((k) => k[0]), scoped.map((k) => k[1])],
        )
      : await tx.query<{ record: PersonRecord }>(`SELECT record - 'facts' || '{"facts": []}'::jsonb AS record FROM source_records WHERE valid_to IS NULL`)
  ).rows.map((r) => r.record);
  const consents = (await tx.query<{ consent: Consent }>('SELECT consent FROM consents')).rows.map((r) => r.consent);
  const linked = link({ records, consents }, { kimIdFor: kimIdsKeyedWith(await pseudonymKey(ctx)) });

  const oldLinks = new Map(
    (scoped
      ? await tx.query<{ source: string; source_record_id: string; kim_id: string }>(
          'SELECT p.source, p.source_record_id, p.kim_id FROM person_links p JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON p.source = k.source AND p.source_record_id = k.id',
          [scoped.map((k) => k[0]), scoped.map((k) => k[1])],
        )
      : await tx.query<{ source: string; source_record_id: string; kim_id: string }>('SELECT source, source_record_id, kim_id FROM person_links')
    ).rows.map((r) => [key(r.source, r.source_record_id), r.kim_id]),
  );
  const allConsentLinks = new Map((await tx.query<{ consent_id: string; kim_id: string }>('SELECT consent_id, kim_id FROM consent_links')).rows.map((r) => [r.consent_id, r.kim_id]));
  const subsetKims = new Set([...oldLinks.values(), ...linked.persons.map((p) => p.kimId)]);
  const changedConsents = new Set(changes.filter((c) => c.source === 'consent').map((c) => c.source_record_id));
  // A consent's link is decided here only if it concerns the relinked persons; the others stay.
  const decidedHere = (id: string, newKim: string | undefined) => scope === null || newKim !== undefined || changedConsents.has(id) || subsetKims.has(allConsentLinks.get(id) ?? '');
  const oldConsentLinks = new Map([...allConsentLinks].filter(([id]) => decidedHere(id, undefined)));
  const newLinks = new Map<string, { source: string; id: string; kimId: string; reason: string }>();
  for (const p of linked.persons) for (const r of p.records) newLinks.set(key(r.source, r.sourceRecordId), { source: r.source, id: r.sourceRecordId, kimId: p.kimId, reason: r.linkReason });
  const newConsentLinks = new Map<string, string>();
  for (const [kimId, cs] of linked.consentsByKimId) for (const c of cs) newConsentLinks.set(c.consentId, kimId);
  for (const id of [...newConsentLinks.keys()]) if (!decidedHere(id, newConsentLinks.get(id))) newConsentLinks.delete(id);
  for (const id of newConsentLinks.keys()) if (allConsentLinks.has(id)) oldConsentLinks.set(id, allConsentLinks.get(id)!);

  const affected = new Set<string>();
  for (const k of new Set([...oldLinks.keys(), ...newLinks.keys()])) {
    const before = oldLinks.get(k);
    const after = newLinks.get(k)?.kimId;
    if (before !== after) [before, after].forEach((id) => id && affected.add(id));
  }
  for (const id of new Set([...oldConsentLinks.keys(), ...newConsentLinks.keys()])) {
    if (oldConsentLinks.get(id) !== newConsentLinks.get(id)) [oldConsentLinks.get(id), newConsentLinks.get(id)].forEach((k) => k && affected.add(k));
  }
  for (const c of changes) {
    const ids = c.source === 'consent' ? [oldConsentLinks.get(c.source_record_id), newConsentLinks.get(c.source_record_id)] : [oldLinks.get(key(c.source, c.source_record_id)), newLinks.get(key(c.source, c.source_record_id))?.kimId];
    ids.forEach((id) => id && affected.add(id));
  }

  // Retention: records of a source neither a statutory basis nor an active consent covers are not kept.
  const stichtag = ctx.stichtag();
  const byKey = new Map(records.map((r) => [key(r.source, r.sourceRecordId), r]));
  const erase: Array<{ source: string; id: string }> = [];
  for (const p of linked.persons) {
    const r = retention(ctx.policy, linked.consentsByKimId.get(p.kimId) ?? [], stichtag);
    const dropped = p.records.filter((rec) => !r.keep.has(rec.source));
    if (!dropped.length) continue;
    erase.push(...dropped.map((d) => ({ source: d.source, id: d.sourceRecordId })));
    for (const [source, consentIds] of r.endedConsents) {
      const gone = dropped.filter((d) => d.source === source);
      if (!gone.length) continue;
      affected.add(p.kimId);
      // The audit entry names ids and counts, never the erased content.
      await appendAudit(tx, ctx.config.auditKey, { actor: 'system', tenant: ctx.tenant.tenant, action: 'erasure', subject: p.kimId, details: { source, records: gone.length, consents: consentIds, reason: 'consent ended', importId } });
      const persons = p.records.map((l) => byKey.get(key(l.source, l.sourceRecordId))?.person).filter((x): x is PersonRecord['person'] => !!x);
      await eraseBeyondRecords(tx, importId, p.kimId, source, gone.map((d) => d.sourceRecordId), persons);
    }
  }
  if (erase.length) {
    // Remember key and hash (not content) so an unchanged re-export is not read in again.
    const gone = await tx.query<{ source: string; source_record_id: string; content_hash: string; valid_to: Date | null; person: PersonRecord['person'] }>(
      `DELETE FROM source_records s USING unnest($1::text[], $2::text[]) AS k(source, id)
        WHERE s.source = k.source AND s.source_record_id = k.id
        RETURNING s.source, s.source_record_id, s.content_hash, s.valid_to, s.record->'person' AS person`,
      [erase.map((e) => e.source), erase.map((e) => e.id)],
    );
    const current = gone.rows.filter((r) => r.valid_to === null);
    // Keyed hashes only (the installation's secret): the list names no record and no person.
    const keyed = await keyedHash(ctx.db, 'not_retained');
    await tx.query(
      `INSERT INTO not_retained (source, source_record_id, content_hash, person_keys)
       SELECT k.source, k.id, k.hash, ARRAY(SELECT jsonb_array_elements_text(k.keys)) FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS k(source, id, hash, keys)
       ON CONFLICT (source, source_record_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, person_keys = EXCLUDED.person_keys`,
      [
        current.map((r) => r.source),
        current.map((r) => notRetainedId(keyed, r.source, r.source_record_id)),
        current.map((r) => notRetainedHash(keyed, r.content_hash)),
        current.map((r) => JSON.stringify(personKeys(keyed, { azr: r.person.identifiers.azr ?? null, nameKey: r.person.nameKey }))),
      ],
    );
    for (const e of erase) newLinks.delete(key(e.source, e.id));
  }

  // Only the difference is written: most links stay as they were.
  const removed = [...oldLinks.keys()].filter((k) => !newLinks.has(k) || newLinks.get(k)!.kimId !== oldLinks.get(k));
  const added = [...newLinks.entries()].filter(([k, l]) => oldLinks.get(k) !== l.kimId).map(([, l]) => l);
  if (removed.length) {
    const parts = removed.map((k) => k.split('\u0000') as [string, string]);
    await tx.query('DELETE FROM person_links p USING unnest($1::text[], $2::text[]) AS k(source, id) WHERE p.source = k.source AND p.source_record_id = k.id', [parts.map((p) => p[0]), parts.map((p) => p[1])]);
  }
  if (added.length) {
    await tx.query('INSERT INTO person_links (source, source_record_id, kim_id, link_reason) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])', [
      added.map((l) => l.source),
      added.map((l) => l.id),
      added.map((l) => l.kimId),
      added.map((l) => l.reason),
    ]);
  }
  const consentIds = [...new Set([...oldConsentLinks.keys(), ...newConsentLinks.keys()])].filter((id) => oldConsentLinks.get(id) !== newConsentLinks.get(id));
  if (consentIds.length) {
    await tx.query('DELETE FROM consent_links WHERE consent_id = ANY($1)', [consentIds]);
    const linkedIds = consentIds.filter((id) => newConsentLinks.has(id));
    await tx.query('INSERT INTO consent_links (consent_id, kim_id) SELECT * FROM unnest($1::text[], $2::text[])', [linkedIds, linkedIds.map((id) => newConsentLinks.get(id)!)]);
  }
  // Lookup keys of the records this import changed or erased, for the next import's scope.
  const touched = [...changes.filter((c) => c.source !== 'consent').map((c) => ({ source: c.source, id: c.source_record_id })), ...erase];
  if (touched.length) {
    await tx.query('DELETE FROM link_keys l USING unnest($1::text[], $2::text[]) AS k(source, id) WHERE l.source = k.source AND l.source_record_id = k.id', [touched.map((t) => t.source), touched.map((t) => t.id)]);
    const wanted = new Set(touched.map((t) => key(t.source, t.id)));
    const erased = new Set(erase.map((e) => key(e.source, e.id)));
    const rows = records
      .filter((r) => wanted.has(key(r.source, r.sourceRecordId)) && !erased.has(key(r.source, r.sourceRecordId)))
      .flatMap((r) => recordKeys(r.person).map((k) => [k, r.source, r.sourceRecordId] as const));
    await tx.query('INSERT INTO link_keys (key, source, source_record_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])]);
  }
  return [...affected].sort();
}

export async function runLink(ctx: Context, importId: string): Promise<void> {
  const { batches, changed, held } = await inTransaction<{ batches: number; changed: number; held?: boolean }>(ctx.db, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
    const done = (await tx.query<{ eval_batches: number | null; status: string; close_confirmed: boolean; held_at: Date | null }>(
      'SELECT eval_batches, status, close_confirmed, held_at FROM imports WHERE id = $1 FOR UPDATE',
      [importId],
    )).rows[0];
    if (!done || done.status === 'held') return { batches: 0, changed: 0, held: true }; // gone, or waiting for an operator
    if (done.eval_batches !== null) return { batches: done.eval_batches, changed: 0 }; // linked before a crash: only the enqueueing is left
    const applied = Number((await tx.query<{ n: string }>('SELECT coalesce(sum(changed), 0) AS n FROM import_batches WHERE import_id = $1', [importId])).rows[0]!.n);
    if (applied >= ANALYZE_AFTER_CHANGES) await tx.query('ANALYZE source_records, import_keys, import_changes');
    const guard = { share: ctx.config.snapshotMaxCloseShare, atLeast: ctx.config.snapshotGuardMinRecords, confirmed: done.close_confirmed, heldAt: done.held_at };
    if ((await settleSnapshot(tx, importId, guard)) === 'held') {
      // Nothing is closed or linked until an it_admin confirms (POST /imports/{id}/confirm, kim-hub import-confirm).
      ctx.log.warn({ importId }, 'link: full snapshot held for confirmation');
      return { batches: 0, changed: 0, held: true };
    }
    await tx.query('DELETE FROM import_keys WHERE import_id = $1', [importId]);
    await tx.query('DELETE FROM staged_batches WHERE import_id = $1', [importId]); // batches a retried import staged again after they were applied
    // An import that changed nothing cannot change linkage, retention or any evaluation.
    const changed = Number((await tx.query<{ n: string }>('SELECT count(*) AS n FROM import_changes WHERE import_id = $1', [importId])).rows[0]!.n);
    const affected = changed ? await relink(ctx, tx, importId) : [];
    if (changed) await clearNotRetained(ctx, tx, importId);
    // Used up: the record numbers of what changed are kept no longer than the link needs them.
    await tx.query('DELETE FROM import_changes WHERE import_id = $1', [importId]);
    const slices: string[][] = [];
    for (let i = 0; i < affected.length; i += EVAL_BATCH) slices.push(affected.slice(i, i + EVAL_BATCH));
    const n = slices.length;
    await tx.query(
      `INSERT INTO eval_batches (import_id, batch, kim_ids)
       SELECT $1, t.ord - 1, ARRAY(SELECT jsonb_array_elements_text(t.ids)) FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(ids, ord)`,
      [importId, JSON.stringify(slices)],
    );
    await tx.query(
      `UPDATE imports SET eval_batches = $2, finished_at = CASE WHEN $2 = 0 THEN now() END,
              status = CASE WHEN $2 > 0 THEN 'evaluating' WHEN error_code IS NULL THEN 'done' ELSE 'failed' END
        WHERE id = $1`,
      [importId, n],
    );
    return { batches: n, changed };
  });
  // An erasure reaches the export files still kept for a replay: they hold the person's rows too.
  const erasedSources = (await ctx.db.query<{ source: string }>("SELECT DISTINCT details->>'source' AS source FROM audit_log WHERE action = 'erasure' AND details->>'importId' = $1", [importId])).rows;
  for (const { source } of erasedSources) await removeKeptSpoolFiles(ctx, source);
  if (held) return;
  // After the commit, so the statistics see the new rows; before the evaluate jobs that need them.
  if (changed >= ANALYZE_AFTER_CHANGES) await ctx.db.query('ANALYZE person_links, link_keys, consent_links, signals, person_state');
  // One round trip for all batches: adding them one by one cost a second per hundred batches
  // on a busy worker (each add waits for the event loop).
  await ctx.queues.queue.evaluate.addBulk(
    Array.from({ length: batches }, (_, batch) => ({ name: 'evaluate', data: { importId, batch }, opts: { ...JOB_OPTIONS, jobId: jobId('evaluate', importId, batch) } })),
  );
}
