// Issue 14, finding 7d: exceljs writes a worksheet that precedes the shared strings to a
// temporary file. It must land in the hub's own directory and be gone when the read ends,
// whether the read succeeded or failed.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ebbAdapter } from './index.js';
import { EBB_COLUMNS } from './mapping.js';
import { setTempRoot } from './temp-files.js';
import { sheetsFirstWorkbook } from '../test-helpers.js';

const systemTempFiles = () => readdirSync(tmpdir()).filter((f) => f.startsWith('tmp-'));

async function read(bytes: Buffer): Promise<number> {
  let n = 0;
  for await (const _ of ebbAdapter.read({ file: 'ebb.xlsx', stream: Readable.from([bytes]) })) n++;
  return n;
}

afterEach(() => setTempRoot(null));

describe('the temporary files of an XLSX read', () => {
  it("are written into the hub's temp directory, not the system's, and gone after a read that failed", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kim-temp-root-'));
    setTempRoot(root);
    const before = systemTempFiles();
    const bytes = await sheetsFirstWorkbook(['Falsch', 'Kopf'], 50);
    expect(bytes.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(bytes.indexOf('xl/sharedStrings.xml'));
    await expect(read(bytes)).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
    expect(readdirSync(root)).toEqual([]);
    expect(systemTempFiles().filter((f) => !before.includes(f))).toEqual([]);
  });

  it('are gone after a read that succeeded', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kim-temp-root-'));
    setTempRoot(root);
    expect(await read(await sheetsFirstWorkbook(EBB_COLUMNS, 20))).toBe(20);
    expect(readdirSync(root)).toEqual([]);
  });

  it("that cannot be made (KIM_TEMP_DIR under a plain file) fail the read as the hub's fault, retryable, not as an unreadable file", async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'kim-temp-root-')), 'a-file');
    writeFileSync(blocker, '');
    setTempRoot(path.join(blocker, 'temp'));
    await expect(read(await sheetsFirstWorkbook(EBB_COLUMNS, 20))).rejects.toMatchObject({ code: 'KIM_ERR_TEMP_DIR_UNAVAILABLE', message: expect.stringMatching(/^ebb\.xlsx: not read, .*\(ENOTDIR\)$/) });
  });
});
