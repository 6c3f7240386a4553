// Issue 18: exceljs keeps the text that follows a cell value until the next value opens; the
// counter of that text must agree with exceljs on where a value opens, whatever the chunks.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ebbAdapter } from './index.js';
import { EBB_COLUMNS } from './mapping.js';
import { boundValueText, SHARED_STRING_VALUES, SHEET_VALUES, ValueTextCounter, type ValueTextBounds } from './value-text.js';
import { sheetsFirstWorkbook } from '../test-helpers.js';

const small: ValueTextBounds = { bytes: 100, stretches: 5 };

/** The counter's bytes and stretches after `xml`, fed in chunks of `size` bytes; null once over `small`. */
function count(xml: string, size = xml.length, values = SHEET_VALUES): { bytes: number; stretches: number } | null {
  const counter = new ValueTextCounter(values);
  const bytes = Buffer.from(xml);
  for (let at = 0; at < bytes.length; at += size) if (!counter.take(bytes.subarray(at, at + size), small)) return null;
  return { bytes: counter.bytes, stretches: counter.stretches };
}

describe('the text between two cell values', () => {
  it('counts the stretches and bytes of text after the last value, the whitespace between elements included', () => {
    expect(count('<c><v>12</v></c>\n<x/>\n<x/> ')).toEqual({ bytes: 5, stretches: 4 });
  });

  it('starts again when a value element opens, also an empty one, and not when one closes', () => {
    expect(count('<v>1</v> <x/> <v/>ab')).toEqual({ bytes: 2, stretches: 1 });
    expect(count('<c t="inlineStr"><is><t>Demir</t></is></c> ')).toEqual({ bytes: 6, stretches: 2 });
    expect(count('<v>1</v>\n</v>\n</row>\n')).toEqual({ bytes: 4, stretches: 4 });
  });

  it('is the same whichever bytes the chunks end at', () => {
    const xml = '<row r="2"><c r="A2"><v>12</v></c></row> <x a=">"/> <!-- <v> --> <![CDATA[<v>]]> <is>abc';
    const whole = count(xml);
    for (const size of [1, 2, 3, 5, 7]) expect(count(xml, size)).toEqual(whole);
  });

  it('does not start again at a value inside a comment or a CDATA section, which exceljs does not see as one', () => {
    expect(count(`<v>1</v>${' <!-- <v> -->'.repeat(3)}`)).toEqual({ bytes: 4, stretches: 4 });
    expect(count('<v>1</v> <![CDATA[ <v> ]]> <t')).toEqual({ bytes: 3, stretches: 3 });
  });

  it('in the shared strings starts again at each string and each run of rich text', () => {
    expect(count('<si><t>a</t></si>\n<si><r><t>b</t></r> ', undefined, SHARED_STRING_VALUES)).toEqual({ bytes: 2, stretches: 2 });
  });

  it('is refused past the bound, by pieces of text or by bytes', () => {
    expect(count('<v>1</v>' + '\n<x/>'.repeat(4))).toEqual({ bytes: 5, stretches: 5 });
    expect(count('<v>1</v>' + '\n<x/>'.repeat(5))).toBeNull();
    expect(count('<v>' + 'x'.repeat(100))).toEqual({ bytes: 100, stretches: 1 });
    expect(count('<v>' + 'x'.repeat(50) + '<x/>' + 'x'.repeat(51))).toBeNull();
  });

  it('refuses the part with KIM_ERR_INPUT_XLSX_TOO_LARGE, naming file and part and no text of it', async () => {
    const read = async () => {
      for await (const _ of boundValueText(Readable.from([Buffer.from('<v>1</v>'), Buffer.from('\n<x/>Zq'.repeat(6))]), SHEET_VALUES, 'ebb.xlsx', 'xl/worksheets/sheet1.xml', small)) void _;
    };
    await expect(read()).rejects.toMatchObject({
      code: 'KIM_ERR_INPUT_XLSX_TOO_LARGE',
      message: 'ebb.xlsx: not read, the workbook unpacks to more than the hub reads (the part "xl/worksheets/sheet1.xml" has more than 5 pieces of text between two cell values)',
    });
  });

  it('leaves a workbook whose sheet precedes its shared strings (read from a temporary file) as it was', async () => {
    let n = 0;
    for await (const _ of ebbAdapter.read({ file: 'ebb.xlsx', stream: Readable.from([await sheetsFirstWorkbook(EBB_COLUMNS, 20)]) })) n++;
    expect(n).toBe(20);
  });
});
