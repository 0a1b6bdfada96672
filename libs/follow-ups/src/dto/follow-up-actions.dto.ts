import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { COMPLAINT_CATEGORIES, ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import { AnswerValue, MAX_NOTES } from '@libs/domain/follow-ups/call-script';
import { CALL_OUTCOMES, CallOutcome } from '@libs/domain/follow-ups/follow-up-types';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { NestedObject } from '@libs/http';

export class PurchaseIntentDto {
  @ApiProperty({ example: 'A second EB-200 for his daughter, this spring' })
  @IsString()
  @IsNotEmpty({ message: 'purchaseIntent.interest is required' })
  @MaxLength(500)
  interest: string;
}

/**
 * F-9, F-12: one call attempt. When the customer was reached, the score and the script's answers are
 * required (the plan's script names the questions: `GET /follow-ups/:planId`); a score at or below the
 * policy's threshold starts a complaint (F-10), purchase intent goes to sales (F-11).
 */
export class RecordAttemptDto {
  @ApiProperty({ enum: CALL_OUTCOMES, example: 'reached' })
  @IsIn(CALL_OUTCOMES, { message: `outcome must be one of: ${CALL_OUTCOMES.join(', ')}` })
  outcome: CallOutcome;

  @ApiPropertyOptional({ type: 'integer', example: 4, minimum: 1, maximum: 5, description: 'F-9: required when reached (except invitation calls)' })
  @IsOptional()
  @IsInt({ message: 'satisfactionScore must be a whole number from 1 to 5' })
  @Min(1, { message: 'satisfactionScore must be a whole number from 1 to 5' })
  @Max(5, { message: 'satisfactionScore must be a whole number from 1 to 5' })
  satisfactionScore?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { identity_confirmed: true, thanked: true, use_explained: true, suggestions: 'A reminder before the first service' },
    description: 'F-9: answers by question id of the call script (yes/no, text or number)',
  })
  @IsOptional()
  @IsObject({ message: 'answers must be an object of answers by question id' })
  answers?: Record<string, AnswerValue>;

  @ApiPropertyOptional({ example: 'Customer prefers calls after 16:00' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTES)
  notes?: string;

  @ApiPropertyOptional({ type: PurchaseIntentDto, description: 'F-11: purchase intent the sales team has not acted on' })
  @IsOptional()
  @NestedObject(() => PurchaseIntentDto, 'purchaseIntent must be an object { interest }')
  purchaseIntent?: PurchaseIntentDto;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES, description: 'F-10: what the complaint of a dissatisfied customer is about. Default: service' })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES, { message: `complaintCategory must be one of: ${COMPLAINT_CATEGORIES.join(', ')}` })
  complaintCategory?: ComplaintCategory;
}

export class CancelFollowUpDto {
  @ApiProperty({ example: 'Customer asked not to be called again' })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(500)
  reason: string;
}

export class ReassignFollowUpDto {
  @ApiProperty({ pattern: STAFF_CODE.source, example: 'AG-002' })
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent: string;
}
