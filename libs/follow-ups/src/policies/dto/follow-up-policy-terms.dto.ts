import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUESTION_TYPES, TIER2_SAMPLE_RULES } from '@libs/domain/follow-ups/follow-up-policy';
import type { FollowUpPolicyTerms, FollowUpStep, QuestionType, ScriptQuestion, Tier2SampleRule } from '@libs/domain/follow-ups/follow-up-policy';
import type { FollowUpTrigger } from '@libs/domain/follow-ups/follow-up-types';

// The shape of follow-up policy terms as the document states it. The terms are checked field by field
// by the domain (`followUpPolicyProblems`), which names the field of each problem; these classes only
// describe them.

const CLOCK = '^(?:([01]\\d|2[0-3]):[0-5]\\d|24:00)$';

export class ScriptQuestionDto implements ScriptQuestion {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]{0,39}$', example: 'received_intact' }) id: string;
  @ApiProperty({ example: 'Did the goods arrive intact?' }) text: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() required: boolean;
}

export class FollowUpStepDto implements FollowUpStep {
  @ApiProperty({ pattern: '^[a-z0-9][a-z0-9_]{0,39}$', example: '7dc' }) key: string;
  @ApiProperty({ example: 'Delivery follow-up on day 7 (F-1)' }) purpose: string;
  @ApiProperty({ type: 'integer', description: 'From the trigger, or from the previous call when afterPrevious; negative before it (F-8)' }) dueAfterSeconds: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'F-1: sales through secondary outlets are called later' }) secondaryOutletDueAfterSeconds?: number;
  @ApiPropertyOptional() afterPrevious?: boolean;
  @ApiProperty({ type: 'integer', minimum: 1 }) windowSeconds: number;
  @ApiProperty({ description: 'F-9: whether the script asks for satisfaction and a score' }) askSatisfaction: boolean;
  @ApiProperty({ type: [ScriptQuestionDto] }) questions: ScriptQuestionDto[];
  @ApiPropertyOptional({ description: 'F-8: an invitation letter follows the call' }) letterAfter?: boolean;
}

export class TimeRangeDto {
  @ApiProperty({ pattern: CLOCK, example: '14:00' }) from: string;
  @ApiProperty({ pattern: CLOCK, example: '20:00' }) to: string;
}

export class CallHoursDto {
  @ApiProperty({ type: [TimeRangeDto], description: 'Working days (and adjusted working days), minus holidays' }) workingDay: TimeRangeDto[];
  @ApiProperty({ type: [TimeRangeDto], description: 'Weekends and statutory holidays' }) restDay: TimeRangeDto[];
}

export class RetryTermsDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) afterSeconds: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 }) maxAttempts: number;
}

export class Tier2TermsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) sampleSize: number;
  @ApiProperty({ enum: TIER2_SAMPLE_RULES }) rule: Tier2SampleRule;
}

export class Tier3TermsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) newCustomerSampleSize: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) repairSampleSize: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'In fen' }) largeRepairFen: number;
}

export class DayRangeDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) from: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) to: number;
}

export class CareTermsDto {
  @ApiProperty({ type: DayRangeDto }) birthdayDaysBefore: DayRangeDto;
  @ApiProperty({ type: 'integer', minimum: 0 }) holidayGreetingDaysBefore: number;
  @ApiProperty({ type: [String], example: ['Spring Festival'] }) greetedHolidays: string[];
  @ApiProperty({ type: 'integer', minimum: 0 }) reminderDaysBefore: number;
}

/** One list of calls per trigger (F-1, F-2, A-6, F-8; the sampled triggers for F-3, F-4; the case events', F-10). */
export class FollowUpPlansDto implements Record<FollowUpTrigger, FollowUpStep[]> {
  @ApiProperty({ type: [FollowUpStepDto] }) delivery: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) repair: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) shipment: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) dealer_shipment: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) new_customer: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) event_invitation: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) monthly_sample: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) quarterly_new_customer: FollowUpStepDto[];
  @ApiProperty({ type: [FollowUpStepDto] }) quarterly_repair: FollowUpStepDto[];
  // Versions from before these triggers existed have no list for them (and plan no calls for them).
  @ApiPropertyOptional({ type: [FollowUpStepDto], description: "Started by an exchange's replacement delivered; required in a new version, absent in versions older than the trigger" })
  exchange_replacement: FollowUpStepDto[];
  @ApiPropertyOptional({ type: [FollowUpStepDto], description: 'F-10: started by a complaint closed after a department acted; required in a new version, absent in versions older than the trigger' })
  complaint_call_back: FollowUpStepDto[];
}

export class FollowUpPolicyTermsDto implements FollowUpPolicyTerms {
  @ApiProperty({ type: FollowUpPlansDto, description: 'The calls each trigger plans, in order' }) plans: FollowUpPlansDto;
  @ApiProperty({ type: CallHoursDto, description: "F-5, in the customer's time zone" }) callHours: CallHoursDto;
  @ApiProperty({ type: RetryTermsDto }) retry: RetryTermsDto;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'F-9' }) unsatisfiedAtOrBelow: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 5, description: 'F-10: 0 never registers a complaint' }) complaintAtOrBelow: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'F-11' }) leadAnswerSeconds: number;
  @ApiProperty({ type: Tier2TermsDto, description: 'F-3' }) tier2: Tier2TermsDto;
  @ApiProperty({ type: Tier3TermsDto, description: 'F-4' }) tier3: Tier3TermsDto;
  @ApiProperty({ type: CareTermsDto, description: 'F-6, F-7' }) care: CareTermsDto;
}
