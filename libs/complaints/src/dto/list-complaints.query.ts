import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { COMPLAINT_CATEGORIES, ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import { COMPLAINT_STATUSES, ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';

export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES, { message: `status must be one of: ${COMPLAINT_STATUSES.join(', ')}` })
  status?: ComplaintStatus;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES, { message: `category must be one of: ${COMPLAINT_CATEGORIES.join(', ')}` })
  category?: ComplaintCategory;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 3, description: '0 agent, 1 supervisor, 2 manager, 3 GM office' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'escalationLevel must be a whole number from 0 to 3' })
  @Min(0, { message: 'escalationLevel must be a whole number from 0 to 3' })
  @Max(3, { message: 'escalationLevel must be a whole number from 0 to 3' })
  escalationLevel?: number;

  @ApiPropertyOptional({ description: 'Only complaints that missed (true) or met so far (false) an SLA target' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'breached must be true or false' })
  breached?: boolean;

  @ApiPropertyOptional({ example: 'CU-000001' })
  @IsOptional()
  @Matches(/^CU-\d{6}$/, { message: 'customer must look like CU-000123' })
  customer?: string;
}
