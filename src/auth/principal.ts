// Who is asking: a person signed in at the identity provider, or an office's export job with
// an API key. Roles and authorities come from the tenant file, which the coordinating office
// maintains; the identity provider only says who someone is and for which tenant.
import { ROLES } from '../generated/enums.js';
import type { Tenant } from '../generated/kim-types.js';

export { ROLES };
/** A person's role in the tenant file (the schema's Role, as the enum list the tenant file is checked against). */
export type UserRole = (typeof ROLES)[number];

export type Principal =
  | {
      kind: 'user';
      subject: string;
      tenant: string;
      /** null: known to the identity provider, but not a user of this hub's tenant: sees nothing here */
      role: UserRole | null;
      /** the ABH or EBB an abh_b3 / ebb_b3 user works for */
      authority: string | null;
    }
  | {
      kind: 'api_key';
      keyId: string;
      tenant: string;
      scopes: string[];
      /** what an import key may deliver (src/auth/access.ts, deliveryRefusal) */
      sources: string[];
      authority: string | null;
    };

/** The principal for a verified token's subject and tenant claim, as this hub's tenant file knows them. */
export function userPrincipal(tenant: Tenant, subject: string, tenantClaim: string): Principal {
  const user = tenantClaim === tenant.tenant ? tenant.users.find((u) => u.id === subject) : undefined;
  const role = user && (ROLES as readonly string[]).includes(user.role) ? (user.role as UserRole) : null;
  return { kind: 'user', subject, tenant: tenantClaim, role, authority: user?.authority ?? null };
}

/** The id the audit log records as actor. */
export const actorOf = (p: Principal): string => (p.kind === 'user' ? p.subject : `api_key:${p.keyId}`);
