import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tenant } from '../generated/kim-types.js';
import { examplesDir } from '../paths.js';
import { candidateRecipients, isAddressedTo, responsibleAuthority } from './recipients.js';

const tenant = JSON.parse(readFileSync(path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json'), 'utf8')) as Tenant;

describe('responsibleAuthority', () => {
  it('sends a person living in Velbert to the Velbert ABH, which has its own Ausländerbehörde', () => {
    expect(responsibleAuthority(tenant, 'abh', '05158032')).toBe('ABH-05158032');
  });
  it('sends a person living in Erkrath to the Kreis ABH', () => {
    expect(responsibleAuthority(tenant, 'abh', '05158004')).toBe('ABH-05158');
  });
  it('sends every municipality of the Kreis to the one EBB', () => {
    expect(responsibleAuthority(tenant, 'ebb', '05158032')).toBe('EBB-05158');
  });
  it('finds no authority for a municipality outside the tenant, or for an unknown residence', () => {
    expect(responsibleAuthority(tenant, 'abh', '05111000')).toBeNull();
    expect(responsibleAuthority(tenant, 'abh', null)).toBeNull();
  });
});

describe('signal addressing', () => {
  it('sends the age deadline of § 25a to the case manager only', () => {
    expect(isAddressedTo('p25a.age_deadline', 'case_manager')).toBe(true);
    expect(isAddressedTo('p25a.age_deadline', 'abh_b3')).toBe(false);
  });
  it('sends § 10 StAG results to the EBB and never to the ABH', () => {
    expect(isAddressedTo('stag10.eligible', 'ebb_b3')).toBe(true);
    expect(isAddressedTo('stag10.eligible', 'abh_b3')).toBe(false);
  });
  it('sends the backlog warning to the EBB only', () => {
    expect(isAddressedTo('backlog.overdue', 'ebb_b3')).toBe(true);
    expect(isAddressedTo('backlog.overdue', 'case_manager')).toBe(false);
  });
  it('sends an unknown signal type to nobody', () => {
    expect(isAddressedTo('p99.unknown', 'case_manager')).toBe(false);
  });
});

describe('candidateRecipients', () => {
  it('lists each assigned case manager once, then the ABH and the EBB', () => {
    const consent = (caseManager: string | null) => ({ caseManager }) as never;
    expect(candidateRecipients({ consents: [consent('cm-2'), consent('cm-1'), consent('cm-2'), consent(null)], responsibleAbh: 'ABH-1', responsibleEbb: null })).toEqual([
      { role: 'case_manager', id: 'cm-1' },
      { role: 'case_manager', id: 'cm-2' },
      { role: 'abh_b3', id: 'ABH-1' },
    ]);
  });
});
