import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, ComplaintCategory, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import { CUSTOMER_TIERS, CustomerTier } from '@libs/domain/customers/customer-tier';
import { MAX_ESCALATION_STEPS, MAX_SLA_SECONDS, SLA_CALENDARS } from '@libs/domain/sla/sla-policy-rules';
import type { SlaCalendarKind } from '@libs/domain/sla/sla-policy';
import { IsTimeZone, NullOr, SlaSeconds } from './sla-validation';

/**
 * The full terms of one policy version (PUT replaces them all). Durations are seconds of business
 * time on the policy's calendar; rules across fields are checked by the service.
 */
export class SlaPolicyTermsDto {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, nullable: true, example: 'logistics', description: 'null matches any category' })
  @NullOr(COMPLAINT_CATEGORIES)
  category: ComplaintCategory | null;

  @ApiProperty({ enum: COMPLAINT_SEVERITIES, nullable: true, example: null, description: 'null matches any severity' })
  @NullOr(COMPLAINT_SEVERITIES)
  severity: ComplaintSeverity | null;

  @ApiProperty({ enum: CUSTOMER_TIERS, nullable: true, example: 'dealer', description: 'null matches any customer tier' })
  @NullOr(CUSTOMER_TIERS)
  customerTier: CustomerTier | null;

  @ApiProperty({ enum: SLA_CALENDARS, example: 'cn-working-hours', description: '24x7, or 09:00–18:00 on Chinese working days' })
  @IsIn(SLA_CALENDARS, { message: `calendar must be one of: ${SLA_CALENDARS.join(', ')}` })
  calendar: SlaCalendarKind;

  @ApiProperty({ example: 'Asia/Shanghai', description: 'IANA time zone of the working hours' })
  @IsTimeZone()
  timeZone: string;

  @ApiProperty({ type: 'integer', example: 28_800, minimum: 1, maximum: MAX_SLA_SECONDS, description: 'C-3: first contact with the customer' })
  @SlaSeconds()
  firstContactSeconds: number;

  @ApiProperty({ type: 'integer', example: 259_200, minimum: 1, maximum: MAX_SLA_SECONDS, description: 'C-5: resolution; not before first contact' })
  @SlaSeconds()
  resolutionSeconds: number;

  @ApiProperty({ type: 'integer', example: 172_800, minimum: 1, maximum: MAX_SLA_SECONDS, description: 'C-6: report to the supervisor' })
  @SlaSeconds()
  supervisorReportSeconds: number;

  @ApiProperty({
    type: [Number],
    example: [86_400, 172_800, 259_200],
    maxItems: MAX_ESCALATION_STEPS,
    description: 'Business seconds after registration at which an unresolved case climbs to supervisor, manager, GM office; strictly increasing',
  })
  @IsArray({ message: 'escalationStepsSeconds must be an array of seconds' })
  @SlaSeconds({ each: true })
  escalationStepsSeconds: number[];

  @ApiPropertyOptional({ type: 'integer', example: 86_400, default: 86_400, minimum: 1, maximum: MAX_SLA_SECONDS, description: 'C-8: seconds from resolution to the satisfaction call' })
  @IsOptional()
  @SlaSeconds()
  satisfactionCallSeconds?: number;

  @ApiPropertyOptional({ default: true, description: 'false deactivates the code from this version on (never the default policy)' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
