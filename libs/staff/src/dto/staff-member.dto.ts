import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { StaffMemberEntity } from '@libs/database';
import { COMPLAINT_CATEGORIES, ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import { STAFF_CODE, STAFF_ROLES, STAFF_STATUSES, StaffRole, StaffStatus } from '@libs/domain/staff/staff';

export const DEPARTMENT_CODE = /^[a-z][a-z_]{1,31}$/;

/** A staff member: skills and VIP service weigh in assignment, capacity bounds the load. */
export class CreateStaffMemberDto {
  @ApiProperty({ pattern: STAFF_CODE.source, example: 'AG-004' })
  @Matches(STAFF_CODE, { message: 'code must be a staff code like AG-001' })
  code: string;

  @ApiProperty({ example: 'Zhou Lei' })
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of: ${STAFF_ROLES.join(', ')}` })
  role: StaffRole;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES, isArray: true, example: ['quality', 'service'], description: 'A-5: complaint categories handled' })
  @IsOptional()
  @IsArray({ message: 'skills must be a list' })
  @ArrayMaxSize(COMPLAINT_CATEGORIES.length)
  @IsIn(COMPLAINT_CATEGORIES, { each: true, message: `skills must each be one of: ${COMPLAINT_CATEGORIES.join(', ')}` })
  skills?: ComplaintCategory[];

  @ApiPropertyOptional({ default: false, description: 'A-5: dedicated VIP agent' })
  @IsOptional()
  @IsBoolean({ message: 'servesVip must be true or false' })
  servesVip?: boolean;

  @ApiPropertyOptional({ type: 'integer', default: 30, description: 'Open cases this agent should carry at most' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'capacity must be a whole number from 0 to 500' })
  @Min(0, { message: 'capacity must be a whole number from 0 to 500' })
  @Max(500, { message: 'capacity must be a whole number from 0 to 500' })
  capacity?: number;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, type: String, nullable: true, example: 'SUP-001', description: "The reporting line: an agent's supervisor, a supervisor's manager; escalations reach this person" })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'reportsTo must be a staff code like SUP-001' })
  reportsTo?: string | null;

  @ApiPropertyOptional({ pattern: DEPARTMENT_CODE.source, type: String, nullable: true, example: 'after_sales' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'departmentCode must be a department code like after_sales' })
  departmentCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '0571-88880001' })
  @IsOptional()
  @Matches(/^\+?[\d\s()-]{5,24}$/, { message: 'phone must be a phone number of digits, spaces, dashes and an optional +' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'zhou.lei@example.com' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;
}

/** Everything but the code and the role; `null` clears an optional field. */
export class UpdateStaffMemberDto extends PartialType(OmitType(CreateStaffMemberDto, ['code', 'role'] as const)) {}

export class ListStaffQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES, { message: `role must be one of: ${STAFF_ROLES.join(', ')}` })
  role?: StaffRole;

  @ApiPropertyOptional({ enum: STAFF_STATUSES })
  @IsOptional()
  @IsIn(STAFF_STATUSES, { message: `status must be one of: ${STAFF_STATUSES.join(', ')}` })
  status?: StaffStatus;

  @ApiPropertyOptional({ pattern: DEPARTMENT_CODE.source, example: 'after_sales' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'department must be a department code like after_sales' })
  department?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES, { message: `skill must be one of: ${COMPLAINT_CATEGORIES.join(', ')}` })
  skill?: ComplaintCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'servesVip must be true or false' })
  servesVip?: boolean;
}

export class StaffMemberDto {
  @ApiProperty({ example: 'AG-001' }) code: string;
  @ApiProperty({ example: 'Li Na' }) name: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: StaffRole;
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, isArray: true }) skills: ComplaintCategory[];
  @ApiProperty() servesVip: boolean;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ enum: STAFF_STATUSES }) status: StaffStatus;
  @ApiProperty({ type: String, nullable: true, example: 'AG-002', description: 'A-7: while absent, who takes over' }) delegateCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SUP-001', description: 'The reporting line: whom escalations of this member\'s cases reach' }) reportsTo: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'after_sales' }) departmentCode: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ description: 'Open cases in the read model' }) openCases: number;
  @ApiProperty({ description: 'Customers in this member\'s care (A-5)' }) customers: number;
}

export class StaffListDto {
  @ApiProperty({ type: [StaffMemberDto] }) items: StaffMemberDto[];
}

export function mapStaffMember(m: StaffMemberEntity, load: { openCases: number; customers: number }): StaffMemberDto {
  return {
    code: m.code,
    name: m.name,
    role: m.role,
    skills: m.skills,
    servesVip: m.servesVip,
    capacity: m.capacity,
    status: m.status,
    delegateCode: m.delegateCode,
    reportsTo: m.reportsToCode,
    departmentCode: m.departmentCode,
    phone: m.phone,
    email: m.email,
    ...load,
  };
}
