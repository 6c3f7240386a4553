// What routing an evaluation changes: a batch's new signals against the active ones, per person
// and recipient. New → created; unchanged → nothing, so nobody is alerted twice; no longer
// holding → withdrawn; a changed date or explanation → updated without a new alert. Pure: the
// route stage (workers/stages/route.ts) reads the active signals and writes the result.
import { createHash } from 'node:crypto';

/** A signal as evaluation routed it to one recipient (src/pipeline/evaluate-person.ts, RoutedSignal). */
export interface RoutedSignalLike {
  recipient: { role: string; id: string };
  signal: { type: string; from: string; deadline?: string | null; lawVersion: string; explanation: string; conditions: unknown };
}

/** One person's signals from an evaluation. */
export interface PersonSignals {
  kimId: string;
  signals: RoutedSignalLike[];
}

/** A signal not withdrawn, as stored. */
export interface ActiveSignal {
  id: string;
  kim_id: string;
  type: string;
  recipient_id: string;
  fingerprint: string;
}

export interface NewSignal {
  kimId: string;
  type: string;
  role: string;
  recipientId: string;
  from: string;
  deadline: string | null;
  lawVersion: string;
  explanation: string;
  /** the conditions as JSON text */
  conditions: string;
  fingerprint: string;
}

/** What makes two versions of a signal the same: hashed field by field, no re-serialisation. */
export function fingerprint(s: { from: string; deadline: string | null; lawVersion: string; explanation: string; conditions: string }): string {
  const h = createHash('sha256');
  for (const part of [s.from, s.deadline ?? '', s.lawVersion, s.explanation]) h.update(part).update('\u0000');
  return h.update(s.conditions).digest('hex');
}

export interface SignalDiff {
  inserts: NewSignal[];
  updates: Array<NewSignal & { id: string }>;
  /** ids of the active signals to withdraw */
  withdrawn: string[];
}

/**
 * The difference for the persons in `fresh` (those whose evaluation is the newest routed): a
 * signal is one per person, type and recipient (the first of duplicates counts); `active` are
 * the stored signals of exactly those persons.
 */
export function signalDiff(results: readonly PersonSignals[], fresh: ReadonlySet<string>, active: readonly ActiveSignal[]): SignalDiff {
  const byKey = new Map(active.map((a) => [`${a.kim_id}|${a.type}|${a.recipient_id}`, a]));
  const diff: SignalDiff = { inserts: [], updates: [], withdrawn: [] };
  const seen = new Set<string>();
  for (const { kimId, signals } of results) {
    if (!fresh.has(kimId)) continue;
    for (const { recipient, signal } of signals) {
      const k = `${kimId}|${signal.type}|${recipient.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const fields = { from: signal.from, deadline: signal.deadline ?? null, lawVersion: signal.lawVersion, explanation: signal.explanation, conditions: JSON.stringify(signal.conditions) };
      const s: NewSignal = { kimId, type: signal.type, role: recipient.role, recipientId: recipient.id, ...fields, fingerprint: fingerprint(fields) };
      const existing = byKey.get(k);
      if (!existing) diff.inserts.push(s);
      else if (existing.fingerprint !== s.fingerprint) diff.updates.push({ ...s, id: existing.id });
    }
  }
  diff.withdrawn = active.filter((a) => !seen.has(`${a.kim_id}|${a.type}|${a.recipient_id}`)).map((a) => a.id);
  return diff;
}
