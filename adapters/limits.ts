// The bounds every reader holds a hostile export to: no field, record or nesting may grow memory
// without limit, and no character PostgreSQL cannot store (NUL) may get past the reader. A field
// or record over its bound is rejected with the file, line and field named; the value is cut.
import { RecordProblem } from './fields.js';
import type { XmlNode } from './xml/node.js';

/**
 * The longest field any export may carry, in characters. The longest real values are addresses
 * and free-text notes of a few hundred characters; a name of a thousand is no name.
 */
export const MAX_FIELD_CHARS = 1_000;
/** The longest CSV record (all its fields), in characters: the parser refuses to buffer more. */
export const MAX_CSV_RECORD_CHARS = 64 * 1024;
/** The deepest nesting of elements inside one XML record (the exports nest three or four deep). */
export const MAX_XML_DEPTH = 16;
/** The most elements one XML record may have (a person file has a few dozen). */
export const MAX_XML_RECORD_ELEMENTS = 5_000;

const NUL = '\x00';

/** The problem of one raw field, or null: a NUL character, or more than MAX_FIELD_CHARS. */
export function fieldProblem(field: string, value: string): RecordProblem | null {
  if (value.includes(NUL)) return new RecordProblem(field, clip(value), 'contains a NUL character', 'KIM_ERR_RECORD_CONTROL_CHAR');
  if (value.length > MAX_FIELD_CHARS) return new RecordProblem(field, clip(value), `is longer than ${MAX_FIELD_CHARS} characters`, 'KIM_ERR_RECORD_FIELD_TOO_LONG');
  return null;
}

/** The first field at fault among a row's cells, by column name. */
export function cellsProblem(cells: Record<string, string>): RecordProblem | null {
  for (const [field, value] of Object.entries(cells)) {
    const p = fieldProblem(field, value);
    if (p) return p;
  }
  return null;
}

/** A value cut to the field bound, NUL made visible: what may be kept of an over-long or broken field. */
export function clip(value: string, max = MAX_FIELD_CHARS): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return cut.includes(NUL) ? cut.replaceAll(NUL, '\uFFFD') : cut;
}

/**
 * The first field at fault in an XML record: an element's text or an attribute over the bound
 * (the record stream keeps one character more than the bound, so this sees it). Walked with a
 * stack, not recursion; the stream has bounded the depth and the element count already.
 */
export function treeProblem(root: XmlNode): RecordProblem | null {
  // Runs on every record of a city's export: the values are tested first, and a field's name is
  // only spelt out for one at fault (building it for every attribute cost a sixth of inspect).
  const stack: XmlNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (atFault(node.text)) return fieldProblem(node.name, node.text);
    for (const name in node.attrs) {
      const value = node.attrs[name]!;
      if (atFault(value)) return fieldProblem(`${node.name}/@${name}`, value);
    }
    for (const child of node.children) stack.push(child);
  }
  return null;
}

const atFault = (value: string): boolean => value.length > MAX_FIELD_CHARS || value.includes(NUL);
