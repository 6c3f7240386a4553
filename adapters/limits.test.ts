// The bounds every reader holds a hostile export to (issue 14, finding 7f): an over-long field
// or a NUL rejects its record, naming file, line and field; an unbounded record stops the file
// with a clear error instead of growing memory or the stack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { abhAdapter } from './abh/index.js';
import { jobcenterAdapter } from './jobcenter/index.js';
import { MAX_FIELD_CHARS } from './limits.js';
import { readAll, SAMPLES } from './test-helpers.js';

const jobcenter = readFileSync(path.join(SAMPLES, 'jobcenter.csv'), 'latin1').split(/\r?\n/).filter(Boolean);
const abh = readFileSync(path.join(SAMPLES, 'abh.xml'), 'utf8');
/** The Jobcenter sample with the family name of its first data row replaced. */
const jobcenterWith = (familyName: string) => iconv.encode([jobcenter[0], jobcenter[1]!.replace(';Jaber;', `;${familyName};`), ...jobcenter.slice(2)].join('\r\n') + '\r\n', 'windows-1252');

describe('the field and record bounds of the readers', () => {
  it('rejects a Jobcenter row whose family name is one character over the bound, naming line and field, and reads the rest', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', jobcenterWith('J'.repeat(MAX_FIELD_CHARS + 1)));
    expect(rejections).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_FIELD_TOO_LONG', field: 'Familienname', position: { file: 'jobcenter.csv', line: 2 } })]);
    expect(records).toHaveLength(jobcenter.length - 2);
    // What is kept of the row is bounded too.
    expect(JSON.stringify(rejections[0]!.raw).length).toBeLessThan(30 * MAX_FIELD_CHARS);
  });

  it('accepts a family name of exactly the bound', async () => {
    const { rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', jobcenterWith('J'.repeat(MAX_FIELD_CHARS)));
    expect(rejections).toEqual([]);
  });

  it('rejects a Jobcenter row with a NUL in a field, so it never reaches PostgreSQL', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', jobcenterWith('Ja\u0000ber'));
    expect(rejections).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_CONTROL_CHAR', field: 'Familienname', position: { file: 'jobcenter.csv', line: 2 } })]);
    expect(JSON.stringify(rejections[0]!.raw)).not.toContain('\\u0000');
    expect(records).toHaveLength(jobcenter.length - 2);
  });

  it('stops a Jobcenter file at a record of 50 MB with a clear error naming the line, without buffering it', async () => {
    const read = readAll(jobcenterAdapter, 'jobcenter.csv', jobcenterWith('J'.repeat(50 * 1024 * 1024)));
    await expect(read).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_RECORD_TOO_LARGE', message: expect.stringMatching(/^jobcenter\.csv line 2: /) });
  });

  it('rejects an ABH person whose family name is a megabyte long, and reads the next person', async () => {
    const xml = abh.replace('<familienname>Haddad</familienname>', `<familienname>${'H'.repeat(1024 * 1024)}</familienname>`);
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml', xml);
    expect(rejections).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_FIELD_TOO_LONG', field: 'familienname', position: expect.objectContaining({ file: 'abh.xml', element: 1 }) })]);
    expect(records.length).toBeGreaterThan(0);
  });

  it('stops an ABH file of two million unclosed elements with a clear error instead of building a tree that deep', async () => {
    const xml = abh.slice(0, abh.indexOf('<person>') + '<person>'.length) + '<a>'.repeat(2_000_000);
    const read = readAll(abhAdapter, 'abh.xml', xml);
    await expect(read).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_RECORD_TOO_LARGE', message: expect.stringContaining('deeper than 16') });
  });
});
