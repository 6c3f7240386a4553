// The German table `kim-hub dry-run --format table` prints for a person at a terminal.
import type { DryRunOutput } from '../generated/kim-types.js';
import { toGermanDate } from '../kim/dates.js';

const OUTCOME: Record<string, string> = { met: 'erfüllt', not_met: 'nicht erfüllt', unknown: 'unbekannt', needs_review: 'prüfen' };

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (c ?? '').padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatDryRunTable(out: DryRunOutput): string {
  const parts: string[] = [`Stichtag: ${toGermanDate(out.stichtag)}`, ''];
  parts.push(`Signale (${out.signals.length})`);
  parts.push(
    table(
      ['Signal', 'Person (AZR)', 'Empfänger', 'ab', 'Frist', 'zu prüfen'],
      out.signals.map((s) => [
        s.type,
        s.person.azr ?? s.person.kimId,
        s.recipient.id,
        toGermanDate(s.from),
        s.deadline ? toGermanDate(s.deadline) : '',
        s.conditions
          .filter((c) => c.outcome === 'unknown' || c.outcome === 'needs_review')
          .map((c) => `${c.id} (${OUTCOME[c.outcome]})`)
          .join(', '),
      ]),
    ),
  );
  if (out.review.length) {
    parts.push('', `Zur Prüfung der Zusammenführung (${out.review.length})`);
    parts.push(
      table(
        ['Grund', 'Datensätze'],
        out.review.map((r) => [r.reason, r.records.map((x) => `${x.source}:${x.sourceRecordId}`).join(', ')]),
      ),
    );
  }
  if (out.rejected.length) {
    parts.push('', `Abgewiesene Datensätze (${out.rejected.length})`);
    parts.push(
      table(
        ['Datei', 'Datensatz', 'Fehler', 'Code'],
        out.rejected.map((r) => [r.file, r.record, r.reason, r.code]),
      ),
    );
  }
  if (out.warnings.length) {
    parts.push('', `Unbekannte Werte, Datensätze übernommen (${out.warnings.length})`);
    parts.push(
      table(
        ['Datei', 'Datensatz', 'Feld', 'Wert', 'Code'],
        out.warnings.map((w) => [w.file, w.record, w.field, w.value, w.code]),
      ),
    );
  }
  return parts.join('\n') + '\n';
}
