import { describe, expect, it } from 'vitest';
import { fromAdjective, fromDestatis, fromIso3, NATIONALITIES } from './nationality.js';

describe('the nationality code list', () => {
  it('maps the three spellings of Syrian to the same Destatis key 475', () => {
    expect(fromDestatis('475')?.iso3).toBe('SYR');
    expect(fromIso3('SYR')?.destatis).toBe('475');
    expect(fromAdjective('syrisch')?.destatis).toBe('475');
  });
  it('reads the Jobcenter adjective with its umlaut and in any case', () => {
    expect(fromAdjective('Türkisch')?.destatis).toBe('163');
  });
  it('knows stateless and unclarified in every code system', () => {
    expect(fromIso3('XXA')?.destatis).toBe('997');
    expect(fromIso3('XXX')?.destatis).toBe('998');
    expect(fromAdjective('ungeklärt')?.destatis).toBe('998');
  });
  it('gives undefined for a code it does not know, never a guess', () => {
    expect(fromDestatis('123')).toBeUndefined();
    expect(fromIso3('ABC')).toBeUndefined();
  });
  it('has no key twice', () => {
    for (const field of ['destatis', 'iso3', 'adjective'] as const) {
      expect(new Set(NATIONALITIES.map((n) => n[field])).size).toBe(NATIONALITIES.length);
    }
  });
});
