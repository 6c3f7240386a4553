// `kim-hub evaluate`: the rules on one linked person document, everything in it visible.
import { CATEGORIES, FACT_SOURCES } from '../generated/enums.js';
import type { KimPerson } from '../generated/kim-types.js';
import { KimError } from '../errors/registry.js';
import { describeErrors, validator } from '../schemas/registry.js';
import { evaluate, type Evaluation } from '../rules/index.js';

/**
 * The document is what its reader may see in full, so every source and category counts as
 * visible: an absent benefit record then means "none", as it would for a recipient who sees all.
 */
export function runEvaluate(json: string, stichtag: string): Evaluation & { kimId: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw new KimError('KIM_ERR_EVALUATION_INPUT', `not JSON: ${(e as Error).message}`);
  }
  const valid = validator<KimPerson>('kim-person.schema.json');
  if (!valid(doc)) throw new KimError('KIM_ERR_EVALUATION_INPUT', `not a KIM person: ${describeErrors(valid.errors).join('; ')}`);
  const result = evaluate({
    stichtag,
    birthDate: doc.identity.birthDate,
    facts: doc.facts,
    visibility: { categoriesBySource: Object.fromEntries(FACT_SOURCES.map((s) => [s, [...CATEGORIES]])) },
  });
  return { kimId: doc.kimId, ...result };
}
