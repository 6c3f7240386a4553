// The persons' versions (migration 053), which inbox reads compare to reuse persons and pages:
// every write of a person's records, links or consents gives them a new version, whoever writes
// and in whatever order transactions commit; a person nobody wrote of keeps theirs; the sweep's
// compaction gives a new version and never one seen before.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { compactPersonChanges } from '../src/store/person-changes.js';
import { PERSON_STATE } from '../src/store/read/persons.js';
import { hub, useAuthHub } from './auth-hub.js';

useAuthHub();

async function versionOf(kimId: string, db: Pick<pg.ClientBase, 'query'> = hub.ctx.db): Promise<string | null> {
  return (await db.query<{ person_version: string | null }>(`SELECT person_version.person_version FROM (SELECT $1::text AS kim_id) s ${PERSON_STATE}`, [kimId])).rows[0]!.person_version;
}

/** A person with a current record and a consent, and another person. */
async function twoPersons(): Promise<{ kimId: string; source: string; recordId: string; consentId: string; other: string }> {
  const row = (
    await hub.ctx.db.query<{ kim_id: string; source: string; source_record_id: string; consent_id: string }>(
      `SELECT l.kim_id, pl.source, pl.source_record_id, l.consent_id FROM consent_links l JOIN person_links pl USING (kim_id)
         JOIN source_records s ON s.source = pl.source AND s.source_record_id = pl.source_record_id AND s.valid_to IS NULL ORDER BY 1, 2, 3 LIMIT 1`,
    )
  ).rows[0]!;
  const other = (await hub.ctx.db.query<{ kim_id: string }>('SELECT kim_id FROM person_links WHERE kim_id <> $1 ORDER BY 1 LIMIT 1', [row.kim_id])).rows[0]!.kim_id;
  return { kimId: row.kim_id, source: row.source, recordId: row.source_record_id, consentId: row.consent_id, other };
}

/** Runs `write` in a transaction that is rolled back, and gives the versions of `kimIds` before and inside it. */
async function versionsAround(kimIds: string[], write: (tx: pg.PoolClient) => Promise<unknown>): Promise<Array<{ before: string | null; inside: string | null }>> {
  const tx = await hub.ctx.db.connect();
  try {
    await tx.query('BEGIN');
    const before = await Promise.all(kimIds.map((k) => versionOf(k, tx)));
    await write(tx);
    const inside: Array<string | null> = [];
    for (const k of kimIds) inside.push(await versionOf(k, tx));
    return kimIds.map((_, i) => ({ before: before[i]!, inside: inside[i]! }));
  } finally {
    await tx.query('ROLLBACK');
    tx.release();
  }
}

describe("A person's version", () => {
  it('changes with a new version of one of their records, and another person keeps theirs', async () => {
    const p = await twoPersons();
    const [mine, theirs] = await versionsAround([p.kimId, p.other], (tx) =>
      tx.query(
        `WITH old AS (UPDATE source_records SET valid_to = now() WHERE source = $1 AND source_record_id = $2 AND valid_to IS NULL RETURNING *)
         INSERT INTO source_records (source, source_record_id, version, authority, content_hash, record, import_id)
         SELECT source, source_record_id, version + 1, authority, 'changed', record, import_id FROM old`,
        [p.source, p.recordId],
      ),
    );
    expect(mine!.inside).not.toBe(mine!.before);
    expect(theirs!.inside).toBe(theirs!.before);
  });

  it('changes when one of their records is erased', async () => {
    const p = await twoPersons();
    const [mine] = await versionsAround([p.kimId], (tx) => tx.query('DELETE FROM source_records WHERE source = $1 AND source_record_id = $2', [p.source, p.recordId]));
    expect(mine!.inside).not.toBe(mine!.before);
  });

  it('changes for both persons when a record is linked from one to the other, and when a link is deleted', async () => {
    const p = await twoPersons();
    const moved = await versionsAround([p.kimId, p.other], (tx) => tx.query('UPDATE person_links SET kim_id = $3 WHERE source = $1 AND source_record_id = $2', [p.source, p.recordId, p.other]));
    expect(moved.map((v) => v.inside === v.before)).toEqual([false, false]);
    const [unlinked] = await versionsAround([p.kimId], (tx) => tx.query('DELETE FROM person_links WHERE source = $1 AND source_record_id = $2', [p.source, p.recordId]));
    expect(unlinked!.inside).not.toBe(unlinked!.before);
  });

  it('changes when a consent of theirs is written, unlinked, or a new one linked', async () => {
    const p = await twoPersons();
    const [withdrawn] = await versionsAround([p.kimId], (tx) => tx.query(`UPDATE consents SET consent = jsonb_set(consent, '{withdrawnOn}', '"2026-11-01"') WHERE consent_id = $1`, [p.consentId]));
    expect(withdrawn!.inside).not.toBe(withdrawn!.before);
    const [unlinked] = await versionsAround([p.kimId], (tx) => tx.query('DELETE FROM consent_links WHERE consent_id = $1', [p.consentId]));
    expect(unlinked!.inside).not.toBe(unlinked!.before);
    const [linked] = await versionsAround([p.other], async (tx) => {
      await tx.query(`INSERT INTO consents (consent_id, content_hash, consent, import_id) SELECT 'test-new-consent', content_hash, consent, import_id FROM consents WHERE consent_id = $1`, [p.consentId]);
      await tx.query(`INSERT INTO consent_links (consent_id, kim_id) VALUES ('test-new-consent', $1)`, [p.other]);
    });
    expect(linked!.inside).not.toBe(linked!.before);
  });

  it('changes for everyone when a table is truncated', async () => {
    const p = await twoPersons();
    const versions = await versionsAround([p.kimId, p.other], (tx) => tx.query('TRUNCATE consent_links'));
    expect(versions.map((v) => v.inside === v.before)).toEqual([false, false]);
  });

  it('changes when a transaction that drew the smaller number commits after one that drew a larger', async () => {
    const p = await twoPersons();
    const [first, second] = [new pg.Client({ connectionString: hub.env.DATABASE_URL }), new pg.Client({ connectionString: hub.env.DATABASE_URL })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await first.query(`UPDATE consents SET updated_at = now() WHERE consent_id = $1`, [p.consentId]);
      await second.query('BEGIN');
      await second.query('UPDATE source_records SET valid_to = NULL WHERE source = $1 AND source_record_id = $2 AND valid_to IS NULL', [p.source, p.recordId]);
      await second.query('COMMIT');
      const withSecond = await versionOf(p.kimId);
      await first.query('COMMIT');
      expect(await versionOf(p.kimId)).not.toBe(withSecond);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('is a new one after the compaction, which leaves a person one row, and never one seen before', async () => {
    const p = await twoPersons();
    const seen = new Set<string | null>([await versionOf(p.kimId)]);
    for (let i = 0; i < 3; i++) {
      await hub.ctx.db.query(`UPDATE consents SET updated_at = now() WHERE consent_id = $1`, [p.consentId]);
      seen.add(await versionOf(p.kimId));
    }
    expect(await compactPersonChanges(hub.ctx.db)).toBeGreaterThan(0);
    const compacted = await versionOf(p.kimId);
    expect(compacted).toMatch(/^\d+$/);
    expect(seen.has(compacted)).toBe(false);
    expect(await compactPersonChanges(hub.ctx.db)).toBe(0);
    expect(await versionOf(p.kimId)).toBe(compacted);
  });
});
