// The Sozialamt adapter: XML declared and encoded ISO-8859-15 (root SozExport), one <Fall> per case.
import type { PersonRecord } from '../../src/generated/kim-types.js';
import { KimError } from '../../src/errors/registry.js';
import { parseGermanDate } from '../../src/kim/dates.js';
import { rejection } from '../record.js';
import type { Adapter, AdapterInput, ReadItem } from '../types.js';
import { streamXmlRecords } from '../xml/record-stream.js';
import { mapSozialamtFall } from './mapping.js';

async function* read(input: AdapterInput): AsyncGenerator<ReadItem<PersonRecord>> {
  let exportedAt = '';
  for await (const item of streamXmlRecords(input, { root: 'SozExport', record: 'Fall', formatName: 'a Sozialamt export' })) {
    if (item.kind === 'root') {
      const stand = parseGermanDate(item.attrs.Stand ?? '');
      if (!stand.ok) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: SozExport/@Stand "${item.attrs.Stand ?? ''}" is not a date (dd.mm.yyyy)`);
      exportedAt = stand.date;
      continue;
    }
    const position = { file: input.file, line: item.kind === 'record' ? item.node.line : item.line, element: item.index };
    if (item.kind === 'broken') {
      yield { type: 'rejection', source: 'sozialamt', position, recordId: item.partial?.attrs.Az ?? null, field: null, code: 'KIM_ERR_INPUT_XML_MALFORMED', reason: item.reason, value: null, raw: item.partial };
      continue;
    }
    try {
      yield mapSozialamtFall(item.node, exportedAt, position);
    } catch (e) {
      yield rejection('sozialamt', position, item.node.attrs.Az ?? null, e, item.node);
    }
  }
}

export const sozialamtAdapter: Adapter<PersonRecord> = { source: 'sozialamt', read };
