import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { DepartmentEntity, StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { AGENT_OPEN_COMPLAINTS_SQL } from '@libs/read-model/open-cases';
import { checkStaffChange, lockStaffForChange } from './staff-change-rules';
import { CreateStaffMemberDto, ListStaffQuery, mapStaffMember, StaffListDto, StaffMemberDto, UpdateStaffMemberDto } from './dto/staff-member.dto';


/** The staff list: skills, VIP service, capacity, department and contacts; status lives in StaffStatusService. */
@Injectable()
export class StaffDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListStaffQuery): Promise<StaffListDto> {
    const q = this.dataSource.manager.createQueryBuilder(StaffMemberEntity, 's').orderBy('s.code', 'ASC');
    if (query.role) q.andWhere('s.role = :role', { role: query.role });
    if (query.status) q.andWhere('s.status = :status', { status: query.status });
    if (query.department) q.andWhere('s.department_code = :department', { department: query.department });
    if (query.skill) q.andWhere(':skill = ANY(s.skills)', { skill: query.skill });
    if (query.servesVip !== undefined) q.andWhere('s.serves_vip = :vip', { vip: query.servesVip });
    const members = await q.getMany();
    const loads = await loadsOf(this.dataSource.manager, members.map((m) => m.code));
    return { items: members.map((m) => mapStaffMember(m, loads.get(m.code) ?? { openCases: 0, customers: 0 })) };
  }

  async get(code: string): Promise<StaffMemberDto> {
    const member = await this.dataSource.manager.findOneBy(StaffMemberEntity, { code });
    if (!member) throw new DomainError(DomainErrorCode.NotFound, `no staff member ${code}`, 'code');
    const loads = await loadsOf(this.dataSource.manager, [code]);
    return mapStaffMember(member, loads.get(code) ?? { openCases: 0, customers: 0 });
  }

  async create(acting: Acting, dto: CreateStaffMemberDto): Promise<StaffMemberDto> {
    await this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(StaffMemberEntity, { code: dto.code })) throw new DomainError(DomainErrorCode.Conflict, `staff member ${dto.code} exists`, 'code');
      if (dto.departmentCode) await requireDepartment(tx, dto.departmentCode);
      if (dto.reportsTo) await requireReportsTo(tx, dto.code, dto.reportsTo);
      await tx.insert(StaffMemberEntity, {
        code: dto.code,
        name: dto.name.trim(),
        role: dto.role,
        skills: dto.skills ?? [],
        servesVip: dto.servesVip ?? false,
        capacity: dto.capacity ?? 30,
        status: 'active',
        departmentCode: dto.departmentCode ?? null,
        reportsToCode: dto.reportsTo ?? null,
        phone: dto.phone ?? null,
        email: dto.email ?? null,
      });
      await this.audit.record(acting, 'staff.create', `staff:${dto.code}`, { role: dto.role }, tx);
    });
    return this.get(dto.code);
  }

  async update(acting: Acting, code: string, dto: UpdateStaffMemberDto): Promise<StaffMemberDto> {
    const patch = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    for (const field of ['name', 'skills', 'servesVip', 'capacity'] as const) {
      if (patch[field] === null) throw new DomainError(DomainErrorCode.Validation, `${field} cannot be cleared`, field);
    }
    if (Object.keys(patch).length === 0) throw new DomainError(DomainErrorCode.Validation, 'give at least one field to change', 'body');
    await this.dataSource.transaction(async (tx) => {
      const { target: member, otherAdmins } = await lockStaffForChange(tx, code);
      checkStaffChange(acting, member, {}, otherAdmins);
      if (typeof patch.departmentCode === 'string') await requireDepartment(tx, patch.departmentCode);
      if (typeof patch.reportsTo === 'string') await requireReportsTo(tx, code, patch.reportsTo);
      const { reportsTo, ...columns } = patch;
      await tx.update(StaffMemberEntity, { id: member.id }, reportsTo === undefined ? columns : { ...columns, reportsToCode: reportsTo });
      await this.audit.record(acting, 'staff.update', `staff:${code}`, { fields: Object.keys(patch) }, tx);
    });
    return this.get(code);
  }
}

export async function requireDepartment(tx: EntityManager, code: string): Promise<DepartmentEntity> {
  const department = await tx.findOneBy(DepartmentEntity, { code });
  if (!department) throw new DomainError(DomainErrorCode.Validation, `departmentCode ${code} is not a department`, 'departmentCode');
  return department;
}

/** The reporting line goes to another staff member still at the company, and never round in a circle. */
async function requireReportsTo(tx: EntityManager, code: string, reportsTo: string): Promise<void> {
  if (reportsTo === code) throw new DomainError(DomainErrorCode.Validation, `reportsTo ${reportsTo} is the member themselves`, 'reportsTo');
  const above = await tx.findOneBy(StaffMemberEntity, { code: reportsTo });
  if (!above || above.status === 'departed') throw new DomainError(DomainErrorCode.Validation, `reportsTo ${reportsTo} is not a current staff member`, 'reportsTo');
  const [loop]: Array<{ found: boolean }> = await tx.query(
    `WITH RECURSIVE line(code) AS (SELECT $1::text UNION SELECT s.reports_to_code FROM staff_members s JOIN line ON s.code = line.code WHERE s.reports_to_code IS NOT NULL)
     SELECT EXISTS (SELECT 1 FROM line WHERE code = $2) AS found`,
    [reportsTo, code],
  );
  if (loop.found) throw new DomainError(DomainErrorCode.Validation, `reportsTo ${reportsTo} reports (up the line) to ${code}: the line would go round in a circle`, 'reportsTo');
}

/** Open cases and customers per staff code. */
export async function loadsOf(manager: EntityManager, codes: string[]): Promise<Map<string, { openCases: number; customers: number }>> {
  if (codes.length === 0) return new Map();
  const rows: Array<{ code: string; open_cases: string; customers: string }> = await manager.query(
    `SELECT code,
            ${AGENT_OPEN_COMPLAINTS_SQL('code')} AS open_cases,
            (SELECT count(*) FROM customers c WHERE c.assigned_agent_code = code) AS customers
       FROM unnest($1::text[]) AS code`,
    [codes],
  );
  return new Map(rows.map((r) => [r.code, { openCases: Number(r.open_cases), customers: Number(r.customers) }]));
}
