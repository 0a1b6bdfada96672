import { EntityManager } from 'typeorm';
import type { Acting } from '@libs/audit';
import { StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { mayManageStaff, removesLastAdmin } from '@libs/domain/staff/hierarchy';
import { STAFF_ROLES, StaffRole, StaffStatus } from '@libs/domain/staff/staff';

/**
 * The staff member about to change, locked with every admin who still has access (in code order, so
 * that two admins departing each other wait for one another instead of both succeeding or deadlocking).
 */
export async function lockStaffForChange(tx: EntityManager, code: string): Promise<{ target: StaffMemberEntity; otherAdmins: number }> {
  const admins: Array<{ code: string }> = await tx.query(`SELECT code FROM staff_members WHERE role = 'admin' AND status <> 'departed' ORDER BY code FOR UPDATE`);
  const target = await tx.findOne(StaffMemberEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
  if (!target) throw new DomainError(DomainErrorCode.NotFound, `no staff member ${code}`, 'code');
  return { target, otherAdmins: admins.filter((a) => a.code !== code).length };
}

/** Nobody changes someone above them, only admins change admins, and the last admin stays. */
export function checkStaffChange(acting: Acting, target: StaffMemberEntity, change: { status?: StaffStatus }, otherAdmins: number): void {
  const actor = acting.principal.role;
  if (!(STAFF_ROLES as readonly string[]).includes(actor) || !mayManageStaff(actor as StaffRole, target.role)) {
    const why = target.role === 'admin' ? 'only admins manage admins' : `a ${actor} may not change a ${target.role}, whose role is above theirs`;
    throw new DomainError(DomainErrorCode.Forbidden, `${target.code}: ${why}`, 'code');
  }
  if (removesLastAdmin(target, change, otherAdmins)) {
    throw new DomainError(DomainErrorCode.Conflict, `${target.code} is the last admin; make someone else admin first`, 'status');
  }
}
