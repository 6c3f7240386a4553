// Stage 1, import: read one spooled export through its adapter; rejected records go to the
// quarantine, accepted ones into staged_batches (one JSON text per batch), each batch queued for
// the apply stage as soon as it is staged, so other workers apply while this one still reads.
// The last apply to finish queues the link job. Safe to run twice: reading is deterministic, so
// a retry stages the same batches under the same numbers and a batch already applied is skipped.
import { mergeConsents } from '../../../adapters/consent/index.js';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { abhFormat } from '../../../adapters/abh/index.js';
import { detectFileSource, readExport } from '../../../adapters/index.js';
import { sozialamtFormat } from '../../../adapters/sozialamt/index.js';
import { readXmlParallel } from '../../../adapters/xml/parallel.js';
import type { XmlFormat } from '../../../adapters/xml/xml-adapter.js';
import type { Consent, PersonRecord } from '../../generated/kim-types.js';
import type { NormalisedRecord, Rejection, Source } from '../../../adapters/types.js';
import { isKimError } from '../../errors/registry.js';
import type { Context } from '../context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import { queueLinkWhenApplied } from './apply.js';

export const BATCH_SIZE = 500;

/** Stages one batch: `items` are the records' JSON texts, joined into one JSON array. */
async function stage(ctx: Context, importId: string, batch: number, items: string[]): Promise<void> {
  // A retry may find the batch staged by the attempt before: same number, same content.
  await ctx.db.query('INSERT INTO staged_batches (import_id, batch, records) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [importId, batch, `[${items.join(',')}]`]);
  await ctx.queues.queue.apply.add('apply', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('apply', importId, batch) });
}

async function quarantine(ctx: Context, importId: string, rejections: Rejection[]): Promise<void> {
  if (!rejections.length) return;
  await ctx.db.query(
    `INSERT INTO quarantine (import_id, source, file_name, position, record_id, field, code, reason, raw)
     SELECT $1, q.source, q.file, q.position, q.record_id, q.field, q.code, q.reason, q.raw
       FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[])
         AS q(source, file, position, record_id, field, code, reason, raw)`,
    [
      importId,
      rejections.map((r) => r.source),
      rejections.map((r) => r.position.file),
      rejections.map((r) => JSON.stringify(r.position)),
      rejections.map((r) => r.recordId),
      rejections.map((r) => r.field),
      rejections.map((r) => r.code),
      rejections.map((r) => r.reason),
      rejections.map((r) => (r.raw === undefined ? null : JSON.stringify(r.raw))),
    ],
  );
}

// Large XML exports (a city's ABH snapshot) are mapped, validated and serialised on worker
// threads while this thread parses (adapters/xml/parallel.ts, the same path as `kim-hub inspect`);
// records then arrive as JSON lines that go into the staged batch without being parsed again.
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
const XML_FORMATS: Partial<Record<Source, XmlFormat<unknown>>> = { abh: abhFormat as XmlFormat<unknown>, sozialamt: sozialamtFormat as XmlFormat<unknown> };
const decoder = new TextDecoder();

/** KIM_IMPORT_WORKERS threads for every XML file (0: none), else cores - 1 for files of 8 MB and more. */
function xmlWorkers(bytes: number): number {
  const configured = process.env.KIM_IMPORT_WORKERS;
  if (configured !== undefined && configured !== '') return Math.max(0, Number(configured) || 0);
  return bytes >= PARALLEL_MIN_BYTES ? Math.max(1, availableParallelism() - 1) : 0;
}

type ImportItem = NormalisedRecord | Rejection | { type: 'lines'; lines: string[]; first: PersonRecord };

async function* importItems(file: string, given: Source | null): AsyncGenerator<ImportItem> {
  const source = given ?? (await detectFileSource(file));
  const format = XML_FORMATS[source];
  const workers = format ? xmlWorkers(statSync(file).size) : 0;
  // The worker module exists only in the built output; under the test runner the single-threaded path runs.
  const built = existsSync(fileURLToPath(new URL('../../../adapters/xml/parallel-worker.js', import.meta.url)));
  if (!format || workers === 0 || !built) {
    yield* readExport(file, { source });
    return;
  }
  for await (const item of readXmlParallel(format, { file: path.basename(file), stream: createReadStream(file, { highWaterMark: 256 * 1024 }) }, workers)) {
    if (!('ndjson' in item)) {
      yield item;
      continue;
    }
    const lines = decoder.decode(item.ndjson).split('\n').filter(Boolean);
    // One record per chunk is parsed, for the scope (source, authority, snapshot: the file's header).
    if (lines.length) yield { type: 'lines', lines, first: JSON.parse(lines[0]!) as PersonRecord };
  }
}

export async function runImport(ctx: Context, importId: string): Promise<void> {
  const row = (await ctx.db.query<{ spool_path: string; source: Source | null; file_name: string; status: string }>('SELECT spool_path, source, file_name, status FROM imports WHERE id = $1', [importId])).rows[0];
  if (!row) return; // deleted meanwhile: nothing to do
  if (row.status !== 'queued' && row.status !== 'reading') return queueLinkWhenApplied(ctx, importId); // read to the end before a crash
  await ctx.db.query('DELETE FROM quarantine WHERE import_id = $1', [importId]);
  await ctx.db.query("UPDATE imports SET status = 'reading' WHERE id = $1", [importId]);

  let read = 0;
  let accepted = 0;
  let batches = 0;
  let source: Source | null = row.source;
  let pending: string[] = [];
  const scopes = new Map<string, { source: string; authority: string | null; snapshot: string }>();
  let rejections: Rejection[] = [];
  // A fault of the file itself (it breaks off, say), reported as a rejection with the records before it kept.
  let fileError: { code: string; message: string } | null = null;
  const consents: Consent[] = [];
  try {
    for await (const item of importItems(row.spool_path, row.source)) {
      if (item.type === 'lines') {
        read += item.lines.length;
        accepted += item.lines.length;
        const r = item.first;
        source ??= r.source;
        scopes.set(`${r.source}|${r.authority ?? ''}|${r.snapshot}`, { source: r.source, authority: r.authority, snapshot: r.snapshot });
        for (const line of item.lines) {
          pending.push(line);
          if (pending.length >= BATCH_SIZE) {
            await stage(ctx, importId, batches++, pending);
            pending = [];
          }
        }
        continue;
      }
      read++;
      if (item.type === 'rejection') {
        source ??= item.source;
        if (item.code.startsWith('KIM_ERR_INPUT_')) fileError ??= { code: item.code, message: item.reason };
        rejections.push(item);
        if (rejections.length >= BATCH_SIZE) {
          await quarantine(ctx, importId, rejections);
          rejections = [];
        }
        continue;
      }
      accepted++;
      if (item.type === 'tenant') {
        source ??= 'tenant'; // the tenant is configuration (KIM_TENANT_FILE), not data: counted, not stored
        continue;
      }
      if (item.type === 'consent') {
        source ??= 'consent';
        consents.push(item);
        continue;
      }
      source ??= item.source;
      scopes.set(`${item.source}|${item.authority ?? ''}|${item.snapshot}`, { source: item.source, authority: item.authority, snapshot: item.snapshot });
      pending.push(JSON.stringify(item));
      if (pending.length >= BATCH_SIZE) {
        await stage(ctx, importId, batches++, pending);
        pending = [];
      }
    }
  } catch (e) {
    if (!isKimError(e)) throw e;
    // A file that breaks off (malformed XML) or cannot be read at all. Batches staged before the
    // fault may already be applied (apply runs while reading): they are valid records of the
    // export and stay, like the records `inspect` prints before a fault, so they are linked and
    // evaluated like any import, but nothing is closed (no scopes: a broken snapshot proves
    // nothing about what is missing). The import ends as failed, with the error.
    if (pending.length) await stage(ctx, importId, batches++, pending);
    await quarantine(ctx, importId, rejections);
    await ctx.db.query(
      "UPDATE imports SET status = 'applying', source = $2, error_code = $3, error = $4, records_read = $5, accepted = $6, rejected = $7, batches = $8, scopes = '[]' WHERE id = $1",
      [importId, source, e.code, e.message, read, accepted, read - accepted, batches],
    );
    return queueLinkWhenApplied(ctx, importId);
  }
  if (pending.length) await stage(ctx, importId, batches++, pending);
  // Consent files list one row per scope line: merged into one consent per id before staging.
  const merged = mergeConsents(consents).consents;
  for (let i = 0; i < merged.length; i += BATCH_SIZE) await stage(ctx, importId, batches++, merged.slice(i, i + BATCH_SIZE).map((c) => JSON.stringify(c)));
  await quarantine(ctx, importId, rejections);
  // A broken file closes nothing (no scopes): a snapshot cut off after its tenth person says
  // nothing about the others. It is linked and evaluated for what it held, and ends as failed.
  await ctx.db.query(
    "UPDATE imports SET status = 'applying', source = $2, records_read = $3, accepted = $4, rejected = $5, batches = $6, scopes = $7, error_code = $8, error = $9 WHERE id = $1",
    [importId, source, read, accepted, read - accepted, batches, JSON.stringify(fileError ? [] : [...scopes.values()]), fileError?.code ?? null, fileError?.message ?? null],
  );
  await queueLinkWhenApplied(ctx, importId);
}
