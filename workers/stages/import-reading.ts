// One import's reading, item by item: accepted records go into batches staged as soon as they are
// full, rejections into the quarantine (bounded per import), warnings beside it, consents merged
// at the end; a fault of the file itself ends the reading with the records before it kept.
import { mergeConsents } from '../../adapters/consent/index.js';
import { hasFlags, warningsOf } from '../../adapters/record.js';
import type { Rejection, Source, Warning } from '../../adapters/types.js';
import type { KimError } from '../../src/errors/registry.js';
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import type { ReadResult } from '../../src/store/imports.js';
import { insertWarnings } from '../../src/store/quarantine.js';
import type { Settings, StoreDeps } from '../deps.js';
import { writeQuarantine } from '../quarantine.js';
import type { ImportItem } from './import-items.js';

export const BATCH_SIZE = 500;

export type ReadingDeps = StoreDeps & Settings<'quarantineMaxRows'>;

export class ImportReading {
  private read = 0;
  private accepted = 0;
  private batches = 0;
  private pending: string[] = [];
  private readonly scopes = new Map<string, { source: string; authority: string | null; snapshot: string }>();
  private rejections: Rejection[] = [];
  private warnings: Warning[] = [];
  private warned = 0;
  private quarantined = 0;
  // A fault of the file itself: it breaks off (reported as a rejection, the records before it
  // kept) or cannot be read on (thrown).
  private fileError: { code: string; message: string } | null = null;
  private readonly consents: Consent[] = [];

  constructor(
    private readonly deps: ReadingDeps,
    private readonly importId: string,
    private readonly fileName: string,
    private source: Source | null,
    /** stages one batch (the records' JSON texts) and queues it for the apply stage */
    private readonly stage: (batch: number, items: string[]) => Promise<void>,
  ) {}

  /** Takes one item; false when the file is not read on (too many rejections). */
  async add(item: ImportItem): Promise<boolean> {
    if (item.type === 'lines') {
      this.read += item.lines.length;
      this.accepted += item.lines.length;
      for (const line of item.lines) await this.take(item.first, line);
      if (item.warnings.length) await this.warn(item.warnings);
      return true;
    }
    this.read++;
    if (item.type === 'rejection') return this.reject(item);
    this.accepted++;
    if (item.type === 'tenant') {
      this.source ??= 'tenant'; // the tenant is configuration (KIM_TENANT_FILE), not data: counted, not stored
    } else if (item.type === 'consent') {
      this.source ??= 'consent';
      this.consents.push(item);
    } else {
      if (hasFlags(item)) await this.warn(warningsOf(item));
      await this.take(item, JSON.stringify(item));
    }
    return true;
  }

  /** The file cannot be read on: a consent file that cannot be read to the end is not applied in part. */
  fail(e: KimError): void {
    this.fileError = { code: e.code, message: e.message };
    this.consents.length = 0;
  }

  /** Stages what is left, consents merged (one per id), and writes the quarantine and warnings. */
  async finish(): Promise<ReadResult> {
    if (this.pending.length) await this.stage(this.batches++, this.pending);
    const merged = mergeConsents(this.consents).consents;
    for (let i = 0; i < merged.length; i += BATCH_SIZE)
      await this.stage(
        this.batches++,
        merged.slice(i, i + BATCH_SIZE).map((c) => JSON.stringify(c)),
      );
    await writeQuarantine(this.deps, this.importId, this.rejections);
    await insertWarnings(this.deps.db, this.importId, this.warnings);
    return { source: this.source, read: this.read, accepted: this.accepted, batches: this.batches, scopes: [...this.scopes.values()], fileError: this.fileError, warned: this.warned };
  }

  private async take(record: PersonRecord, json: string): Promise<void> {
    this.source ??= record.source;
    this.scopes.set(`${record.source}|${record.authority ?? ''}|${record.snapshot}`, { source: record.source, authority: record.authority, snapshot: record.snapshot });
    this.pending.push(json);
    if (this.pending.length >= BATCH_SIZE) {
      await this.stage(this.batches++, this.pending);
      this.pending = [];
    }
  }

  private async warn(list: Warning[]): Promise<void> {
    this.warnings.push(...list);
    this.warned += list.length;
    if (this.warnings.length >= BATCH_SIZE) {
      await insertWarnings(this.deps.db, this.importId, this.warnings);
      this.warnings = [];
    }
  }

  private async reject(item: Rejection): Promise<boolean> {
    this.source ??= item.source;
    if (item.code.startsWith('KIM_ERR_INPUT_')) this.fileError ??= { code: item.code, message: item.reason };
    // The quarantine is bounded per import: a file that bad is stopped, not stored row by row.
    const max = this.deps.config.quarantineMaxRows;
    if (++this.quarantined > max) {
      this.read--;
      this.fileError = { code: 'KIM_ERR_IMPORT_TOO_MANY_REJECTIONS', message: `${this.fileName}: more than ${max} records rejected (KIM_QUARANTINE_MAX_ROWS); the file is not read on` };
      this.consents.length = 0; // as for a file that cannot be read to the end
      return false;
    }
    this.rejections.push(item);
    if (this.rejections.length >= BATCH_SIZE) {
      await writeQuarantine(this.deps, this.importId, this.rejections);
      this.rejections = [];
    }
    return true;
  }
}
