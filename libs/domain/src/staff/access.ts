import type { StaffRole } from './staff';

// Who may do what (the access model of the back office).
export type Role = StaffRole | 'department';

export const ROLES: readonly Role[] = ['agent', 'supervisor', 'manager', 'gm_office', 'admin', 'department'];

/** Staff who see every case, reassign and confirm forwarding. */
export const SUPERVISORS_AND_UP: readonly Role[] = ['supervisor', 'manager', 'gm_office', 'admin'];

/** Every back-office role; department systems only reach their callbacks. */
export const STAFF_ROLES_ALL: readonly Role[] = ['agent', ...SUPERVISORS_AND_UP];

export interface Principal {
  /** `staff` for people (JWT) and their integration keys, `department` for department systems. */
  kind: 'staff' | 'department';
  /** Staff code (e.g. `AG-001`) or the department name; recorded as the actor of every change. */
  actor: string;
  role: Role;
  /** How the caller proved who it is. */
  via: 'token' | 'api-key' | 'cookie';
}

export function seesAllCases(principal: Principal): boolean {
  return SUPERVISORS_AND_UP.includes(principal.role);
}

/** Agents act on their own cases only; supervisors and up on any. */
export function mayActOnCase(principal: Principal, assignedAgent: string | null): boolean {
  return seesAllCases(principal) || (principal.role === 'agent' && assignedAgent === principal.actor);
}
