import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';

export const CUSTOMER_EVENT_KINDS = ['service_day', 'product_recall', 'customer_meeting', 'other'] as const;
export type CustomerEventKind = (typeof CUSTOMER_EVENT_KINDS)[number];

/** F-8: an event whose chosen customers are invited by phone two weeks ahead, then by letter. */
export class CreateCustomerEventDto {
  @ApiProperty({ enum: CUSTOMER_EVENT_KINDS, example: 'service_day' })
  @IsIn(CUSTOMER_EVENT_KINDS, { message: `kind must be one of: ${CUSTOMER_EVENT_KINDS.join(', ')}` })
  kind: CustomerEventKind;

  @ApiProperty({ example: '2027 春季免费检测日', minLength: 1, maxLength: 100, description: 'The event as customers read it in the call and the letter' })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '2027-03-20T09:00:00+08:00', description: 'When the event takes place; the calls are due two weeks before' })
  @IsISO8601({ strict: true }, { message: 'date must be an ISO 8601 date-time like 2027-03-20T09:00:00+08:00' })
  date: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 500, example: ['CU-000001', 'CU-000002'], description: 'The chosen customers, by file number' })
  @IsArray()
  @ArrayMinSize(1, { message: 'customerNos must name at least one customer' })
  @ArrayMaxSize(500)
  @Matches(CUSTOMER_NO, { each: true, message: 'each of customerNos must look like CU-000123' })
  customerNos: string[];

  @ApiPropertyOptional({ pattern: SLA_POLICY_CODE.source, example: 'default', description: 'The follow-up policy whose invitation call and letter apply. Default: default' })
  @IsOptional()
  @Matches(SLA_POLICY_CODE, { message: 'policyCode must be a policy code' })
  policyCode?: string;
}

export class CustomerEventPlanDto {
  @ApiProperty({ pattern: CUSTOMER_NO.source, example: 'CU-000001' }) customerNo: string;
  @ApiProperty({ example: 'FU-20261124-0001', description: "The customer's invitation plan: the call on the worklist, then the letter" }) planId: string;
}

export class CustomerEventDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) id: number;
  @ApiProperty({ enum: CUSTOMER_EVENT_KINDS }) kind: string;
  @ApiProperty({ example: '2027 春季免费检测日' }) name: string;
  @ApiProperty({ format: 'date-time' }) date: string;
  @ApiProperty({ type: [CustomerEventPlanDto] }) plans: CustomerEventPlanDto[];
  @ApiProperty({ example: 'SU-001' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
