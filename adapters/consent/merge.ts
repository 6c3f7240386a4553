// Rows with the same einwilligung_id are one consent with several scope lines. Rows that
// disagree on who gave it or on its dates are not merged silently: the first row wins and the
// conflict is reported, so a case manager can correct the form's transcription.
import type { Consent } from '../../src/generated/kim-types.js';
import { contentHash } from '../../src/kim/hash.js';

export interface ConsentConflict {
  consentId: string;
  /** the field the rows disagree on */
  field: 'person' | 'givenOn' | 'validUntil' | 'withdrawnOn' | 'caseManager' | 'evidence';
  positions: Consent['position'][];
}

const SAME: ConsentConflict['field'][] = ['person', 'givenOn', 'validUntil', 'withdrawnOn', 'caseManager', 'evidence'];

export function mergeConsents(rows: Consent[]): { consents: Consent[]; conflicts: ConsentConflict[] } {
  const byId = new Map<string, Consent[]>();
  for (const row of rows) byId.set(row.consentId, [...(byId.get(row.consentId) ?? []), row]);
  const consents: Consent[] = [];
  const conflicts: ConsentConflict[] = [];
  for (const [consentId, group] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const [first, ...rest] = group;
    for (const field of SAME) {
      const differing = rest.filter((r) => JSON.stringify(r[field]) !== JSON.stringify(first![field]));
      if (differing.length) conflicts.push({ consentId, field, positions: [first!.position, ...differing.map((r) => r.position)] });
    }
    const merged: Consent = { ...first!, scope: group.flatMap((r) => r.scope) };
    const { position: _p, contentHash: _h, ...content } = merged;
    consents.push({ ...merged, contentHash: contentHash(content) });
  }
  return { consents, conflicts };
}
