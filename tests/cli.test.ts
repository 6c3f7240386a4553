// The command line as a newcomer uses it: the built `bin/kim-hub.js`, its help, and the exit codes
// README.md documents. Runs the compiled CLI (built by tests/global-setup.ts).
import { DEVELOPMENT_PSEUDONYM_KEY, kimIdsKeyedWith } from '../src/kim/pseudonym.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, projectRoot } from '../src/paths.js';
import { collect } from '../src/pipeline/dry-run.js';
import { link } from '../src/linkage/index.js';
import { generateAbhExport } from '../bench/generate/abh.js';

const bin = path.join(projectRoot, 'bin', 'kim-hub.js');
const samples = path.join(examplesDir, 'kreis-mettmann');

function kim(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kim-hub --help', () => {
  it('lists every command with a one-line description', () => {
    const { code, stdout } = kim(['--help']);
    expect(code).toBe(0);
    for (const command of ['inspect', 'evaluate', 'dry-run', 'demo']) expect(stdout).toMatch(new RegExp(`\\n\\s+${command}\\b.*\\S`));
  });
});

describe('kim-hub inspect', () => {
  it('prints one JSON record per line and exits 0 when every record is accepted', () => {
    const { code, stdout, stderr } = kim(['inspect', path.join(samples, 'abh.xml')]);
    expect(code).toBe(0);
    const records = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; source: string });
    expect(records).toHaveLength(9);
    expect(records.every((r) => r.type === 'person_record' && r.source === 'abh')).toBe(true);
    expect(stderr).toMatch(/abh\.xml\s+abh\s+9\s+9\s+0/);
  });

  it('exits 2 and names file, line, field and reason when some records are rejected', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-cli-'));
    const file = path.join(dir, 'consents.csv');
    writeFileSync(
      file,
      'einwilligung_id;person_azr;ki_aktenzeichen;familienname;vornamen;geburtsdatum;erteilt_am;gueltig_bis;widerrufen_am;quellen;kategorien;empfaenger;zweck;fallmanager;nachweis\n' +
        'EW-1;160901480001;KI-1;Haddad;Rami;2001-04-17;2026-02-01;2028-01-31;;abh;stammdaten;case_manager;integrationsbegleitung;cm-0001;KI-Ablage\n' +
        'EW-2;190108480002;KI-2;Rahimi;Amina;1990-00-00;2026-02-30;2028-03-14;;abh;stammdaten;case_manager;integrationsbegleitung;cm-0002;KI-Ablage\n',
    );
    const { code, stdout, stderr } = kim(['inspect', file]);
    expect(code).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('consents.csv line 3: erteilt_am "2026-02-30"');
  });

  it('exits 3 for a file that is not an export at all', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-cli-'));
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'Einkaufsliste: Milch, Brot\n');
    const { code, stderr } = kim(['inspect', file]);
    expect(code).toBe(3);
    expect(stderr).toContain('notes.txt');
  });

  it('gives the same records, rejections and exit code on worker threads as on one thread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-parallel-'));
    const broken = path.join(dir, 'abh-broken.xml');
    // A record with an impossible date in the middle, and a file that breaks off inside a record.
    const xml = readFileSync(path.join(samples, 'abh.xml'), 'utf8').replace('<geburtsdatum>1995-07-07</geburtsdatum>', '<geburtsdatum>1995-02-30</geburtsdatum>');
    writeFileSync(broken, xml.slice(0, xml.lastIndexOf('<aufenthalt>')));
    const files = [path.join(samples, 'abh.xml'), path.join(samples, 'sozialamt.xml'), broken];
    const single = kim(['inspect', ...files], { KIM_INSPECT_WORKERS: '0' });
    const parallel = kim(['inspect', ...files], { KIM_INSPECT_WORKERS: '2' });
    expect(single.code).toBe(2);
    expect(parallel).toEqual(single);
  });

  it('gives the same output on one worker thread as on none for a generated export of 6,000 persons, where the main thread maps batches too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-parallel-'));
    const file = path.join(dir, 'abh-6000.xml');
    await generateAbhExport(file, 6000);
    // An impossible date in one record, and the file broken off inside the last person.
    const xml = readFileSync(file, 'utf8').replace(/<geburtsdatum>(\d{4})-\d\d-\d\d<\/geburtsdatum>/, '<geburtsdatum>$1-02-30</geburtsdatum>');
    writeFileSync(file, xml.slice(0, xml.lastIndexOf('<aufenthalt>')));
    const single = kim(['inspect', file], { KIM_INSPECT_WORKERS: '0' });
    const parallel = kim(['inspect', file], { KIM_INSPECT_WORKERS: '1' });
    expect(single.code).toBe(2);
    expect(single.stdout.split('\n').length).toBeGreaterThan(5990);
    expect(parallel).toEqual(single);
  }, 60_000);

  it('exits 64 for an unknown --source', () => {
    expect(kim(['inspect', '--source', 'finanzamt', path.join(samples, 'abh.xml')]).code).toBe(64);
  });
});

describe('kim-hub dry-run', () => {
  it('prints the signals of the samples as JSON and exits 0', () => {
    const files = ['abh.xml', 'abh-05158032.xml', 'sozialamt.xml', 'jobcenter.csv', 'ebb.csv', 'consents.csv'].map((f) => path.join(samples, f));
    const { code, stdout } = kim(['dry-run', '--tenant', path.join(samples, 'tenant-05158.json'), '--at', '2026-11-23', '--format', 'json', ...files]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { signals: unknown[] };
    expect(out.signals).toHaveLength(20);
  });

  it('refuses a Stichtag that is not a complete date with exit 64', () => {
    expect(kim(['dry-run', '--tenant', path.join(samples, 'tenant-05158.json'), '--at', '2026-13-01', path.join(samples, 'abh.xml')]).code).toBe(64);
  });
});

describe('kim-hub evaluate', () => {
  it('loads none of pg, ioredis, bullmq, express, nodemailer or the XLSX readers for dry-run --help or inspect of an XML file', () => {
    const preload = path.join(projectRoot, 'tests', 'fixtures', 'loaded-packages.cjs');
    for (const args of [
      ['dry-run', '--help'],
      ['inspect', '--source', 'abh', path.join(samples, 'abh.xml')],
    ]) {
      const r = spawnSync(process.execPath, ['--require', preload, bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const loaded = JSON.parse(/LOADED_PACKAGES (.*)/.exec(r.stderr)![1]!) as string[];
      for (const heavy of ['pg', 'ioredis', 'bullmq', 'express', 'nodemailer', 'exceljs', 'unzipper']) expect(loaded, `${args.join(' ')} loads ${heavy}`).not.toContain(heavy);
    }
  });

  it('prints every provision with its conditions, citations and state for a linked person (S1 as of 2026-11-23)', async () => {
    const collected = await collect([path.join(samples, 'abh.xml'), path.join(samples, 'sozialamt.xml')]);
    const person = link({ records: collected.records, consents: [] }, { kimIdFor: kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY) }).persons.find((p) => p.identity.identifiers.azr === '160901480001')!;
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-cli-'));
    const file = path.join(dir, 'person.json');
    writeFileSync(file, JSON.stringify(person));
    const { code, stdout } = kim(['evaluate', '--at', '2026-11-23', file]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { kimId: string; provisions: Array<{ provision: string; state: string; conditions: Array<{ id: string; citation: string; explanation: string }> }> };
    expect(out.kimId).toBe(person.kimId);
    expect(out.provisions.map((p) => [p.provision, p.state])).toEqual([
      ['p25a', 'eligible'],
      ['p25b', 'eligible'],
      ['stag10', 'none'],
    ]);
    const residence = out.provisions[1]!.conditions.find((c) => c.id === '25b.residence')!;
    expect(residence.explanation).toBe('Voraufenthalt: 6 Jahre erforderlich, erfüllt seit 05.09.2022 (§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG)');
  });

  it('refuses a document that is not a KIM person, naming the problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-cli-'));
    const file = path.join(dir, 'person.json');
    writeFileSync(file, JSON.stringify({ kimId: 'nope' }));
    const { code, stderr } = kim(['evaluate', '--at', '2026-11-23', file]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('KIM_ERR_EVALUATION_INPUT');
  });
});
