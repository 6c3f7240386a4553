// What the import stage reads from a spooled export: its items through the source's adapter
// (large XML exports mapped on worker threads, as `kim-hub inspect` does), each item's scope, and
// the file's hash for recognising an unchanged re-delivery.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectFileSource, readExport } from '../../adapters/index.js';
import type { NormalisedRecord, Rejection, Source, Warning } from '../../adapters/types.js';
import { readXmlFileParallel } from '../../adapters/xml/parallel.js';
import type { PersonRecord } from '../../src/generated/kim-types.js';
import { projectRoot } from '../../src/paths.js';

// Large XML exports (a city's ABH snapshot) are mapped, validated and serialised on worker
// threads while this thread parses (the same path as `kim-hub inspect`); records then arrive as
// JSON lines that go into the staged batch without being parsed again.
const decoder = new TextDecoder();

export type ImportItem = NormalisedRecord | Rejection | { type: 'lines'; lines: string[]; first: PersonRecord; warnings: Warning[] };

/**
 * The spooled `file`, named in every message as it was received (`name`). `threads`
 * (KIM_IMPORT_WORKERS) sets the threads for every XML file (0: none); null: by size.
 */
export async function* importItems(file: string, name: string, given: Source | null, threads: string | null): AsyncGenerator<ImportItem> {
  const source = given ?? (await detectFileSource(file, name));
  const parallel = readXmlFileParallel(file, source, threads ?? undefined, name);
  if (!parallel) {
    yield* readExport(file, { source, name });
    return;
  }
  for await (const item of parallel) {
    if (!('ndjson' in item)) {
      yield item;
      continue;
    }
    const lines = decoder.decode(item.ndjson).split('\n').filter(Boolean);
    // One record per chunk is parsed, for the scope (source, authority, snapshot: the file's header).
    if (lines.length) yield { type: 'lines', lines, first: JSON.parse(lines[0]!) as PersonRecord, warnings: item.warnings };
  }
}

/** Source and authority of what an item would store; none for a rejection (it stores nothing). */
export function scopeOf(item: ImportItem): { source: string; authority: string | null } | null {
  if (item.type === 'lines') return { source: item.first.source, authority: item.first.authority };
  if (item.type === 'person_record') return { source: item.source, authority: item.authority };
  return item.type === 'rejection' ? null : { source: item.type, authority: null }; // consent, tenant
}

// The reader's version is part of a file's hash: a new kim-hub may normalise the same bytes
// differently, and then its first import of an unchanged file must read it again.
const READER_VERSION = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

export async function fileHash(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer);
  return `${h.digest('hex')}:${READER_VERSION}`;
}
