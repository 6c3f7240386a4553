// `kim-hub inspect`: reads exports through their adapters and prints every normalised record as
// NDJSON on stdout, rejections and a per-file summary on stderr. Nothing is stored.
import path from 'node:path';
import type { Writable } from 'node:stream';
import { detectFileSource, readExport } from '../../adapters/index.js';
import { hasFlags, warningsOf } from '../../adapters/record.js';
import { formatRejection, formatWarning, type NormalisedRecord, type Rejection, type Source, type Warning } from '../../adapters/types.js';
import { readXmlFileParallel } from '../../adapters/xml/parallel.js';
import { isKimError } from '../errors/registry.js';
import { EXIT } from './exit-codes.js';
import { cliSettings } from '../config.js';

export interface FileSummary {
  file: string;
  source: Source | null;
  read: number;
  accepted: number;
  rejected: number;
  /** values outside code lists in accepted records: the records are kept, each value is named on stderr */
  warnings: number;
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
async function write(out: Writable, text: string | Uint8Array): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

type InspectItem = { kind: 'ndjson'; ndjson: Uint8Array; records: number; source: Source; warnings: Warning[] } | { kind: 'record'; record: NormalisedRecord } | { kind: 'rejection'; rejection: Rejection };

function recordSource(record: NormalisedRecord): Source {
  return record.type === 'person_record' ? record.source : record.type;
}

/** The items of a file, from worker threads when that pays off (records then arrive as NDJSON lines). */
async function* items(file: string, source: Source | undefined): AsyncGenerator<InspectItem> {
  const resolved = source ?? (await detectFileSource(file));
  // Large XML exports are mapped on worker threads; KIM_INSPECT_WORKERS=N sets the threads for
  // every XML file whatever its size (the CLI tests compare both paths on the built binary).
  const parallel = readXmlFileParallel(file, resolved, cliSettings().inspectWorkers);
  if (parallel) {
    for await (const item of parallel) {
      yield 'ndjson' in item ? { kind: 'ndjson', ndjson: item.ndjson, records: item.records, source: resolved, warnings: item.warnings } : { kind: 'rejection', rejection: item };
    }
    return;
  }
  for await (const item of readExport(file, { source: resolved })) {
    yield item.type === 'rejection' ? { kind: 'rejection', rejection: item } : { kind: 'record', record: item };
  }
}

// Records are written in batches: one write per record made the write syscall the largest cost.
const BATCH_CHARS = 64 * 1024;

export async function inspectFile(file: string, options: InspectOptions): Promise<FileSummary> {
  const summary: FileSummary = { file: path.basename(file), source: options.source ?? null, read: 0, accepted: 0, rejected: 0, warnings: 0 };
  let batch = '';
  const flush = async () => {
    if (batch && options.out) await write(options.out, batch);
    batch = '';
  };
  const warn = async (warnings: Warning[]) => {
    if (!warnings.length) return;
    summary.warnings += warnings.length;
    await write(options.err, warnings.map((w) => `${formatWarning(w)} [${w.code}]\n`).join(''));
  };
  try {
    for await (const item of items(file, options.source)) {
      if (item.kind === 'rejection') {
        summary.read++;
        summary.rejected++;
        summary.source = item.rejection.source;
        await flush(); // keep stdout and stderr in file order for an operator reading both
        await write(options.err, `${formatRejection(item.rejection)} [${item.rejection.code}]\n`);
      } else if (item.kind === 'ndjson') {
        summary.read += item.records;
        summary.accepted += item.records;
        summary.source ??= item.source;
        await flush();
        if (options.out) await write(options.out, item.ndjson);
        await warn(item.warnings);
      } else {
        summary.read++;
        summary.accepted++;
        summary.source ??= recordSource(item.record);
        if (item.record.type === 'person_record' && hasFlags(item.record)) {
          await flush();
          await warn(warningsOf(item.record));
        }
        if (!options.out) continue;
        batch += `${JSON.stringify(item.record)}\n`;
        if (batch.length >= BATCH_CHARS) await flush();
      }
    }
    await flush();
  } catch (e) {
    await flush();
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
  const rows = summaries.map((s) => [s.file, s.source ?? '?', String(s.read), String(s.accepted), String(s.rejected), String(s.warnings), s.error ? `unreadable: ${s.error.code}` : '']);
  const header = ['file', 'source', 'read', 'accepted', 'rejected', 'warnings', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
