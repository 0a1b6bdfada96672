import { ApiProperty } from '@nestjs/swagger';
import type { SlaPolicyEntity } from '@libs/database';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, ComplaintCategory, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import { CUSTOMER_TIERS, CustomerTier } from '@libs/domain/customers/customer-tier';
import { SLA_CALENDARS } from '@libs/domain/sla/sla-policy-rules';
import type { SlaCalendarKind } from '@libs/domain/sla/sla-policy';

/** One version of a policy; complaints show it as `<code> v<version>`. */
export class SlaPolicyResponseDto {
  @ApiProperty({ example: 'quality' }) code: string;
  @ApiProperty({ type: 'integer', example: 2 }) version: number;
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, nullable: true, example: 'quality' }) category: ComplaintCategory | null;
  @ApiProperty({ enum: COMPLAINT_SEVERITIES, nullable: true, example: null }) severity: ComplaintSeverity | null;
  @ApiProperty({ enum: CUSTOMER_TIERS, nullable: true, example: null }) customerTier: CustomerTier | null;
  @ApiProperty({ enum: SLA_CALENDARS, example: '24x7' }) calendar: SlaCalendarKind;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ type: 'integer', example: 86_400 }) firstContactSeconds: number;
  @ApiProperty({ type: 'integer', example: 259_200 }) resolutionSeconds: number;
  @ApiProperty({ type: 'integer', example: 172_800 }) supervisorReportSeconds: number;
  @ApiProperty({ type: [Number], example: [172_800, 216_000, 259_200] }) escalationStepsSeconds: number[];
  @ApiProperty({ type: 'integer', example: 86_400, description: 'C-8: seconds from resolution to the satisfaction call' }) satisfactionCallSeconds: number;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-24T08:00:00.000Z' }) createdAt: string;
}

export function mapSlaPolicy(row: SlaPolicyEntity): SlaPolicyResponseDto {
  return {
    code: row.code,
    version: row.version,
    category: row.category,
    severity: row.severity,
    customerTier: row.customerTier,
    calendar: row.calendar as SlaCalendarKind,
    timeZone: row.timeZone,
    firstContactSeconds: row.firstContactSeconds,
    resolutionSeconds: row.resolutionSeconds,
    supervisorReportSeconds: row.supervisorReportSeconds,
    escalationStepsSeconds: row.escalationStepsSeconds,
    satisfactionCallSeconds: row.satisfactionCallSeconds,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

export class SlaPolicyListDto {
  @ApiProperty({ type: [SlaPolicyResponseDto] }) items: SlaPolicyResponseDto[];
  @ApiProperty({ type: 'integer', example: 3 }) total: number;
}

/** The latest version, with every version of the code, newest first. */
export class SlaPolicyDetailDto extends SlaPolicyResponseDto {
  @ApiProperty({ type: [SlaPolicyResponseDto] }) versions: SlaPolicyResponseDto[];
}
