// Issue 19: the apply stage writes new record versions by COPY (src/store/records.ts). What a
// clerk can type reaches the table exactly as delivered: backslashes, tabs, line breaks, quotes,
// the text "\N" that COPY would otherwise read as null, and characters outside Latin-1.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRecord } from '../src/generated/kim-types.js';
import { examplesDir } from '../src/paths.js';
import { registerImport } from '../src/service/imports.js';
import { inTransaction } from '../src/store/db.js';
import { addVersions, type NewVersion } from '../src/store/records.js';
import { createTestHub, type TestHub } from './service-helpers.js';

let hub: TestHub;
let importId: string;

beforeAll(async () => {
  hub = await createTestHub();
  importId = await registerImport(hub.ctx, hub.ctx.db, { file: path.join(examplesDir, 'kreis-mettmann', 'jobcenter.csv'), trigger: 'cli', how: 'copy' });
}, 60_000);

afterAll(async () => {
  await hub?.close();
});

const awkward = ['back\\slash', 'tab\there', 'line\nbreak', 'carriage\rreturn', '"quoted"', '\\N', '', 'Ümlaut ß €', 'emoji 😀', '\\\\t literal', 'end\\'];

describe('New record versions written by COPY', () => {
  it('are stored exactly as delivered, whatever the fields hold, and a null authority stays null', async () => {
    const versions: NewVersion[] = awkward.map((text, i) => ({
      source: 'jobcenter',
      id: `copy-${i}-${text}`,
      version: 1,
      authority: i % 2 ? null : text,
      hash: `hash-${i}`,
      record: { source: 'jobcenter', sourceRecordId: `copy-${i}-${text}`, person: { familyName: text, givenNames: [text, 'x'] } } as unknown as PersonRecord,
    }));
    await inTransaction(hub.ctx.db, (tx) => addVersions(tx, importId, [], versions));
    const rows = (
      await hub.ctx.db.query<{ source_record_id: string; authority: string | null; content_hash: string; record: unknown; import_id: string; valid_to: Date | null }>(
        "SELECT source_record_id, authority, content_hash, record, import_id, valid_to FROM source_records WHERE source_record_id LIKE 'copy-%'",
      )
    ).rows;
    const byId = new Map(rows.map((r) => [r.source_record_id, r]));
    expect(rows).toHaveLength(versions.length);
    for (const v of versions) expect(byId.get(v.id)).toEqual({ source_record_id: v.id, authority: v.authority, content_hash: v.hash, record: v.record, import_id: importId, valid_to: null });
    const changes = await hub.ctx.db.query('SELECT count(*)::int AS n FROM import_changes WHERE import_id = $1', [importId]);
    expect(changes.rows[0]).toEqual({ n: versions.length });
  });

  it('fail as a whole when one row breaks a constraint, and leave nothing behind', async () => {
    const twice: NewVersion = { source: 'jobcenter', id: 'copy-twice', version: 1, authority: null, hash: 'h', record: { source: 'jobcenter', sourceRecordId: 'copy-twice' } as unknown as PersonRecord };
    await expect(inTransaction(hub.ctx.db, (tx) => addVersions(tx, importId, [], [twice, twice]))).rejects.toThrow(/duplicate key/);
    expect((await hub.ctx.db.query("SELECT count(*)::int AS n FROM source_records WHERE source_record_id = 'copy-twice'")).rows[0]).toEqual({ n: 0 });
  });
});
