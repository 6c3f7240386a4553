// The adapters by source, and `readExport`, which opens a file, detects its source from its
// content unless told, and streams it through the right adapter.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { KimError } from '../src/errors/registry.js';
import { abhAdapter } from './abh/index.js';
import { consentAdapter } from './consent/index.js';
import { detectSource, DETECT_BYTES } from './detect.js';
import { ebbAdapter } from './ebb/index.js';
import { jobcenterAdapter } from './jobcenter/index.js';
import { sozialamtAdapter } from './sozialamt/index.js';
import { tenantAdapter } from './tenant/index.js';
import { READ_CHUNK, type Adapter, type ReadItem, type Source } from './types.js';

export const ADAPTERS: Readonly<Record<Source, Adapter>> = {
  abh: abhAdapter,
  jobcenter: jobcenterAdapter,
  sozialamt: sozialamtAdapter,
  ebb: ebbAdapter,
  consent: consentAdapter,
  tenant: tenantAdapter,
};

export function adapterFor(source: Source): Adapter {
  return ADAPTERS[source];
}

/** The source of a file from its first bytes, or a KimError saying it cannot be told. */
/** `name`: the file's name in messages, when it lies under another (an import's spool copy). */
export async function detectFileSource(file: string, name = path.basename(file)): Promise<Source> {
  const handle = await open(file, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${name}: cannot open (${e.code ?? e.message})`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(DETECT_BYTES), 0, DETECT_BYTES, 0);
    if (bytesRead === 0) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${name}: the file is empty`);
    const source = detectSource(buffer.subarray(0, bytesRead));
    if (!source) throw new KimError('KIM_ERR_INPUT_UNKNOWN_SOURCE', `${name}: not an export kim-hub knows (no known root element or header row); give --source if it is one`);
    return source;
  } finally {
    await handle.close();
  }
}

export async function* readExport(file: string, opts: { source?: Source; receivedAt?: string; name?: string } = {}): AsyncGenerator<ReadItem> {
  const name = opts.name ?? path.basename(file);
  const source = opts.source ?? (await detectFileSource(file, name));
  const receivedAt = opts.receivedAt ?? (await stat(file)).mtime.toISOString();
  yield* adapterFor(source).read({ file: name, stream: createReadStream(file, { highWaterMark: READ_CHUNK }), receivedAt });
}
