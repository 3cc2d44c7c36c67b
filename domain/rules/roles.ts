import type { Role } from '../model';

/** Which Partner Center roles may carry out each procedure (SPEC.md, "People and roles"). */
export const PROCEDURE_ROLES = {
  'isv-licensing': ['Global admin', 'Account admin'],
  'buy-software': ['Admin agent', 'Global admin'],
  subscriptions: ['Admin agent', 'Sales agent', 'Global admin'],
  'azure-management': ['Admin agent', 'Global admin'],
  'keys-and-downloads': ['Admin agent'],
  'cancel-software-purchase': ['Admin agent'],
  'activity-log': ['Global admin', 'Account admin', 'Referral admin', 'Marketing content admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PROCEDURE_ROLES;

export type RoleCheck = { allowed: true } | { allowed: false; needed: readonly Role[] };

/** `permission`: one of the role sets above, or the roles themselves. */
export function checkRoles(userRoles: readonly Role[], permission: Permission | readonly Role[]): RoleCheck {
  const needed: readonly Role[] = typeof permission === 'string' ? PROCEDURE_ROLES[permission] : permission;
  return needed.some((r) => userRoles.includes(r)) ? { allowed: true } : { allowed: false, needed };
}
