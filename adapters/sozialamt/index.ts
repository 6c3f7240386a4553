// The Sozialamt adapter: XML declared and encoded ISO-8859-15 (root SozExport), one <Fall> per case.
import { KimError } from '../../src/errors/registry.js';
import { parseGermanDate } from '../../src/kim/dates.js';
import { treeProblem } from '../limits.js';
import { rejection } from '../record.js';
import { xmlAdapter, type XmlFormat } from '../xml/xml-adapter.js';
import { mapSozialamtFall } from './mapping.js';

/** The header is the export date (SozExport/@Stand). */
export const sozialamtFormat: XmlFormat<string> = {
  source: 'sozialamt',
  options: { root: 'SozExport', record: 'Fall', formatName: 'a Sozialamt export' },
  header(attrs, file) {
    const stand = parseGermanDate(attrs.Stand ?? '');
    if (!stand.ok) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${file}: SozExport/@Stand is not a date (dd.mm.yyyy)`);
    return stand.date;
  },
  map(item, exportedAt, file) {
    const position = { file, line: item.kind === 'record' ? item.node.line : item.line, element: item.index };
    if (item.kind === 'broken') {
      return { type: 'rejection', source: 'sozialamt', position, recordId: item.partial?.attrs.Az ?? null, field: null, code: 'KIM_ERR_INPUT_XML_MALFORMED', reason: item.reason, value: null, raw: item.partial };
    }
    // Checked before mapping: the mapping must never see, nor the quarantine keep, an unbounded value.
    const problem = treeProblem(item.node);
    if (problem) return rejection('sozialamt', position, item.node.attrs.Az ?? null, problem, null);
    try {
      return mapSozialamtFall(item.node, exportedAt, position);
    } catch (e) {
      return rejection('sozialamt', position, item.node.attrs.Az ?? null, e, item.node);
    }
  },
};

export const sozialamtAdapter = xmlAdapter(sozialamtFormat);
