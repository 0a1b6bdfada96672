import type { StaffRole } from './staff';

// Staff management follows the hierarchy: nobody manages someone above them, and admins only by admins.
const RANK: Record<StaffRole, number> = { agent: 1, warehouse: 1, finance: 1, supervisor: 2, manager: 3, gm_office: 4, admin: 5 };

export function roleRank(role: StaffRole): number {
  return RANK[role];
}

/** May a staff member of `actor` role change the status or profile of one of `target` role? */
export function mayManageStaff(actor: StaffRole, target: StaffRole): boolean {
  if (target === 'admin') return actor === 'admin';
  return RANK[actor] >= RANK[target];
}

/** May `actor` give someone the role `role`? Never above their own; admin only by admins. */
export function mayGrantRole(actor: StaffRole, role: StaffRole): boolean {
  return mayManageStaff(actor, role);
}

/**
 * Nobody departs or demotes the last admin who still has access (absent admins keep theirs): the
 * platform would have nobody left to manage it. `otherAdmins`: admins other than the target who are not departed.
 */
export function removesLastAdmin(target: { role: StaffRole; status: string }, change: { role?: StaffRole; status?: string }, otherAdmins: number): boolean {
  if (target.role !== 'admin' || target.status === 'departed' || otherAdmins > 0) return false;
  return (change.role !== undefined && change.role !== 'admin') || change.status === 'departed';
}
