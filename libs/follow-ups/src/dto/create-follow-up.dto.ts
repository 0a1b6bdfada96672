import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_AMOUNT_FEN } from '@libs/returns/dto/fen-amount';
import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import { REGISTERED_TRIGGERS, RegisteredTrigger, SAMPLED_TRIGGERS, SOLD_VIA, SoldVia } from '@libs/domain/follow-ups/follow-up-types';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { STAFF_CODE } from '@libs/domain/staff/staff';

/** A follow-up plan for one trigger (F-1, F-2, A-6, F-8); the calls come from the policy. */
export class CreateFollowUpDto {
  @ApiProperty({ pattern: CUSTOMER_NO.source, example: 'CU-000002', description: 'Customer file number' })
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo: string;

  @ApiProperty({ enum: REGISTERED_TRIGGERS, example: 'delivery', description: `What happened. ${SAMPLED_TRIGGERS.join(', ')} are created by the tier-2 and tier-3 Schedules only` })
  @IsIn(REGISTERED_TRIGGERS, { message: `trigger must be one of: ${REGISTERED_TRIGGERS.join(', ')}` })
  trigger: RegisteredTrigger;

  @ApiPropertyOptional({
    example: '2026-11-24T10:00:00+08:00',
    description: 'When it happened (delivery, repair hand-back, shipment); for an event invitation, when the event takes place. Default: now',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO 8601 date-time like 2026-11-24T10:00:00+08:00' })
  occurredAt?: string;

  @ApiPropertyOptional({ example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', description: "A product of the customer's file; its sale channel decides the 7DC day (F-1)" })
  @IsOptional()
  @IsUUID('all', { message: 'productId must be the id of a product in the customer file' })
  productId?: string;

  @ApiPropertyOptional({ enum: SOLD_VIA, description: 'F-1: sales through secondary outlets are first called on day 10. Default: from the product, else direct' })
  @IsOptional()
  @IsIn(SOLD_VIA, { message: `soldVia must be one of: ${SOLD_VIA.join(', ')}` })
  soldVia?: SoldVia;

  @ApiPropertyOptional({ example: 'SO-20261124-88', description: 'Order, repair order or waybill number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001', description: "Who makes the calls. Default: the customer's own agent (A-5), else the least-loaded agent" })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ pattern: SLA_POLICY_CODE.source, example: 'default', description: 'Follow-up policy code. Default: default' })
  @IsOptional()
  @Matches(SLA_POLICY_CODE, { message: 'policyCode must be 2-41 lower-case letters, digits or -, starting with a letter' })
  policyCode?: string;

  @ApiPropertyOptional({ type: 'integer', example: 680_000, minimum: 0, maximum: MAX_AMOUNT_FEN, description: 'F-4: the repair bill in fen; large repairs are sampled for the GM office' })
  @IsOptional()
  @IsInt({ message: 'repairAmountFen must be a whole number of fen' })
  @Min(0, { message: 'repairAmountFen must not be negative' })
  // A bill of 1e300 once made every tier-3 sampling run fail and retry forever.
  @Max(MAX_AMOUNT_FEN, { message: `repairAmountFen must be at most ${MAX_AMOUNT_FEN} fen` })
  repairAmountFen?: number;

  @ApiPropertyOptional({ description: 'F-4: the repair followed a major accident' })
  @IsOptional()
  @IsBoolean({ message: 'majorAccident must be true or false' })
  majorAccident?: boolean;

  @ApiPropertyOptional({ example: '2027 春季车主联谊会', description: 'F-8: the event an invitation is for (required for event_invitation)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  eventName?: string;
}

export class FollowUpCreatedDto {
  @ApiProperty({ example: 'FU-20261124-0001' }) planId: string;
  @ApiProperty({ example: 'followup-FU-20261124-0001' }) workflowId: string;
  @ApiProperty({ example: true, description: 'false when a retry with the same Idempotency-Key returned the earlier plan' }) created: boolean;
}
