// The backlog's XLSX as a user's office suite opens it: LibreOffice headless converts the file
// to CSV, which shows the dates as dates and the malicious team name as plain text. Runs where
// LibreOffice is installed (Debian: libreoffice-calc-nogui; .ci/run installs it); on a developer
// machine without it vitest reports it as skipped by name ("LibreOffice is not installed: ..."),
// and in CI (CI=true) a missing LibreOffice fails the test instead of skipping it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBacklog } from '../src/backlog/backlog.js';
import type { NaturalisationApplicationFact } from '../src/generated/kim-types.js';
import { naturalisation } from '../src/rules/test-facts.js';
import { backlogXlsx } from '../src/exports/backlog.js';

// KIM_SOFFICE names another binary ('none' behaves as if LibreOffice were missing).
const soffice = [process.env.KIM_SOFFICE ?? 'soffice', 'libreoffice'].filter((cmd) => cmd !== 'none' && process.env.KIM_SOFFICE !== 'none').find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
const dir = mkdtempSync(path.join(tmpdir(), 'kim-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sheet as LibreOffice converts it to CSV (";", UTF-8); `asShown` false gives the cell values instead of their display. */
function convert(file: string, asShown: boolean): string {
  const out = path.join(dir, asShown ? 'shown' : 'raw');
  const filter = `csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,${asShown}`;
  const r = spawnSync(soffice!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(path.join(out, `${path.basename(file, '.xlsx')}.csv`), 'utf8');
}

const inCi = process.env.CI === 'true' || process.env.CI === '1';

describe('the backlog XLSX in LibreOffice', () => {
  it.skipIf(!soffice && !inCi)(
    `${soffice ? '' : 'LibreOffice is not installed: '}opens with LibreOffice headless: header, dates as dates, the =HYPERLINK team name as text`,
    async () => {
      expect(soffice, 'LibreOffice (soffice) is missing: CI must install it (.ci/run)').toBeDefined();
      const app = (n: string, receivedOn: string, team: string): NaturalisationApplicationFact => ({ ...(naturalisation(receivedOn) as NaturalisationApplicationFact), applicationNumber: n, team, lastActivity: '2026-10-01' });
      const entries = buildBacklog(
        [
          { kimId: 'k1', application: app('EB-1', '2026-02-28', 'Team 1'), stag10: null },
          { kimId: 'k2', application: app('EB-2', '2026-08-25', '=HYPERLINK("http://evil.example","klick")'), stag10: null },
        ],
        '2026-11-25',
      );
      const file = path.join(dir, 'rueckstand.xlsx');
      writeFileSync(file, await backlogXlsx(entries));

      const shown = convert(file, true).split('\n');
      expect(shown[0]).toMatch(/^Antragsnummer;Eingang;Tage anhängig;/);
      expect(shown[1]).toMatch(/^EB-1;28\.02\.2026;270;ja;/);
      expect(shown[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
      // Unformatted, a date cell shows LibreOffice's own date form: it holds a date, not the text "28.02.2026".
      const raw = convert(file, false).split('\n');
      expect(raw[1]).not.toContain('28.02.2026');
      expect(raw[1]).toMatch(/^EB-1;(02\/28\/2026|2026-02-28|46081);/);
    },
    180_000,
  );
});
