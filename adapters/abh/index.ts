// The ABH adapter: an XAusländer-like XML export (root abhExport), one <person> per person file.
import { KimError } from '../../src/errors/registry.js';
import { RecordProblem } from '../fields.js';
import { treeProblem } from '../limits.js';
import { rejection } from '../record.js';
import { childText } from '../xml/record-stream.js';
import { xmlAdapter, type XmlFormat } from '../xml/xml-adapter.js';
import { mapAbhPerson, readHeader, type AbhExportHeader } from './mapping.js';

export const abhFormat: XmlFormat<AbhExportHeader> = {
  source: 'abh',
  options: { root: 'abhExport', record: 'person', formatName: 'an ABH export' },
  header(attrs, file) {
    try {
      return readHeader(attrs, file);
    } catch (e) {
      const p = e as RecordProblem;
      throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${file}: ${p.field} ${p.reason}`);
    }
  },
  map(item, header, file) {
    const position = { file, line: item.kind === 'record' ? item.node.line : item.line, element: item.index };
    if (item.kind === 'broken') {
      const id = item.partial ? (childText(item.partial, 'aktenzeichen') ?? null) : null;
      return { type: 'rejection', source: 'abh', position, recordId: id, field: null, code: 'KIM_ERR_INPUT_XML_MALFORMED', reason: item.reason, value: null, raw: item.partial };
    }
    // Checked before mapping: the mapping must never see, nor the quarantine keep, an unbounded value.
    const problem = treeProblem(item.node);
    if (problem) return rejection('abh', position, childText(item.node, 'aktenzeichen') ?? null, problem, null);
    try {
      return mapAbhPerson(item.node, header, position);
    } catch (e) {
      return rejection('abh', position, childText(item.node, 'aktenzeichen') ?? null, e, item.node);
    }
  },
};

export const abhAdapter = xmlAdapter(abhFormat);
