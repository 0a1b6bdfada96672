import { EntityManager } from 'typeorm';
import { CustomerEntity, StaffMemberEntity } from '@libs/database';
import { fromLocal, MS_PER_DAY } from '@libs/domain/calendar/zoned-time';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { REPORT_TIME_ZONE } from '@libs/domain/reports/report-period';

export async function requireCustomer(manager: EntityManager, customerNo: string, field = 'customerNo'): Promise<CustomerEntity> {
  const customer = await manager.findOneBy(CustomerEntity, { customerNo });
  if (!customer) throw new DomainError(DomainErrorCode.NotFound, `no customer ${customerNo}`, field);
  return customer;
}

/** A staff code given in a request must name someone on the staff list (400 otherwise, naming the field). */
export async function requireStaff(manager: EntityManager, code: string, field: string): Promise<StaffMemberEntity> {
  const member = await manager.findOneBy(StaffMemberEntity, { code });
  if (!member) throw new DomainError(DomainErrorCode.Validation, `${field} ${code} is not a staff member`, field);
  return member;
}

/** A date alone is local midnight in the business time zone; a date-time is taken as given. */
export function instantOf(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return new Date(fromLocal(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY, 0, REPORT_TIME_ZONE));
  return new Date(value);
}

/** PostgreSQL error codes the services turn into domain errors instead of a 500. */
export function pgCode(error: unknown): string | undefined {
  return (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
}
