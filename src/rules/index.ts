// The law as code (docs/legal/RULES.md): pure functions from one recipient's view of a person to
// conditions, provision states and signals. See src/rules/README.md.
export { evaluate } from './evaluate.js';
export { backlogOverdueFrom } from './deadlines.js';
export { CONDITIONS, SIGNAL_CITATIONS, type ConditionId } from './conditions.js';
export { DEFAULT_SETTINGS, P104C_VERSIONS, P25A_VERSIONS, P25B_VERSIONS, naturalisationPending, PENDING_NATURALISATION_STATUSES, STAG10_VERSIONS, versionAt } from './law.js';
export { SIGNAL_TYPES } from './types.js';
export type { ConditionResult, Evaluation, FactRef, Outcome, Provision, ProvisionResult, ProvisionState, RuleSignal, RulesInput, RulesSettings, SignalType } from './types.js';
