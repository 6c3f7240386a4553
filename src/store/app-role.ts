// The name rules of the least-privilege role the hub runs as (src/store/roles.ts creates it);
// apart from roles.ts so that the command line can name them without loading pg.
export const DEFAULT_APP_ROLE = 'kim_app';

export function appRoleNameProblem(role: string): string | null {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(role) ? null : 'a role name is lower-case letters, digits and _ (at most 63)';
}
