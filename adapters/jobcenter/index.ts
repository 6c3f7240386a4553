// The Jobcenter adapter: CSV `;`, Windows-1252, one row per person and SGB II benefit period.
import type { PersonRecord } from '../../src/generated/kim-types.js';
import { csvAdapter } from '../csv/adapter.js';
import type { Adapter } from '../types.js';
import { JOBCENTER_COLUMNS, mapJobcenterRow } from './mapping.js';

export const jobcenterAdapter: Adapter<PersonRecord> = csvAdapter('jobcenter', { name: 'a Jobcenter export', encoding: 'windows-1252', columns: JOBCENTER_COLUMNS }, mapJobcenterRow, 'Kundennummer');
