// Who may see what: consents and the statutory bases of the policy file.
export { consentActiveOn, decideDataFlow, type Basis, type Decision, type DenyReason, type Flow, type PersonContext, type Recipient } from './decide.js';
export { visibleFacts, type Visible } from './visible.js';
export { decideOutreach, OUTREACH_CATEGORIES, type OutreachDecision } from './outreach.js';
export { parsePolicy } from './policy.js';
export { retention, statutorySources, type Retention } from './retention.js';
export type { Policy } from '../generated/kim-types.js';
