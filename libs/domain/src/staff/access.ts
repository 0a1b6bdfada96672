import type { StaffRole } from './staff';

// Who may do what (the access model of the back office). The README's permission matrix lists it
// route by route; test/e2e/permission-matrix.spec.ts checks it over HTTP.
export type Role = StaffRole | 'department';

export const ROLES: readonly Role[] = ['agent', 'warehouse', 'finance', 'supervisor', 'manager', 'gm_office', 'admin', 'department'];

/** Staff who see every case, reassign and confirm forwarding. */
export const SUPERVISORS_AND_UP: readonly Role[] = ['supervisor', 'manager', 'gm_office', 'admin'];

/**
 * The after-sales back office: the default of every route without its own `@Roles`. Warehouse and
 * finance staff are not in it: they reach only the routes that name them.
 */
export const STAFF_ROLES_ALL: readonly Role[] = ['agent', ...SUPERVISORS_AND_UP];

/** Returns: who reads them (agents their own), who receives and inspects, who confirms payments and retries refunds. */
export const RETURN_READERS: readonly Role[] = ['agent', 'warehouse', 'finance', ...SUPERVISORS_AND_UP];
export const RETURN_GOODS_HANDLERS: readonly Role[] = ['agent', 'warehouse', ...SUPERVISORS_AND_UP];
export const RETURN_PAYMENT_CONFIRMERS: readonly Role[] = ['agent', 'finance', ...SUPERVISORS_AND_UP];
export const REFUND_RETRIERS: readonly Role[] = ['finance', ...SUPERVISORS_AND_UP];
/** a refund above the policy's threshold is confirmed by a person with the finance role, and by no one else. */
export const REFUND_CONFIRMERS: readonly Role[] = ['finance'];

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

/** Who a return belongs to on the seller's side. */
export interface ReturnOwnership {
  /** Whoever last acted for the seller. */
  handler: string | null;
  /** Whoever registered the request. */
  registeredBy: string | null;
  /** The agent of the customer's file. */
  customerAgent: string | null;
}

/**
 * Agents act on returns they handle, registered or that belong to their customers; warehouse and
 * finance staff on any return, within the actions their role has; supervisors and up on all.
 */
export function mayActOnReturn(principal: Principal, owner: ReturnOwnership): boolean {
  if (seesAllCases(principal) || principal.role === 'warehouse' || principal.role === 'finance') return true;
  if (principal.role !== 'agent') return false;
  return [owner.handler, owner.registeredBy, owner.customerAgent].includes(principal.actor);
}

/** K-8: a late file hand-over is charged to a person; only supervisors and up may name someone else. */
export function mayNameResponsible(principal: Principal, responsible: string): boolean {
  return responsible === principal.actor || seesAllCases(principal);
}
