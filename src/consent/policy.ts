// Parses the policy file (config/policy.yaml; read by src/policy-file.ts) and checks it against its
// schema at start, so a mistyped entry stops the hub with a clear message instead of silently
// allowing or denying.
import { parse } from 'yaml';
import type { Policy } from '../generated/kim-types.js';
import { KimError } from '../errors/registry.js';
import { describeErrors, validator } from '../schemas/registry.js';

export function parsePolicy(text: string, file = 'policy.yaml'): Policy {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new KimError('KIM_ERR_CONFIG_INVALID', `${file}: not YAML (${(e as Error).message})`);
  }
  const valid = validator<Policy>('policy.schema.json');
  if (!valid(doc)) throw new KimError('KIM_ERR_CONFIG_INVALID', `${file}: ${describeErrors(valid.errors).join('; ')}`);
  // A campaign list without a legal basis or consent would be processing without one: refuse to start.
  if (doc.outreach?.enabled && !doc.outreach.statutoryBasis && !doc.outreach.consentPurpose) throw new KimError('KIM_ERR_CONFIG_INVALID', `${file}: outreach is enabled but names neither a statutoryBasis nor a consentPurpose`);
  return doc;
}
