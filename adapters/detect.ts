// Tells the source of an export from its first bytes, so a file dropped into a folder needs no
// flag: the XML root element, the CSV header row, the shape of a JSON document, or a zip archive
// (XLSX, which only the EBB sends).
import iconv from 'iconv-lite';
import type { Source } from './types.js';

const ROOTS: Record<string, Source> = { abhExport: 'abh', SozExport: 'sozialamt' };
const HEADERS: Array<[string, Source]> = [
  ['Kundennummer;BG-Nummer;', 'jobcenter'],
  ['Antragsnummer;Eingangsdatum;', 'ebb'],
  ['einwilligung_id;', 'consent'],
];

/** How many bytes detection needs at most. */
export const DETECT_BYTES = 4096;

export function detectSource(head: Buffer): Source | null {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'ebb';
  // Latin-1 keeps every byte, so both Windows-1252 and UTF-8 headers can be matched on ASCII parts.
  const text = iconv
    .decode(head, 'latin1')
    .replace(/^(\xEF\xBB\xBF|\uFEFF)/, '')
    .trimStart();
  if (text.startsWith('<')) {
    const root = /<([A-Za-z_][\w.-]*)[\s>/]/.exec(
      text
        .replace(/<\?[\s\S]*?\?>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<!DOCTYPE[^>]*>/i, ''),
    );
    return root ? (ROOTS[root[1]!] ?? null) : null;
  }
  if (text.startsWith('{')) return /"authorities"\s*:/.test(text) && /"tenant"\s*:/.test(text) ? 'tenant' : null;
  for (const [prefix, source] of HEADERS) if (text.startsWith(prefix)) return source;
  return null;
}
