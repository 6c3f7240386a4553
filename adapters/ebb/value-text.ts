// A bound on the text exceljs keeps between two cell values. Its readers append every text of the
// XML to the value read last (the worksheet's `current.text += value`, the shared strings'
// `text + value`) until the next value element opens, the whitespace between the elements that
// follow included. A sheet of `<x/>` and line breaks grew that one string by a piece per 25 bytes
// until a 256 MB heap ran out, long before the part's bound on its unpacked bytes (issue 18;
// docs/performance.md). The XML exceljs parses passes through a counter of that text first.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { KimError } from '../../src/errors/registry.js';

const MiB = 1024 * 1024;

export interface ValueTextBounds {
  /** bytes of text since the last value element opened: a cell holds at most 32,767 characters, some 160 KB of XML with entities */
  bytes: number;
  /**
   * stretches of text between two tags since then: in Excel's XML there is none outside a value,
   * in a pretty-printed export one per element, a few between two values. A hundred thousand
   * elements without a value (empty rows, say) is no export, and keeps what exceljs holds to a
   * few MB (a piece of a string each); a bomb is refused after a few MB of its XML.
   */
  stretches: number;
}

export const VALUE_TEXT_BOUNDS: ValueTextBounds = { bytes: MiB, stretches: 100_000 };

/** The elements whose opening starts a new value in exceljs's readers. */
export const SHEET_VALUES: ReadonlySet<string> = new Set(['f', 'v', 'is', 't']);
export const SHARED_STRING_VALUES: ReadonlySet<string> = new Set(['si', 't']);

const Mode = { Text: 0, Name: 1, Tag: 2, Comment: 3, Cdata: 4 } as const;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Counts, byte by byte, the text since the last opening of a value element. Comments and CDATA
 * are skipped whole, so a `<v>` inside them does not reset the count (exceljs sees no element
 * there); a ">" inside an attribute value ends the tag early here, which only counts more.
 */
export class ValueTextCounter {
  private mode: number = Mode.Text;
  private name = '';
  private inStretch = false;
  /** consecutive "-" or "]" before a ">" that may end a comment or CDATA section */
  private run = 0;
  bytes = 0;
  stretches = 0;

  constructor(private readonly values: ReadonlySet<string>) {}

  /** Counts `chunk`; false once the bounds are passed. */
  take(chunk: Buffer, bounds: ValueTextBounds): boolean {
    for (let i = 0; i < chunk.length; i++) {
      if (this.mode === Mode.Text) {
        // Text and the inside of a tag are skipped to their end, not walked byte by byte.
        const lt = chunk.indexOf(LT, i);
        const end = lt < 0 ? chunk.length : lt;
        if (end > i) {
          if (!this.inStretch && ++this.stretches > bounds.stretches) return false;
          this.inStretch = true;
          if ((this.bytes += end - i) > bounds.bytes) return false;
        }
        if (lt < 0) return true;
        this.mode = Mode.Name;
        this.name = '';
        this.inStretch = false;
        i = lt;
      } else if (this.mode === Mode.Tag) {
        const gt = chunk.indexOf(GT, i);
        if (gt < 0) return true;
        this.mode = Mode.Text;
        i = gt;
      } else if (this.mode === Mode.Name) this.readName(chunk[i]!);
      else {
        const b = chunk[i]!;
        if (b === GT && this.run >= 2) this.mode = Mode.Text;
        this.run = b === (this.mode === Mode.Comment ? 0x2d : 0x5d) ? this.run + 1 : 0;
      }
    }
    return true;
  }

  private readName(b: number): void {
    if (b === GT || isSpace(b) || (b === SLASH && this.name !== '')) {
      // A closing tag's name starts with "/", so only an opening (or empty) value element resets.
      if (this.values.has(this.name)) this.bytes = this.stretches = 0;
      this.mode = b === GT ? Mode.Text : Mode.Tag;
      return;
    }
    this.name += String.fromCharCode(b);
    this.run = 0;
    if (this.name === '!--') this.mode = Mode.Comment;
    else if (this.name === '![CDATA[') this.mode = Mode.Cdata;
    else if (this.name.length > 8) this.mode = Mode.Tag;
  }
}

/**
 * The chunks of `source` as they are, refused with KIM_ERR_INPUT_XLSX_TOO_LARGE (naming file and
 * part) once the text since the last value passes `bounds`.
 */
export async function* boundValueText(source: AsyncIterable<Buffer | string>, values: ReadonlySet<string>, file: string, part: string, bounds = VALUE_TEXT_BOUNDS): AsyncGenerator<Buffer> {
  const counter = new ValueTextCounter(values);
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!counter.take(bytes, bounds)) {
      const what = counter.bytes > bounds.bytes ? `more than ${bounds.bytes / MiB} MiB of text` : `more than ${bounds.stretches.toLocaleString('en')} pieces of text`;
      // The part's name is the archive's, not personal data; the text itself is never repeated.
      throw new KimError('KIM_ERR_INPUT_XLSX_TOO_LARGE', `${file}: not read, the workbook unpacks to more than the hub reads (the part ${JSON.stringify(part.slice(0, 100))} has ${what} between two cell values)`);
    }
    yield bytes;
  }
}

/** The parts of exceljs's streaming reader the bound reaches into (exceljs 4.4, lib/stream/xlsx). */
interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}
interface SheetInternals {
  id: string;
  iterator: AsyncIterable<Buffer>;
}

/** Bounds the text of the shared strings `reader` will read (it reads xl/sharedStrings.xml with `_parseSharedStrings`). */
export function boundSharedStrings(reader: ExcelJS.stream.xlsx.WorkbookReader, file: string): void {
  const internals = reader as unknown as ReaderInternals;
  const parse = internals._parseSharedStrings;
  internals._parseSharedStrings = function (entry) {
    return parse.call(this, Readable.from(boundValueText(entry, SHARED_STRING_VALUES, file, 'xl/sharedStrings.xml')));
  };
}

/** Bounds the text of `sheet`, before it is read (it reads its part from `iterator`). */
export function boundSheet(sheet: ExcelJS.stream.xlsx.WorksheetReader, file: string): void {
  const internals = sheet as unknown as SheetInternals;
  internals.iterator = boundValueText(internals.iterator, SHEET_VALUES, file, `xl/worksheets/sheet${internals.id}.xml`);
}
