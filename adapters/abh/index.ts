// The ABH adapter: an XAusländer-like XML export (root abhExport), one <person> per person file.
import type { PersonRecord } from '../../src/generated/kim-types.js';
import { KimError } from '../../src/errors/registry.js';
import { RecordProblem } from '../fields.js';
import { rejection } from '../record.js';
import type { Adapter, AdapterInput, ReadItem } from '../types.js';
import { childText, streamXmlRecords } from '../xml/record-stream.js';
import { mapAbhPerson, readHeader, type AbhExportHeader } from './mapping.js';

async function* read(input: AdapterInput): AsyncGenerator<ReadItem<PersonRecord>> {
  let header: AbhExportHeader | null = null;
  for await (const item of streamXmlRecords(input, { root: 'abhExport', record: 'person', formatName: 'an ABH export' })) {
    if (item.kind === 'root') {
      try {
        header = readHeader(item.attrs, input.file);
      } catch (e) {
        const p = e as RecordProblem;
        throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: ${p.field} ${p.reason}`);
      }
      continue;
    }
    const position = { file: input.file, line: item.kind === 'record' ? item.node.line : item.line, element: item.index };
    if (item.kind === 'broken') {
      const id = item.partial ? childText(item.partial, 'aktenzeichen') ?? null : null;
      yield { type: 'rejection', source: 'abh', position, recordId: id, field: null, code: 'KIM_ERR_INPUT_XML_MALFORMED', reason: item.reason, value: null, raw: item.partial };
      continue;
    }
    try {
      yield mapAbhPerson(item.node, header!, position);
    } catch (e) {
      yield rejection('abh', position, childText(item.node, 'aktenzeichen') ?? null, e, item.node);
    }
  }
}

export const abhAdapter: Adapter<PersonRecord> = { source: 'abh', read };
