// Issue 5 acceptance, against a real Redis and a real PostgreSQL: the samples through the
// queues give exactly expected.json in the inboxes; a second import changes nothing; a newer
// snapshot withdraws what no longer holds; a consent withdrawal erases and withdraws.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import type { Consent, PersonRecord } from '../src/generated/kim-types.js';
import { link } from '../src/linkage/index.js';
import { kimIdsKeyedWith } from '../src/kim/pseudonym.js';
import { pseudonymKey } from '../src/store/pseudonym-key.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { activeSignalKeys, createTestHub, expectedSignalKeys, type TestHub, withHubAndWorkers, importAllInWaves } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const exportFiles = readdirSync(samples)
  .filter((f) => /\.(xml|csv)$/.test(f))
  .sort()
  .map((f) => path.join(samples, f));
const expectedKeys = expectedSignalKeys();

let hub: TestHub;

const importAll = (files: string[]): Promise<void> => importAllInWaves(hub, files);

const activeSignals = (): Promise<string[]> => activeSignalKeys(hub.ctx.db);

const count = async (sql: string) => Number((await hub.ctx.db.query<{ n: string }>(sql)).rows[0]!.n);

withHubAndWorkers({}, (h) => (hub = h));

/** Incremental linkage must give what linking every current record at once gives. */
async function expectLinkageAsIfGlobal(): Promise<void> {
  const records = (await hub.ctx.db.query<{ record: PersonRecord }>('SELECT record FROM source_records WHERE valid_to IS NULL')).rows.map((r) => r.record);
  const consents = (await hub.ctx.db.query<{ consent: Consent }>('SELECT consent FROM consents')).rows.map((r) => r.consent);
  const global = link({ records, consents }, { kimIdFor: kimIdsKeyedWith(await pseudonymKey(hub.ctx.db, hub.ctx.config.pseudonymKey)) });
  const expectedLinks = global.persons.flatMap((p) => p.records.map((r) => `${r.source}:${r.sourceRecordId} → ${p.kimId}`)).sort();
  const stored = (await hub.ctx.db.query<{ l: string }>("SELECT source || ':' || source_record_id || ' → ' || kim_id AS l FROM person_links ORDER BY 1")).rows.map((r) => r.l).sort();
  expect(stored).toEqual(expectedLinks);
  const expectedConsents = [...global.consentsByKimId].flatMap(([kim, cs]) => cs.map((c) => `${c.consentId} → ${kim}`)).sort();
  const storedConsents = (await hub.ctx.db.query<{ l: string }>("SELECT consent_id || ' → ' || kim_id AS l FROM consent_links")).rows.map((r) => r.l).sort();
  expect(storedConsents).toEqual(expectedConsents);
}

describe('the hub as a service on the Kreis Mettmann samples', () => {
  it('imports every sample through the queues and fills the inboxes with exactly the expected signals', async () => {
    await importAll(exportFiles);
    expect(await activeSignals()).toEqual(expectedKeys);
    await expectLinkageAsIfGlobal();
  }, 90_000);

  it('links incrementally exactly as linking the whole store would, whatever the order of the files', async () => {
    // One file at a time, the Jobcenter first: "Sahin" stands alone until the ABH's "Şahin" arrives.
    // The hub keeps no export once read, so the Jobcenter records the consents cover are kept
    // from the Jobcenter's next export on: the last file (the same bytes, read again record by
    // record because the consents changed what may be kept).
    const order = ['jobcenter.csv', 'consents.csv', 'abh.xml', 'sozialamt.xml', 'abh-05158032.xml', 'ebb.csv', 'jobcenter.csv'].map((f) => path.join(samples, f));
    const other = await createTestHub();
    const w = startWorkers(other.ctx);
    try {
      for (const file of order) {
        const id = await createImport(other.ctx, { file, trigger: 'cli', how: 'copy' });
        await waitForImports(other.ctx, [id], 60_000);
        await waitForIdle(other.ctx, 60_000);
      }
      const [saved] = [hub];
      hub = other;
      try {
        await expectLinkageAsIfGlobal();
        expect(await activeSignals()).toEqual(expectedKeys);
      } finally {
        hub = saved!;
      }
    } finally {
      await w.close();
      await other.close();
    }
  }, 120_000);

  it('creates no new signal and no new record version when the same files are imported again, reading none of them twice', async () => {
    const events = await count('SELECT count(*) AS n FROM signal_events');
    const versions = await count('SELECT count(*) AS n FROM source_records');
    await importAll(exportFiles);
    expect(await count('SELECT count(*) AS n FROM signal_events')).toBe(events);
    expect(await count('SELECT count(*) AS n FROM source_records')).toBe(versions);
    expect(await activeSignals()).toEqual(expectedKeys);
    // Each file is the same as the last import of its source and authority: recognised by its hash.
    const again = (await hub.ctx.db.query<{ file_name: string; identical_to: string | null; records_read: number }>('SELECT file_name, identical_to, records_read FROM imports ORDER BY received_at DESC LIMIT $1', [exportFiles.length])).rows;
    expect(
      again
        .filter((r) => r.identical_to !== null)
        .map((r) => r.file_name)
        .sort(),
    ).toEqual(exportFiles.map((f) => path.basename(f)).sort());
    expect(again.every((r) => r.records_read === 0)).toBe(true);
  }, 90_000);

  it('changes nothing either when an export with the same records comes as different bytes (a new export time): record by record', async () => {
    const events = await count('SELECT count(*) AS n FROM signal_events');
    const versions = await count('SELECT count(*) AS n FROM source_records');
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-same-'));
    const file = path.join(dir, 'abh.xml');
    writeFileSync(file, readFileSync(path.join(samples, 'abh.xml'), 'utf8').replace('exportiertAm="2026-11-20T02:15:00+01:00"', 'exportiertAm="2026-11-21T02:15:00+01:00"'));
    await importAll([file]);
    const status = (await hub.ctx.db.query<{ identical_to: string | null; records_read: number }>('SELECT identical_to, records_read FROM imports ORDER BY received_at DESC LIMIT 1')).rows[0]!;
    expect(status.identical_to).toBeNull();
    expect(status.records_read).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM signal_events')).toBe(events);
    expect(await count('SELECT count(*) AS n FROM source_records')).toBe(versions);
    expect(await activeSignals()).toEqual(expectedKeys);
  }, 90_000);

  it("withdraws status.expiring when a newer ABH snapshot extends S7's Duldung", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-s7-'));
    const file = path.join(dir, 'abh.xml');
    const xml = readFileSync(path.join(samples, 'abh.xml'), 'utf8')
      .replace('exportiertAm="2026-11-20T02:15:00+01:00"', 'exportiertAm="2026-11-22T02:15:00+01:00"')
      .replace('von="2025-01-15" bis="2026-12-31"', 'von="2025-01-15" bis="2027-06-30"');
    writeFileSync(file, xml);
    await importAll([file]);
    const active = await activeSignals();
    expect(active).not.toContain('status.expiring 240601480007 → cm-0002');
    expect(active).toEqual(expectedKeys.filter((k) => k !== 'status.expiring 240601480007 → cm-0002'));
    const withdrawn = await count("SELECT count(*) AS n FROM signals WHERE type = 'status.expiring' AND state = 'withdrawn'");
    expect(withdrawn).toBe(1);
  }, 90_000);

  it("erases S1's Sozialamt facts and withdraws S1's case-manager signals within one cycle after the consent is withdrawn", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-s1-'));
    const file = path.join(dir, 'consents.csv');
    const csv = readFileSync(path.join(samples, 'consents.csv'), 'utf8').replace('2026-02-01;2028-01-31;;abh|sozialamt', '2026-02-01;2028-01-31;2026-11-22;abh|sozialamt');
    writeFileSync(file, csv);
    expect(await count("SELECT count(*) AS n FROM source_records WHERE source = 'sozialamt' AND source_record_id LIKE '50.3-2016-0042%'")).toBeGreaterThan(0);
    await importAll([file]);
    expect(await count("SELECT count(*) AS n FROM source_records WHERE source = 'sozialamt' AND source_record_id LIKE '50.3-2016-0042%'")).toBe(0);
    const active = await activeSignals();
    expect(active.filter((k) => k.includes('160901480001') && k.endsWith('cm-0001'))).toEqual([]);
    expect(active.filter((k) => k.includes('160901480001'))).toEqual(['p25a.eligible 160901480001 → ABH-05158', 'p25b.eligible 160901480001 → ABH-05158']);
    const audit = await hub.ctx.db.query<{ details: { source: string; consents: string[] } }>("SELECT details FROM audit_log WHERE action = 'erasure'");
    expect(audit.rows.map((r) => r.details)).toEqual([expect.objectContaining({ source: 'sozialamt', consents: ['EW-2026-0001'] })]);
    expect(JSON.stringify(audit.rows)).not.toMatch(/Haddad|HADDAD|160901480001/);
    await expectLinkageAsIfGlobal();
  }, 90_000);

  it('keeps the records read before a break in a snapshot, closes nothing, and ends the import as failed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-cut-'));
    const file = path.join(dir, 'abh.xml');
    const xml = readFileSync(path.join(samples, 'abh.xml'), 'utf8').replace('exportiertAm="2026-11-20T02:15:00+01:00"', 'exportiertAm="2026-11-23T02:15:00+01:00"');
    writeFileSync(file, xml.slice(0, xml.indexOf('<person>', xml.indexOf('<person>') + 1) + 40)); // cut inside the second person
    const current = await count("SELECT count(*) AS n FROM source_records WHERE source = 'abh' AND valid_to IS NULL");
    const id = await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' });
    const [status] = await waitForImports(hub.ctx, [id], 60_000);
    expect(status).toMatchObject({ status: 'failed', recordsRead: 2, accepted: 1, error: { code: 'KIM_ERR_INPUT_XML_MALFORMED' } });
    await waitForIdle(hub.ctx, 60_000);
    // Nothing was closed: a broken snapshot says nothing about the persons after the break.
    expect(await count("SELECT count(*) AS n FROM source_records WHERE source = 'abh' AND valid_to IS NULL")).toBe(current);
    await expectLinkageAsIfGlobal();
  }, 90_000);
});
