import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PLAN_STATUSES, PlanStatus } from '@libs/domain/follow-ups/follow-up-types';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ListFollowUpsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'CU-000001' })
  @IsOptional()
  @Matches(/^CU-\d{6}$/, { message: 'customer must look like CU-000123' })
  customer?: string;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001', description: "The plan's agent; agents see their own plans only" })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ example: 'delivery', description: 'What started the plan (`delivery`, `repair`, `shipment`, `dealer_shipment`, `new_customer`, `event_invitation`, the sampled triggers …)' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'trigger must be a trigger name like delivery' })
  trigger?: string;

  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES, { message: `status must be one of: ${PLAN_STATUSES.join(', ')}` })
  status?: PlanStatus;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-30', description: 'Plans with a call due on or after this day (Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY, { message: 'dueFrom must be a date like 2026-11-30' })
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-06', description: 'Plans with a call due by the end of this day (Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY, { message: 'dueTo must be a date like 2026-12-06' })
  dueTo?: string;
}

export class FollowUpCallCountsDto {
  @ApiProperty({ type: 'integer', example: 4 }) total: number;
  @ApiProperty({ type: 'integer', example: 3, description: 'Scheduled or due' }) open: number;
  @ApiProperty({ type: 'integer', example: 1 }) done: number;
  @ApiProperty({ type: 'integer', example: 0 }) missed: number;
}

export class FollowUpSummaryDto {
  @ApiProperty({ example: 'FU-20261124-0001' }) planId: string;
  @ApiProperty({ example: 'CU-000002' }) customerNo: string;
  @ApiProperty({ example: 'delivery' }) trigger: string;
  @ApiProperty({ type: 'integer', example: 1 }) tier: number;
  @ApiProperty({ enum: PLAN_STATUSES }) status: PlanStatus;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) agent: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: 'default' }) policyCode: string;
  @ApiProperty({ type: 'integer', example: 1 }) policyVersion: number;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'The next attempt of the earliest open call; null when none is open' }) nextCallAt: string | null;
  @ApiProperty({ type: FollowUpCallCountsDto }) calls: FollowUpCallCountsDto;
}

export class FollowUpListDto {
  @ApiProperty({ type: [FollowUpSummaryDto], description: 'Newest first' }) items: FollowUpSummaryDto[];
  @ApiProperty({ type: 'integer' }) total: number;
}
