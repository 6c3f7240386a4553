// Persons kept between inbox reads (src/store/read/persons.ts, personsReusing, given the state
// an inbox statement reads with its rows): the same answer as reading them
// afresh, before and after a record changes or is erased behind them.
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../src/store/db.js';
import { loadPersons, PERSON_STATE, personsReusing, type PersonStateColumns, type ReusedPerson } from '../src/store/read/persons.js';
import { hub, useAuthHub } from './auth-hub.js';

useAuthHub();

/** What a fresh read gives: the person and the consents, without the display identity. */
const stored = (m: Map<string, ReusedPerson>) => new Map([...m].map(([id, { person, consents }]) => [id, { person, consents }]));

/** The persons' state as an inbox statement reads it with its rows. */
async function statesOf(ids: string[]): Promise<Map<string, PersonStateColumns>> {
  const res = await hub.ctx.db.query<PersonStateColumns & { kim_id: string }>(`SELECT s.kim_id, person_version.person_version FROM unnest($1::text[]) AS s(kim_id) ${PERSON_STATE}`, [ids]);
  return new Map(res.rows.map((r) => [r.kim_id, r]));
}

/** A pool that keeps the kimIds each statement reading records or consents asked for: the reused persons' cache misses. */
function countingRecordReads(): { db: Queryable; reads: () => number; asked: (since?: number) => string[] } {
  const asked: string[][] = [];
  const db = hub.ctx.db;
  const query = ((config: unknown, values?: unknown) => {
    const { name, values: named } = config as { name?: string; values?: string[][] };
    if (name === 'persons-current-records' || name === 'persons-consents') asked.push(named![0]!);
    return db.query(config as never, values as never);
  }) as Queryable['query'];
  return { db: Object.assign(Object.create(db) as typeof db, { query }), reads: () => asked.length, asked: (since = 0) => [...new Set(asked.slice(since).flat())] };
}

const allKimIds = async () => (await hub.ctx.db.query<{ kim_id: string }>('SELECT DISTINCT kim_id FROM person_links ORDER BY 1')).rows.map((r) => r.kim_id);

describe('Persons reused between inbox reads', () => {
  it('are the persons a fresh read gives, on the first read and on the reads after it', async () => {
    const ids = await allKimIds();
    expect(ids.length).toBeGreaterThan(5);
    const fresh = await loadPersons(hub.ctx, ids);
    expect(stored(await personsReusing(hub.ctx, await statesOf(ids)))).toEqual(fresh);
    expect(stored(await personsReusing(hub.ctx, await statesOf(ids)))).toEqual(fresh);
  });

  it('are not read again when an inbox statement finds the versions they were made of', async () => {
    const ids = await allKimIds();
    const { db, reads } = countingRecordReads();
    await personsReusing({ db }, await statesOf(ids));
    const before = reads();
    await personsReusing({ db }, await statesOf(ids));
    expect(reads()).toBe(before);
  });

  it('are read again once a current record of theirs has a new version, and give no person once their records are erased', async () => {
    const ids = await allKimIds();
    await personsReusing(hub.ctx, await statesOf(ids));
    const {
      kim_id: kimId,
      source,
      source_record_id: id,
    } = (await hub.ctx.db.query<{ kim_id: string; source: string; source_record_id: string }>("SELECT kim_id, source, source_record_id FROM person_links WHERE source = 'abh' ORDER BY 1 LIMIT 1")).rows[0]!;
    // A new version as the apply stage writes one: the old closed, the new current.
    await hub.ctx.db.query(
      `WITH old AS (UPDATE source_records SET valid_to = now() WHERE source = $1 AND source_record_id = $2 AND valid_to IS NULL RETURNING *)
       INSERT INTO source_records (source, source_record_id, version, authority, content_hash, record, import_id)
       SELECT source, source_record_id, version + 1, authority, 'changed', jsonb_set(record, '{person,familyName}', '"Neuname"'), import_id FROM old`,
      [source, id],
    );
    const after = (await personsReusing(hub.ctx, await statesOf([kimId]))).get(kimId)!;
    expect(stored(new Map([[kimId, after]])).get(kimId)).toEqual((await loadPersons(hub.ctx, [kimId])).get(kimId));
    expect(JSON.stringify(after.person)).toContain('Neuname');
    expect(after.display?.familyName).toBe('Neuname');
    await hub.ctx.db.query('DELETE FROM source_records WHERE (source, source_record_id) IN (SELECT source, source_record_id FROM person_links WHERE kim_id = $1)', [kimId]);
    expect((await personsReusing(hub.ctx, await statesOf([kimId]))).get(kimId)!.person).toBeNull();
  });

  it('read a person again, and only them, once a consent of theirs is written (a withdrawal)', async () => {
    const ids = await allKimIds();
    const { db, reads, asked } = countingRecordReads();
    await personsReusing({ db }, await statesOf(ids));
    const before = reads();
    const { kim_id: kimId, consent_id: consentId } = (await hub.ctx.db.query<{ kim_id: string; consent_id: string }>('SELECT l.kim_id, l.consent_id FROM consent_links l JOIN consents USING (consent_id) ORDER BY 1, 2 LIMIT 1')).rows[0]!;
    // Written behind the hub's back, content hash unchanged: the person's version still changes.
    await hub.ctx.db.query(`UPDATE consents SET consent = jsonb_set(consent, '{withdrawnOn}', '"2026-11-01"') WHERE consent_id = $1`, [consentId]);
    const after = await personsReusing({ db }, await statesOf(ids));
    expect(asked(before)).toEqual([kimId]);
    expect(after.get(kimId)!.consents.find((c) => c.consentId === consentId)?.withdrawnOn).toBe('2026-11-01');
    expect(stored(after)).toEqual(await loadPersons(hub.ctx, ids));
  });
});
