// The dry run: every stage of the hub as pure functions over a set of export files, with no
// Redis and no PostgreSQL, so municipal IT sees what the hub would signal before anything is stored.
import { kimIdsKeyedWith } from '../kim/pseudonym.js';
import path from 'node:path';
import { readExport } from '../../adapters/index.js';
import { mergeConsents } from '../../adapters/consent/index.js';
import { warningsOf } from '../../adapters/record.js';
import type { Position, Rejection, TenantRecord } from '../../adapters/types.js';
import type { Consent, DryRunOutput, OutputSignal, PersonRecord, Tenant } from '../generated/kim-types.js';
import { isKimError, KimError } from '../errors/registry.js';
import { link } from '../linkage/index.js';
import type { Policy } from '../consent/index.js';
import { loadPolicy } from '../policy-file.js';
import type { RulesSettings } from '../rules/index.js';
import type { KimDate } from '../kim/dates.js';
import { evaluatePerson } from './evaluate-person.js';

export interface Collected {
  records: PersonRecord[];
  consents: Consent[];
  tenants: TenantRecord[];
  rejections: Rejection[];
  unreadable: Array<{ file: string; code: string; message: string }>;
}

/** Reads every file through its adapter; bad records and unreadable files are collected, never thrown. */
export async function collect(files: string[]): Promise<Collected> {
  const out: Collected = { records: [], consents: [], tenants: [], rejections: [], unreadable: [] };
  for (const file of files) {
    try {
      for await (const item of readExport(file)) {
        if (item.type === 'rejection') out.rejections.push(item);
        else if (item.type === 'person_record') out.records.push(item);
        else if (item.type === 'consent') out.consents.push(item);
        else out.tenants.push(item);
      }
    } catch (e) {
      if (!isKimError(e)) throw e;
      out.unreadable.push({ file: path.basename(file), code: e.code, message: e.message });
    }
  }
  return out;
}

export interface DryRunOptions {
  stichtag: KimDate;
  tenant?: Tenant;
  policy?: Policy;
  settings?: Partial<RulesSettings>;
  /** the key of the kimIds (src/kim/pseudonym.ts); the command line passes offlinePseudonymKey() */
  pseudonymKey: string;
}

export function dryRun(collected: Collected, options: DryRunOptions): DryRunOutput {
  const tenant = options.tenant ?? collected.tenants[0]?.tenant;
  if (!tenant) throw new KimError('KIM_ERR_CLI_USAGE', 'no tenant: give --tenant FILE (the tenant configuration JSON)');
  const policy = options.policy ?? loadPolicy();
  const consents = mergeConsents(collected.consents).consents;
  const linked = link({ records: collected.records, consents }, { kimIdFor: kimIdsKeyedWith(options.pseudonymKey) });

  const signals: OutputSignal[] = [];
  for (const person of linked.persons) {
    const routed = evaluatePerson({
      person,
      consents: linked.consentsByKimId.get(person.kimId) ?? [],
      tenant,
      stichtag: options.stichtag,
      policy,
      ...(options.settings ? { settings: options.settings } : {}),
    });
    for (const { recipient, signal } of routed) {
      signals.push({
        type: signal.type,
        person: { kimId: person.kimId, azr: person.identity.identifiers.azr ?? null },
        recipient,
        from: signal.from,
        ...(signal.deadline ? { deadline: signal.deadline } : {}),
        lawVersion: signal.lawVersion,
        explanation: signal.explanation,
        conditions: signal.conditions.map((c) => ({
          id: c.id,
          outcome: c.outcome,
          citation: c.citation,
          explanation: c.explanation,
          ...(c.metFrom ? { metFrom: c.metFrom } : {}),
          ...(c.review?.length ? { review: c.review } : {}),
        })),
      });
    }
  }
  signals.sort((a, b) => (a.person.kimId + a.type + a.recipient.id).localeCompare(b.person.kimId + b.type + b.recipient.id));

  const review = [
    ...linked.review.map((r) => ({ code: r.code, reason: r.reason, records: r.records })),
    ...linked.unlinkedConsents.map((c) => ({ code: 'consent_unlinked', reason: 'consent matches no person in the exports', records: [{ source: 'consent', sourceRecordId: c.consentId }] })),
  ];
  const where = (p: Position, recordId: string | null) => `${p.line !== undefined ? `line ${p.line}` : `element ${p.element ?? '?'}`}${recordId ? ` (${recordId})` : ''}`;
  const rejected = [
    ...collected.unreadable.map((u) => ({ file: u.file, record: 'file', reason: u.message, code: u.code })),
    ...collected.rejections.map((r) => ({ file: r.position.file, record: where(r.position, r.recordId), reason: `${r.field ? `${r.field}: ` : ''}${r.reason}`, code: r.code })),
  ];
  const warnings = collected.records.flatMap(warningsOf).map((w) => ({ file: w.position.file, record: where(w.position, w.recordId), field: w.field, value: w.value, code: w.code }));
  return { stichtag: options.stichtag, signals, review, rejected, warnings };
}
