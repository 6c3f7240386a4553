// `kim-hub inspect`: reads exports through their adapters and prints every normalised record as
// NDJSON on stdout, rejections and a per-file summary on stderr. Nothing is stored.
import path from 'node:path';
import type { Writable } from 'node:stream';
import { readExport } from '../../adapters/index.js';
import { formatRejection, type Source } from '../../adapters/types.js';
import { isKimError } from '../errors/registry.js';
import { EXIT } from './exit-codes.js';

export interface FileSummary {
  file: string;
  source: Source | null;
  read: number;
  accepted: number;
  rejected: number;
  /** set when the file could not be read at all */
  error?: { code: string; message: string };
}

export interface InspectOptions {
  source?: Source;
  /** where NDJSON records go; null to count only (the demo's summary) */
  out: Writable | null;
  err: Writable;
}

/** Writes to a stream and waits when its buffer is full, so a slow pipe never fills memory. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export async function inspectFile(file: string, options: InspectOptions): Promise<FileSummary> {
  const summary: FileSummary = { file: path.basename(file), source: options.source ?? null, read: 0, accepted: 0, rejected: 0 };
  try {
    for await (const item of readExport(file, options.source ? { source: options.source } : {})) {
      summary.read++;
      if (item.type === 'rejection') {
        summary.rejected++;
        summary.source = item.source;
        await write(options.err, `${formatRejection(item)} [${item.code}]\n`);
      } else {
        summary.accepted++;
        if (summary.source === null) summary.source = item.type === 'person_record' ? item.source : item.type;
        if (options.out) await write(options.out, `${JSON.stringify(item)}\n`);
      }
    }
  } catch (e) {
    if (!isKimError(e)) throw e;
    summary.error = { code: e.code, message: e.message };
    await write(options.err, `${summary.file}: ${e.message} [${e.code}]\n`);
  }
  return summary;
}

export function exitCodeFor(summaries: FileSummary[]): number {
  if (summaries.some((s) => s.error)) return EXIT.FILE_UNREADABLE;
  if (summaries.some((s) => s.rejected > 0)) return EXIT.SOME_REJECTED;
  return EXIT.OK;
}

export function formatSummary(summaries: FileSummary[]): string {
  const rows = summaries.map((s) =>
    [s.file, s.source ?? '?', String(s.read), String(s.accepted), String(s.rejected), s.error ? `unreadable: ${s.error.code}` : ''],
  );
  const header = ['file', 'source', 'read', 'accepted', 'rejected', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
