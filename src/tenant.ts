// The tenant file (municipalities, responsible ABH/EBB per AGS, users): read and validated once.
import { readFileSync } from 'node:fs';
import type { Tenant } from './generated/kim-types.js';
import { KimError } from './errors/registry.js';
import { describeErrors, validator } from './schemas/registry.js';

export function loadTenant(file: string): Tenant {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KimError('KIM_ERR_CONFIG_INVALID', `tenant file ${file}: ${(e as Error).message}`);
  }
  const valid = validator<Tenant>('tenant.schema.json');
  if (!valid(doc)) throw new KimError('KIM_ERR_CONFIG_INVALID', `tenant file ${file}: ${describeErrors(valid.errors).join('; ')}`);
  return doc;
}
