import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional, Matches } from 'class-validator';
import type { FollowUpPolicyEntity } from '@libs/database';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS, FollowUpPolicyTerms } from '@libs/domain/follow-ups/follow-up-policy';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { FollowUpPolicyTermsDto } from './follow-up-policy-terms.dto';

const TERMS_DESCRIPTION =
  'Every term (a PUT replaces them all): `plans` per trigger with each call\'s dueAfterSeconds, windowSeconds and script questions (F-1, F-2, A-6, F-8, F-9); ' +
  '`callHours` in the customer\'s time zone (F-5); `retry`; `unsatisfiedAtOrBelow` (F-9) and `complaintAtOrBelow` (F-10); `leadAnswerSeconds` (F-11); ' +
  '`tier2` (F-3) and `tier3` (F-4) samples; `care` (F-6, F-7). Checked field by field; a 400 names the field, e.g. `terms.plans.delivery[0].windowSeconds`.';

export class FollowUpPolicyVersionDto {
  @ApiProperty({ type: FollowUpPolicyTermsDto, description: TERMS_DESCRIPTION, example: DEFAULT_FOLLOW_UP_POLICY_TERMS })
  @IsObject({ message: 'terms must be an object with every term of the policy' })
  terms: FollowUpPolicyTerms;

  @ApiPropertyOptional({ default: true, description: 'false deactivates the code from this version on (never the default policy)' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class CreateFollowUpPolicyDto extends FollowUpPolicyVersionDto {
  @ApiProperty({ example: 'dealers-2027', pattern: SLA_POLICY_CODE.source })
  @Matches(SLA_POLICY_CODE, { message: 'code must be 2-41 lower-case letters, digits or -, starting with a letter' })
  code: string;
}

export class FollowUpPolicyResponseDto {
  @ApiProperty({ example: 'default' }) code: string;
  @ApiProperty({ type: 'integer', example: 2 }) version: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: FollowUpPolicyTermsDto, example: DEFAULT_FOLLOW_UP_POLICY_TERMS }) terms: FollowUpPolicyTerms;
  @ApiProperty({ example: 'ADM-001' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function mapFollowUpPolicy(row: FollowUpPolicyEntity): FollowUpPolicyResponseDto {
  return { code: row.code, version: row.version, active: row.active, terms: row.terms, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() };
}

export class FollowUpPolicyListDto {
  @ApiProperty({ type: [FollowUpPolicyResponseDto] }) items: FollowUpPolicyResponseDto[];
  @ApiProperty({ type: 'integer' }) total: number;
}

export class FollowUpPolicyDetailDto extends FollowUpPolicyResponseDto {
  @ApiProperty({ type: [FollowUpPolicyResponseDto], description: 'Every version, newest first' }) versions: FollowUpPolicyResponseDto[];
}
