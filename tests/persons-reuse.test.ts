// Persons kept between inbox reads (src/store/read/persons.ts, loadPersonsReusing): the same
// answer as reading them afresh, before and after a record changes or is erased behind them.
import { describe, expect, it } from 'vitest';
import { loadPersons, loadPersonsReusing } from '../src/store/read/persons.js';
import { hub, useAuthHub } from './auth-hub.js';

useAuthHub();

const allKimIds = async () => (await hub.ctx.db.query<{ kim_id: string }>('SELECT DISTINCT kim_id FROM person_links ORDER BY 1')).rows.map((r) => r.kim_id);

describe('Persons reused between inbox reads', () => {
  it('are the persons a fresh read gives, on the first read and on the reads after it', async () => {
    const ids = await allKimIds();
    expect(ids.length).toBeGreaterThan(5);
    const fresh = await loadPersons(hub.ctx, ids);
    expect(await loadPersonsReusing(hub.ctx, ids)).toEqual(fresh);
    expect(await loadPersonsReusing(hub.ctx, ids)).toEqual(fresh);
  });

  it('are read again once a current record of theirs has a new version, and give no person once their records are erased', async () => {
    const ids = await allKimIds();
    await loadPersonsReusing(hub.ctx, ids);
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
    const after = (await loadPersonsReusing(hub.ctx, [kimId])).get(kimId)!;
    expect(after).toEqual((await loadPersons(hub.ctx, [kimId])).get(kimId));
    expect(JSON.stringify(after.person)).toContain('Neuname');
    await hub.ctx.db.query('DELETE FROM source_records WHERE (source, source_record_id) IN (SELECT source, source_record_id FROM person_links WHERE kim_id = $1)', [kimId]);
    expect((await loadPersonsReusing(hub.ctx, [kimId])).get(kimId)!.person).toBeNull();
  });
});
