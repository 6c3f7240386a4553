// The tenant adapter: one JSON document describing a Kreis or kreisfreie Stadt — its
// municipalities, the ABH and EBB responsible for each AGS, and its users with their roles.
import type { Tenant } from '../../src/generated/kim-types.js';
import { KimError } from '../../src/errors/registry.js';
import { contentHash } from '../../src/kim/hash.js';
import { validator } from '../../src/schemas/registry.js';
import type { Adapter, AdapterInput, ReadItem, TenantRecord } from '../types.js';

// A tenant file is a few kilobytes; reading it whole is fine. The cap keeps a wrong file harmless.
const MAX_BYTES = 5 * 1024 * 1024;

async function* read(input: AdapterInput): AsyncGenerator<ReadItem<TenantRecord>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input.stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: larger than a tenant file can be (${MAX_BYTES} bytes)`);
    chunks.push(chunk as Buffer);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(
      Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch (e) {
    throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not a tenant file (${(e as Error).message})`);
  }
  const position = { file: input.file, line: 1 };
  const valid = validator<Tenant>('tenant.schema.json');
  if (!valid(doc)) {
    for (const err of valid.errors ?? []) {
      yield { type: 'rejection', source: 'tenant', position, recordId: null, field: err.instancePath || '/', code: 'KIM_ERR_RECORD_INVALID', reason: err.message ?? 'is invalid', value: null, raw: null };
    }
    return;
  }
  yield { type: 'tenant', position, contentHash: contentHash(doc), tenant: doc };
}

export const tenantAdapter: Adapter<TenantRecord> = { source: 'tenant', read };
