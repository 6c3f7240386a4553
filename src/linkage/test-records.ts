// Records for the linkage tests (src/linkage, tests/relink-blocks): identity only, no facts, and
// the samples' persons and merged consents as an import would read them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { mergeConsents } from '../../adapters/consent/index.js';
import { readExport } from '../../adapters/index.js';
import { SAMPLES } from '../../adapters/test-helpers.js';
import type { Consent, PersonRecord } from '../generated/kim-types.js';
import { nameKey } from '../kim/names.js';

/** A maker of identity-only records numbered in the order made, their ids `${idPrefix(source)}-${n}`. */
export function identityRecords(idPrefix: (source: PersonRecord['source']) => string = (source) => source) {
  let n = 0;
  return (source: PersonRecord['source'], family: string, given: string, birthDate: string | null, azr?: string): PersonRecord => {
    n++;
    return {
      type: 'person_record',
      source,
      authority: null,
      sourceRecordId: `${idPrefix(source)}-${n}`,
      exportedAt: '2026-11-20',
      snapshot: 'full',
      position: { file: 'f', line: n },
      contentHash: String(n).padStart(64, '0'),
      person: { identifiers: azr ? { azr } : {}, familyName: family, givenNames: given, nameKey: nameKey(family, given), birthDate, sex: null, nationalities: [], residence: null },
      facts: [],
    };
  };
}

/** Every person record of the sample exports, and their consents merged as the import merges them. */
export async function sampleRecordsAndConsents(): Promise<{ records: PersonRecord[]; consents: Consent[] }> {
  const records: PersonRecord[] = [];
  const consents: Consent[] = [];
  for (const f of readdirSync(SAMPLES).filter((x) => /\.(xml|csv)$/.test(x))) {
    for await (const item of readExport(path.join(SAMPLES, f))) {
      if (item.type === 'person_record') records.push(item);
      if (item.type === 'consent') consents.push(item);
    }
  }
  return { records, consents: mergeConsents(consents).consents };
}
