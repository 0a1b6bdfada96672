import { FOLLOW_UP_TRIGGERS } from '@libs/domain/follow-ups/follow-up-types';
import { FOLLOW_UP_EVENT_KINDS, FollowUpSource } from '@libs/domain/follow-ups/follow-up-triggers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ScriptLine } from '@libs/domain/follow-ups/call-script';
import type { AttemptView, CallView, FollowUpState, LeadView, LinkedComplaint, TimelineEntry } from '@workflows/follow-ups/follow-up.contract';
import { CASE_VIEW_SOURCES, type CaseViewSource } from '@libs/cases/case-view-reader';

export class ScriptLineDto implements ScriptLine {
  @ApiProperty({ example: 'dissatisfied_with' }) id: string;
  @ApiProperty({ example: 'Not satisfied: ask what the customer is unhappy with' }) text: string;
  @ApiProperty({ enum: ['yes_no', 'text', 'number'] }) type: ScriptLine['type'];
  @ApiProperty() required: boolean;
  @ApiProperty({ enum: ['reached', 'satisfied', 'unsatisfied'], description: 'F-9: asked on every reached call, or by the score' }) when: ScriptLine['when'];
}

export class AttemptDto implements AttemptView {
  @ApiProperty({ type: 'integer', example: 1 }) no: number;
  @ApiProperty({ format: 'date-time', example: '2026-12-01T06:10:00.000Z' }) at: string;
  @ApiProperty({ example: 'AG-001' }) by: string;
  @ApiProperty({ enum: ['reached', 'no_answer', 'busy', 'wrong_number'] }) outcome: AttemptView['outcome'];
  @ApiProperty({ type: 'integer', nullable: true, example: 4 }) satisfactionScore: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { identity_confirmed: true, thanked: true },
    description: 'F-9: answers by question id; empty when the customer was not reached',
  })
  answers: AttemptView['answers'];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'a second e-bike' }) purchaseIntent: string | null;
}

export class LinkedComplaintDto implements LinkedComplaint {
  @ApiProperty({ type: String, nullable: true, example: 'CP-20261201-0003' }) caseNo: string | null;
  @ApiProperty({ enum: ['opening', 'registered', 'failed'] }) status: LinkedComplaint['status'];
  @ApiPropertyOptional() reason?: string;
}

export class LeadDto implements LeadView {
  @ApiProperty({ example: 'FU-20261124-0001-7dc-lead' }) leadId: string;
  @ApiProperty({ example: 'a second e-bike' }) interest: string;
  @ApiProperty({ enum: ['handing_over', 'accepted', 'refused', 'timed_out'] }) status: LeadView['status'];
  @ApiProperty({ type: String, nullable: true, example: 'SM-001' }) salesOwner: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class CallDto implements CallView {
  @ApiProperty({ example: 'FU-20261124-0001-7dc' }) callId: string;
  @ApiProperty({ example: '7dc' }) stepKey: string;
  @ApiProperty({ example: 'First follow-up after delivery (7DC): product and delivery satisfaction (F-1)' }) purpose: string;
  @ApiProperty({ enum: ['scheduled', 'due', 'done', 'missed', 'cancelled'] }) status: CallView['status'];
  @ApiProperty({ example: 'AG-001' }) agent: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-01T06:00:00.000Z', description: 'F-5: already moved out of quiet hours' }) dueAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-04T02:00:00.000Z' }) windowEnd: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'The due time or a retry later in the window; null once closed' }) nextAttemptAt: string | null;
  @ApiProperty({ type: [AttemptDto] }) attempts: AttemptDto[];
  @ApiProperty({ type: String, nullable: true, example: 'unreached after 3 attempt(s) in the window' }) missReason: string | null;
  @ApiProperty({ description: 'A missed call is escalated to the supervisor' }) escalated: boolean;
  @ApiProperty({ type: LinkedComplaintDto, nullable: true, description: 'F-10: the complaint a low score registered' }) complaint: LinkedComplaintDto | null;
  @ApiProperty({ type: LeadDto, nullable: true, description: 'F-11: the lead handed to sales' }) lead: LeadDto | null;
  @ApiProperty({ description: 'F-8: the invitation letter is queued' }) letterQueued: boolean;
  @ApiProperty({ type: [ScriptLineDto], description: 'F-9: what the agent asks, in order' }) script: ScriptLineDto[];
}

export class FollowUpTimelineEntryDto implements TimelineEntry {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'call_due' }) event: string;
  @ApiProperty({ example: 'system' }) by: string;
  @ApiPropertyOptional() note?: string;
}

/** The event that started a plan (F-1, F-2, A-6, F-10). */
export class FollowUpSourceDto implements FollowUpSource {
  @ApiProperty({ enum: FOLLOW_UP_EVENT_KINDS, example: 'delivery' }) event: FollowUpSource['event'];
  @ApiProperty({ example: 'CP-20261130-0001', description: 'The file event id, the customer file, the return or the complaint number' }) id: string;
}

/** A plan as its workflow holds it. */
export class FollowUpDetailDto implements FollowUpState {
  @ApiProperty({ example: 'FU-20261124-0001' }) planId: string;
  @ApiProperty({ enum: FOLLOW_UP_TRIGGERS, example: 'delivery' }) trigger: FollowUpState['trigger'];
  @ApiPropertyOptional({ type: FollowUpSourceDto, nullable: true, description: 'The event that started the plan; null when registered by hand or sampled' }) source?: FollowUpSourceDto | null;
  @ApiProperty({ type: 'integer', enum: [1, 2, 3], example: 1, description: '1: F-1/F-2, 2: monthly sample (F-3), 3: GM office (F-4)' }) tier: FollowUpState['tier'];
  @ApiProperty({ enum: ['active', 'completed', 'cancelled'] }) status: FollowUpState['status'];
  @ApiProperty({ example: 'CU-000002' }) customerNo: string;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) agent: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'default v1' }) policy: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Asia/Shanghai', description: "F-5: quiet hours count on the customer's wall clock" }) timeZone: string | null;
  @ApiProperty({ type: 'integer' }) stateVersion: number;
  @ApiProperty({ example: 2, description: 'The plan continues as new between calls; this counts the runs' }) run: number;
  @ApiProperty({ type: [CallDto] }) calls: CallDto[];
  @ApiProperty({ type: [FollowUpTimelineEntryDto] }) timeline: FollowUpTimelineEntryDto[];
  @ApiPropertyOptional({ enum: CASE_VIEW_SOURCES, description: 'Reads only: `read_model` (the case as recorded at `stateVersion`) or `workflow` (`?live=true`, or a case not recorded yet)' })
  readFrom?: CaseViewSource;
}
