// Issue 14, finding 5: a person missing from one full snapshot and back in the next is ordinary.
// Their record is re-opened as a new version; the import ends done, the signals come back.
// And a batch the database refuses for its data ends its import as failed, never `applying`.
// Finding 7b: the kimIds of what was imported are keyed with the installation's secret.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { DEVELOPMENT_PSEUDONYM_KEY, kimIdsKeyedWith } from '../src/kim/pseudonym.js';
import { pseudonymKey } from '../src/store/pseudonym-key.js';
import { createImport, registerImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { JOB_OPTIONS, jobId } from '../workers/queues.js';
import { exceedsShare } from '../src/store/snapshots.js';
import { type TestHub, withHubAndWorkers } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const abh = readFileSync(path.join(samples, 'abh.xml'), 'utf8');
const KHALIL = '190402480003';

let hub: TestHub;
const dir = mkdtempSync(path.join(tmpdir(), 'kim-snapshots-'));

/** The sample ABH snapshot as exported at `at`, without the persons whose AZR is in `without`. */
function snapshot(name: string, at: string, without: string[] = []): string {
  let xml = abh.replace('exportiertAm="2026-11-20T02:15:00+01:00"', `exportiertAm="${at}"`);
  for (const azr of without) xml = xml.replace(new RegExp(`\\s*<person>\\s*<azrNummer>${azr}</azrNummer>[\\s\\S]*?</person>`), '');
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return file;
}

async function importOne(file: string) {
  const id = await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' });
  const [status] = await waitForImports(hub.ctx, [id], 60_000);
  await waitForIdle(hub.ctx, 60_000);
  return status!;
}

/** Active signals as "type azr → recipient", the AZR read from the person's current ABH record. */
async function activeSignals(): Promise<string[]> {
  const rows = await hub.ctx.db.query<{ l: string }>(
    `SELECT s.type || ' ' || coalesce((SELECT sr.record->'person'->'identifiers'->>'azr' FROM person_links pl JOIN source_records sr
               ON sr.source = pl.source AND sr.source_record_id = pl.source_record_id AND sr.valid_to IS NULL
              WHERE pl.kim_id = s.kim_id AND sr.source = 'abh' LIMIT 1), '?') || ' → ' || s.recipient_id AS l
       FROM signals s WHERE s.state <> 'withdrawn'`,
  );
  return rows.rows.map((r) => r.l).sort();
}

withHubAndWorkers({}, (h) => (hub = h));

describe('full snapshots over time', () => {
  it('re-opens the record of a person missing from one ABH snapshot and back in the next, and raises their signals again', async () => {
    expect(await importOne(snapshot('abh-1.xml', '2026-11-20T02:15:00+01:00'))).toMatchObject({ status: 'done', error: null });
    const first = await activeSignals();
    expect(first.some((s) => s.includes(KHALIL))).toBe(true);

    expect(await importOne(snapshot('abh-2.xml', '2026-11-21T02:15:00+01:00', [KHALIL]))).toMatchObject({ status: 'done', error: null });
    const current = async () => (await hub.ctx.db.query<{ version: number }>("SELECT version FROM source_records WHERE source = 'abh' AND record->'person'->'identifiers'->>'azr' = $1 AND valid_to IS NULL", [KHALIL])).rows;
    expect(await current()).toEqual([]);
    expect((await activeSignals()).filter((s) => s.includes(KHALIL))).toEqual([]);

    const back = await importOne(snapshot('abh-3.xml', '2026-11-22T02:15:00+01:00'));
    expect(back).toMatchObject({ status: 'done', error: null, changed: 1 });
    expect(await current()).toEqual([{ version: 2 }]);
    expect(await activeSignals()).toEqual(first);

    // And once more: missing again, back again (version 3), every import done.
    expect(await importOne(snapshot('abh-4.xml', '2026-11-23T01:15:00+01:00', [KHALIL]))).toMatchObject({ status: 'done' });
    expect(await importOne(snapshot('abh-5.xml', '2026-11-23T02:15:00+01:00'))).toMatchObject({ status: 'done' });
    expect(await current()).toEqual([{ version: 3 }]);
    expect(await activeSignals()).toEqual(first);
  }, 120_000);
});

describe('a batch the database refuses', () => {
  it('ends its import as failed with a code, closes nothing of the snapshot and names no value', async () => {
    expect(await importOne(snapshot('abh-base.xml', '2026-11-23T02:45:00+01:00'))).toMatchObject({ status: 'done' });
    const { authority } = (await hub.ctx.db.query<{ authority: string }>("SELECT authority FROM source_records WHERE source = 'abh' AND valid_to IS NULL LIMIT 1")).rows[0]!;
    const current = async () => Number((await hub.ctx.db.query<{ n: string }>("SELECT count(*) AS n FROM source_records WHERE source = 'abh' AND valid_to IS NULL")).rows[0]!.n);
    const before = await current();
    // A staged batch whose record PostgreSQL cannot store (a NUL character in a JSON text), as
    // the import stage would stage it, in a full snapshot of the ABH's authority.
    const id = await registerImport(hub.ctx, hub.ctx.db, { file: snapshot('abh-nul.xml', '2026-11-23T03:15:00+01:00'), trigger: 'cli', how: 'copy' });
    const record = { type: 'person_record', source: 'abh', sourceRecordId: 'ABH-NUL-1', authority, snapshot: 'full', contentHash: 'x', person: { familyName: 'Null\u0000mann' } };
    await hub.ctx.db.query("UPDATE imports SET status = 'applying', source = 'abh', batches = 1, scopes = $2 WHERE id = $1", [id, JSON.stringify([{ source: 'abh', authority, snapshot: 'full' }])]);
    await hub.ctx.db.query('INSERT INTO staged_batches (import_id, batch, records) VALUES ($1, 0, $2)', [id, JSON.stringify([record])]);
    await hub.ctx.queues.queue.apply.add('apply', { importId: id, batch: 0 }, { ...JOB_OPTIONS, jobId: jobId('apply', id, 0) });
    const [status] = await waitForImports(hub.ctx, [id], 20_000);
    expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_IMPORT_BATCH_REFUSED' } });
    expect(status!.error!.message).not.toMatch(/Null|mann|ABH-NUL/);
    expect(await current()).toBe(before);
    const job = await hub.ctx.queues.queue.apply.getJob(jobId('apply', id, 0));
    expect(job?.attemptsMade).toBe(1); // not retried: the same data fails the same way
  }, 60_000);
});

describe('the kimIds the hub stores', () => {
  it('are keyed with a secret of the installation, kept in PostgreSQL and the same for every process: not the SHA-256 of the AZR', async () => {
    const rows = (
      await hub.ctx.db.query<{ kim_id: string; azr: string }>(
        `SELECT DISTINCT p.kim_id, s.record->'person'->'identifiers'->>'azr' AS azr FROM person_links p
         JOIN source_records s ON s.source = p.source AND s.source_record_id = p.source_record_id AND s.valid_to IS NULL
        WHERE s.source = 'abh'`,
      )
    ).rows;
    expect(rows.length).toBeGreaterThan(5);
    const stored = (await hub.ctx.db.query<{ value: string }>("SELECT value FROM installation_secrets WHERE name = 'pseudonym_key'")).rows[0]!.value;
    expect(stored.length).toBeGreaterThanOrEqual(43);
    expect(await pseudonymKey(hub.ctx.db, hub.ctx.config.pseudonymKey)).toBe(stored);
    const keyed = kimIdsKeyedWith(stored);
    for (const r of rows) {
      expect(r.kim_id).toBe(keyed(`azr:${r.azr}`));
      expect(r.kim_id).not.toBe(`kim_${createHash('sha256').update(`azr:${r.azr}`).digest('hex').slice(0, 20)}`);
      expect(r.kim_id).not.toBe(kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY)(`azr:${r.azr}`));
    }
  });
});

describe('the share a snapshot would close', () => {
  it('is counted per source and authority, for a source whose exports name no authority as well', async () => {
    const tx = await hub.ctx.db.connect();
    try {
      await tx.query('BEGIN');
      await tx.query(
        `INSERT INTO source_records (source, source_record_id, version, authority, content_hash, record, import_id)
         SELECT 'jobcenter', 'JC-' || n, 1, NULL, 'h', '{}'::jsonb, '00000000-0000-4000-8000-000000000000' FROM generate_series(1, 10) AS n`,
      );
      const scope = { source: 'jobcenter', authority: null };
      expect(await exceedsShare(tx, 5, 0.5, { scope })).toBe(false); // exactly half is not more than half
      expect(await exceedsShare(tx, 6, 0.5, { scope })).toBe(true);
      expect(await exceedsShare(tx, 6, 0.5, { scope, atLeast: 11 })).toBe(false); // too few records to guard
      expect(await exceedsShare(tx, 3, 0.3, { scope })).toBe(false);
      expect(await exceedsShare(tx, 4, 0.3, { scope })).toBe(true);
      expect(await exceedsShare(tx, 1, 0.5, { scope: { source: 'jobcenter', authority: 'JC-05158' } })).toBe(true); // no record of that authority
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  });
});
