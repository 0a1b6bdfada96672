import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { COMPLAINT_STATUSES, ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';

export class ListComplaintsQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES, { message: `status must be one of: ${COMPLAINT_STATUSES.join(', ')}` })
  status?: ComplaintStatus;

  @ApiPropertyOptional({ example: 'AG-001' })
  @IsOptional()
  @Matches(/^[A-Z]{2,4}-\d{3,6}$/, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
