// Reads the policy file (config/policy.yaml) for the core, which parses and checks it
// (src/consent/policy.ts) but reads no disk itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Policy } from './generated/kim-types.js';
import { parsePolicy } from './consent/policy.js';
import { configDir } from './paths.js';

export const DEFAULT_POLICY_FILE = path.join(configDir, 'policy.yaml');

const cache = new Map<string, Policy>();

export function loadPolicy(file: string = DEFAULT_POLICY_FILE): Policy {
  let policy = cache.get(file);
  if (!policy) {
    policy = parsePolicy(readFileSync(file, 'utf8'), path.basename(file));
    cache.set(file, policy);
  }
  return policy;
}
