import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { DepartmentEntity, StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { CreateDepartmentDto, DepartmentDetailDto, DepartmentDto, DepartmentListDto, mapDepartment, UpdateDepartmentDto } from './dto/department.dto';
import { mapStaffMember } from './dto/staff-member.dto';
import { loadsOf } from './staff-directory.service';

/** Departments and whom to reach there (quality, finance, courier, sales, after-sales...). */
@Injectable()
export class DepartmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<DepartmentListDto> {
    return { items: (await this.dataSource.manager.find(DepartmentEntity, { order: { code: 'ASC' } })).map(mapDepartment) };
  }

  async get(code: string): Promise<DepartmentDetailDto> {
    const department = await this.dataSource.manager.findOneBy(DepartmentEntity, { code });
    if (!department) throw new DomainError(DomainErrorCode.NotFound, `no department ${code}`, 'code');
    const staff = await this.dataSource.manager.find(StaffMemberEntity, { where: { departmentCode: code }, order: { code: 'ASC' } });
    const loads = await loadsOf(this.dataSource.manager, staff.map((s) => s.code));
    return { ...mapDepartment(department), staff: staff.map((s) => mapStaffMember(s, loads.get(s.code)!)) };
  }

  async create(acting: Acting, dto: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(DepartmentEntity, { code: dto.code })) throw new DomainError(DomainErrorCode.Conflict, `department ${dto.code} exists`, 'code');
      const saved = await tx.save(
        tx.create(DepartmentEntity, { code: dto.code, name: dto.name.trim(), contactName: dto.contactName ?? null, contactPhone: dto.contactPhone ?? null, contactEmail: dto.contactEmail ?? null }),
      );
      await this.audit.record(acting, 'department.create', `department:${dto.code}`, {}, tx);
      return mapDepartment(saved);
    });
  }

  async update(acting: Acting, code: string, dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    const patch = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    if (patch.name === null) throw new DomainError(DomainErrorCode.Validation, 'name cannot be cleared', 'name');
    if (Object.keys(patch).length === 0) throw new DomainError(DomainErrorCode.Validation, 'give at least one field to change', 'body');
    return this.dataSource.transaction(async (tx) => {
      const department = await tx.findOneBy(DepartmentEntity, { code });
      if (!department) throw new DomainError(DomainErrorCode.NotFound, `no department ${code}`, 'code');
      const saved = await tx.save(DepartmentEntity, { ...department, ...patch });
      await this.audit.record(acting, 'department.update', `department:${code}`, { fields: Object.keys(patch) }, tx);
      return mapDepartment(saved);
    });
  }
}
