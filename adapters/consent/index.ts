// The consent adapter: the consents taken by case managers, CSV (UTF-8), one row per scope line.
import type { Consent } from '../../src/generated/kim-types.js';
import { csvAdapter } from '../csv/adapter.js';
import type { Adapter } from '../types.js';
import { CONSENT_COLUMNS, mapConsentRow } from './mapping.js';

export { mergeConsents, type ConsentConflict } from './merge.js';

export const consentAdapter: Adapter<Consent> = csvAdapter('consent', { name: 'a consent list', encoding: 'utf-8', columns: CONSENT_COLUMNS }, mapConsentRow, 'einwilligung_id');
