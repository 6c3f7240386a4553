// The string formats the schemas use: ajv-formats' full set and kim-date. One object, shared by
// the ajv instances compiled at run time and by the validators compiled ahead of time
// (src/generated/validators.ts refers to it by name), so both check a format alike.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Format } from 'ajv';
import { parseKimDate } from '../kim/dates.js';

/** A KimDate that is a real calendar date (partial dates allowed): "2023-02-30" is refused. */
export const KIM_DATE_FORMAT = { type: 'string', validate: (s: string) => parseKimDate(s).ok } as const satisfies Format;

export const schemaFormats: Record<string, Format> = { ...fullFormats, 'kim-date': KIM_DATE_FORMAT };
