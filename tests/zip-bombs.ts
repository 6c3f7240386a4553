// Zip bombs for the tests of the XLSX bounds (issue 14, finding 3): deflated on the fly from a
// repeating pattern rather than committed as binaries.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EBB_COLUMNS } from '../adapters/ebb/mapping.js';

/** `bytes` of `pattern` repeated, as a stream: the bomb is never held in memory while it is built. */
export function repeated(pattern: string, bytes: number): Readable {
  const chunk = Buffer.from(pattern.repeat(Math.ceil((256 * 1024) / pattern.length)));
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const part = chunk.subarray(0, Math.min(chunk.length, left));
      left -= part.length;
      this.push(part);
    },
  });
}

export async function zipOf(parts: Array<[string, string | Buffer | Readable]>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A real EBB workbook whose xl/sharedStrings.xml comes first and unpacks to `bytes`. */
export async function sharedStringsBomb(bytes: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Anträge').addRow([...EBB_COLUMNS]);
  const real = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const head = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const parts: Array<[string, string | Buffer | Readable]> = [
    [
      'xl/sharedStrings.xml',
      Readable.from(
        (async function* () {
          yield Buffer.from(head);
          yield* repeated('<si><t>Antragsnummer</t></si>', bytes);
          yield Buffer.from('</sst>');
        })(),
      ),
    ],
  ];
  for (const name of Object.keys(real.files)) {
    if (name !== 'xl/sharedStrings.xml' && !real.files[name]!.dir) parts.push([name, await real.files[name]!.async('nodebuffer')]);
  }
  return zipOf(parts);
}
