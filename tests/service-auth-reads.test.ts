// The read models over the API and the CLI (backlog, outreach, controlling), the logs and the consent
// decision on every read, against one hub with the samples (tests/auth-hub.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ControllingReport } from '../src/report/controlling.js';
import { projectRoot } from '../src/paths.js';
import { samplePersonalData } from './service-helpers.js';
import { call, hub, idp, PERSONAL, useAuthHub } from './auth-hub.js';

useAuthHub();

describe("the EBB's backlog", () => {
  it('lists the pending application with its days, overdue flag, readiness, missing documents and team', async () => {
    const res = await call('/backlog/EBB-05158', await idp.token('ebb-b3-01'));
    expect(res.status).toBe(200);
    const entries = (await res.json()) as Array<Record<string, unknown>>;
    // Received 14.03.2026: overdue from receipt + 3 months + 1 day (RULES.md change 12).
    expect(entries).toEqual([
      expect.objectContaining({ applicationNumber: 'EB-2026-00123', receivedOn: '2026-03-14', daysPending: 254, overdue: true, overdueFrom: '2026-06-15', readiness: 'missing', missingDocuments: ['Einkommensnachweise'], team: 'Team 2' }),
    ]);
    expect(((await (await call('/backlog/EBB-05158?team=Team%201', await idp.token('ebb-b3-01'))).json()) as unknown[]).length).toBe(0);
    expect((await call('/backlog/EBB-05158?order=newest', await idp.token('ebb-b3-01'))).status).toBe(400);
  });

  it('exports the list as CSV for Excel and as XLSX, and audits the export', async () => {
    const token = await idp.token('ebb-b3-01');
    const csv = await call('/backlog/EBB-05158?format=csv', token);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?rueckstand-EBB-05158-2026-11-23\.csv"?$/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = bytes.toString('utf8');
    expect(text).toContain('EB-2026-00123;14.03.2026;254;ja;fehlt etwas;');
    expect(text).not.toMatch(PERSONAL);
    const xlsx = await call('/backlog/EBB-05158?format=xlsx', token);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('Rückstand')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('EB-2026-00123');
    expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    const audit = (await hub.ctx.db.query("SELECT actor, action, subject, details FROM audit_log WHERE action = 'export_backlog' ORDER BY id")).rows;
    expect(audit.map((a) => [a.actor, a.subject, a.details.format])).toEqual([
      ['ebb-b3-01', 'backlog:EBB-05158', 'csv'],
      ['ebb-b3-01', 'backlog:EBB-05158', 'xlsx'],
    ]);
  });
});

describe('the outreach list', () => {
  it('lists, once the policy file enables it with a basis, persons in the EBB area with residence and title met and no pending application; audited', async () => {
    const token = await idp.token('ebb-b3-01');
    expect(((await (await call('/outreach/EBB-05158', token)).json()) as { detail: string }).detail).toMatch(/not enabled/);
    const shipped = hub.ctx.policy;
    hub.ctx.policy = { ...shipped, outreach: { enabled: true, statutoryBasis: { citation: 'Testgrundlage', description: 'test' } } };
    try {
      const res = await call('/outreach/EBB-05158', token);
      expect(res.status).toBe(200);
      const entries = (await res.json()) as Array<{ kimId: string; conditions: Array<{ id: string }>; basis: { citation: string } }>;
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.conditions.map((c) => c.id)).toEqual(['stag10.residence', 'stag10.title']);
        expect(e.basis.citation).toBe('Testgrundlage');
      }
      // S5 has a pending application at the EBB: in the backlog, not in the campaign.
      const backlog = (await (await call('/backlog/EBB-05158', token)).json()) as Array<{ kimId: string }>;
      expect(entries.map((e) => e.kimId)).not.toContain(backlog[0]!.kimId);
      expect((await call('/outreach/EBB-05158', await idp.token('koord-01'))).status).toBe(404);
      const csv = await (await call('/outreach/EBB-05158?format=csv', token)).text();
      expect(csv).toMatch(/^Familienname;Vornamen;Gemeinde;Voraussetzungen;Grundlage der Liste\r\n/);
      const audit = (await hub.ctx.db.query("SELECT actor, purpose, details FROM audit_log WHERE action = 'read_outreach' ORDER BY id")).rows;
      expect(audit.map((a) => [a.actor, a.purpose])).toEqual([
        ['ebb-b3-01', 'naturalisation campaign'],
        ['ebb-b3-01', 'naturalisation campaign'],
      ]);
      const listed = await hub.ctx.db.query<{ kim_ids: string[] }>('SELECT kim_ids FROM audit_person_lists WHERE digest = $1', [audit[0].details.personList]);
      expect(listed.rows[0]?.kim_ids).toEqual(entries.map((e) => e.kimId));
    } finally {
      hub.ctx.policy = shipped;
    }
  });
});

describe('the controlling report', () => {
  it('gives the coordinator counts per municipality and month, none between 1 and 4, no id and no name', async () => {
    const res = await call('/report?from=2026-10&to=2026-11', await idp.token('koord-01'));
    expect(res.status).toBe(200);
    const text = await res.text();
    const report = JSON.parse(text) as ControllingReport;
    expect(report.months).toEqual(['2026-10', '2026-11']);
    const raised = report.counts.find((t) => t.measure === 'signals_raised' && t.month === '2026-11')!;
    expect(raised.rows.map((r) => r.name)).toContain('Velbert');
    // The samples' ten persons raise signals in November; every cell is either 0, at least 5, or suppressed ('<5', or 'x' for a secondary one).
    expect(raised.cells.at(-1)!.at(-1)).not.toBe(0);
    for (const t of report.counts) for (const row of t.cells) for (const c of row) expect(c === '<5' || c === 'x' || c === 0 || (typeof c === 'number' && c >= 5)).toBe(true);
    const kimIds = (await hub.ctx.db.query<{ kim_id: string }>('SELECT DISTINCT kim_id FROM person_links')).rows.map((r) => r.kim_id);
    expect(kimIds.length).toBeGreaterThan(0);
    for (const id of kimIds) expect(text).not.toContain(id);
    expect(text).not.toMatch(PERSONAL);
    expect(text).not.toMatch(await samplePersonalData());
  });

  it('exports CSV for Excel, refuses a month after the report date, and audits the read', async () => {
    const token = await idp.token('koord-01');
    const csv = await call('/report?format=csv', token);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFMonat;Kennzahl;Beschreibung;AGS;Gemeinde;Spalte;Wert\r\n2025-12;persons_in_case_management;/);
    const late = await call('/report?to=2026-12', token);
    expect(late.status).toBe(400);
    expect(((await late.json()) as { title: string }).title).toBe('KIM_ERR_REPORT_PERIOD');
    expect((await call('/report?to=2026-13', token)).status).toBe(400);
    // A period without bound ran the process out of heap: refused at once, by the schema or the 36-month bound.
    const started = Date.now();
    expect((await call('/report?from=0001-01&to=2026-11&format=csv', token)).status).toBe(400);
    const long = await call('/report?from=2020-01&to=2026-11', token);
    expect(long.status).toBe(400);
    expect(((await long.json()) as { title: string }).title).toBe('KIM_ERR_REPORT_PERIOD');
    expect(Date.now() - started).toBeLessThan(2000);
    const audit = (await hub.ctx.db.query("SELECT actor, action, purpose FROM audit_log WHERE action = 'read_report' AND actor = 'koord-01'")).rows;
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit[0]).toMatchObject({ purpose: 'controlling' });
  });

  it('is printed by kim-hub report, and a malformed month ends with the usage exit code', () => {
    const kim = (args: string[]) => spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    const r = kim(['report', '--from', '2026-11', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2026-11;signals_raised;');
    expect(r.stdout).not.toMatch(PERSONAL);
    const bad = kim(['report', '--to', '2026-13']);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain('KIM_ERR_REPORT_PERIOD');
    const long = kim(['report', '--from', '0001-01', '--format', 'csv']);
    expect(long.status).toBe(64);
    expect(long.stderr).toContain('KIM_ERR_REPORT_PERIOD');
    expect(long.stderr).toContain('one report covers at most 36');
  });
});

describe('kim-hub backlog', () => {
  it('prints the same list as CSV on the command line, and refuses an EBB the tenant file does not know', () => {
    const kim = (args: string[]) => spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    const r = kim(['backlog', '--ebb', 'EBB-05158', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('EB-2026-00123;14.03.2026;254;ja;fehlt etwas;');
    const unknown = kim(['backlog', '--ebb', 'EBB-99999']);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toContain('no EBB EBB-99999 in the tenant file');
  });
});

describe('the consent decision on every read', () => {
  // Last in this file: it ends a consent behind the pipeline's back.
  it("hides a case manager's entries the moment the consent they rest on has ended, before any new evaluation", async () => {
    const token = await idp.token('cm-0002');
    const before = (await (await call('/inbox/cm-0002', token)).json()) as Array<{ id: string; person: { kimId: string } }>;
    expect(before.length).toBeGreaterThan(0);
    const kimId = before[0]!.person.kimId;
    // The ABH's entries that rest on the ABH's own facts only (statute, not consent).
    const abhBefore = (
      await hub.ctx.db.query<{ id: string }>(
        `SELECT id FROM signals s WHERE kim_id = $1 AND recipient_role = 'abh_b3' AND state <> 'withdrawn'
            AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.conditions) c, jsonb_array_elements(c->'facts') f WHERE f->>'source' <> 'abh')`,
        [kimId],
      )
    ).rows;
    // The consent is withdrawn as of a day before the Stichtag; no import, no evaluation runs.
    await hub.ctx.db.query(`UPDATE consents c SET consent = jsonb_set(c.consent, '{withdrawnOn}', '"2026-11-01"') FROM consent_links l WHERE l.consent_id = c.consent_id AND l.kim_id = $1`, [kimId]);
    const after = (await (await call('/inbox/cm-0002', token)).json()) as Array<{ id: string; person: { kimId: string } }>;
    expect(after.filter((e) => e.person.kimId === kimId)).toEqual([]);
    expect(after.length).toBe(before.filter((e) => e.person.kimId !== kimId).length);
    expect((await call(`/inbox/cm-0002/signals/${before[0]!.id}`, token)).status).toBe(404);
    expect((await call(`/inbox/cm-0002/signals/${before[0]!.id}/done`, token, 'POST')).status).toBe(404);
    for (const { id } of abhBefore) {
      const authority = (await hub.ctx.db.query<{ recipient_id: string }>('SELECT recipient_id FROM signals WHERE id = $1', [id])).rows[0]!.recipient_id;
      const user = authority === 'ABH-05158' ? 'abh-b3-01' : authority === 'ABH-05158032' ? 'abh-b3-velbert' : 'abh-b3-ratingen';
      expect((await call(`/inbox/${authority}/signals/${id}`, await idp.token(user))).status).toBe(200);
    }
  });
});
