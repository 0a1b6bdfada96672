import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { DepartmentEntity } from '@libs/database';
import { DEPARTMENT_CODE, StaffMemberDto } from './staff-member.dto';

export class CreateDepartmentDto {
  @ApiProperty({ pattern: DEPARTMENT_CODE.source, example: 'warehouse', description: 'Lower-case letters and underscores' })
  @Matches(DEPARTMENT_CODE, { message: 'code must be 2-32 lower-case letters or underscores, like after_sales' })
  code: string;

  @ApiProperty({ example: '仓储部' })
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '周主管' })
  @IsOptional()
  @IsString({ message: 'contactName must be text' })
  @MaxLength(100)
  contactName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '0571-88880002' })
  @IsOptional()
  @Matches(/^\+?[\d\s()-]{5,24}$/, { message: 'contactPhone must be a phone number of digits, spaces, dashes and an optional +' })
  contactPhone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'warehouse@example.com' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  contactEmail?: string | null;
}

export class UpdateDepartmentDto extends PartialType(OmitType(CreateDepartmentDto, ['code'] as const)) {}

export class DepartmentDto {
  @ApiProperty({ example: 'quality' }) code: string;
  @ApiProperty({ example: '品质部' }) name: string;
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
}

export class DepartmentDetailDto extends DepartmentDto {
  @ApiProperty({ type: [StaffMemberDto] }) staff: StaffMemberDto[];
}

export class DepartmentListDto {
  @ApiProperty({ type: [DepartmentDto] }) items: DepartmentDto[];
}

export function mapDepartment(d: DepartmentEntity): DepartmentDto {
  return { code: d.code, name: d.name, contactName: d.contactName, contactPhone: d.contactPhone, contactEmail: d.contactEmail };
}
