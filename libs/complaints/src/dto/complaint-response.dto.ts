import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseRecordEntity } from '@libs/database';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES } from '@libs/domain/complaints/complaint-category';
import { CASE_CLASSIFICATIONS, CaseClassification, DEFAULT_CLASSIFICATION } from '@libs/domain/complaints/case-classification';
import { COMPLAINT_STATUSES } from '@libs/domain/complaints/complaint-lifecycle';
import { RETURN_STATUSES, RETURN_TYPES } from '@libs/domain/returns/return-lifecycle';
import { CASE_NO_PATTERN, CUSTOMER_NO_PATTERN, STAFF_CODE_PATTERN } from '@libs/http';
import { REMEDIES, type ComplaintState, type DepartmentView, type FollowUpCallLink, type Remedy, type SlaView, type TimelineEntry } from '@workflows/complaint/complaint.contract';
import { CASE_VIEW_SOURCES, type CaseViewSource } from '@libs/cases/case-view-reader';

const SLA_TARGET = { type: String, pattern: '^(first_contact|supervisor_report|resolution|department_answer|escalation_\\d+)$', example: 'first_contact' };

export class ComplaintCreatedDto {
  @ApiProperty({ pattern: CASE_NO_PATTERN.complaint, example: 'CP-20261124-0001' }) caseNo: string;
  @ApiProperty({ example: 'complaint-CP-20261124-0001' }) workflowId: string;
  @ApiProperty({ example: true, description: 'false when an Idempotency-Key retry returned the earlier case (status 200)' }) created: boolean;
}

export class ComplaintSummaryDto {
  @ApiProperty({ example: 'CP-20261124-0001' }) caseNo: string;
  @ApiProperty({ example: 'complaint-CP-20261124-0001' }) workflowId: string;
  @ApiProperty({ example: 'assigned' }) status: string;
  @ApiProperty({ enum: CASE_CLASSIFICATIONS, description: 'C-2: repair, consultation or complaint' }) classification: CaseClassification;
  @ApiProperty({ type: String, nullable: true, example: 'quality' }) category: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'high' }) severity: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) assignedAgent: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) escalationLevel: number;
  @ApiProperty({ pattern: CUSTOMER_NO_PATTERN, example: 'CU-000123' }) customerNo: string;
  @ApiProperty({ example: '张三', description: 'From the customer file; only cases the caller may see are listed' }) customerName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The earliest pending SLA deadline; null while the clock is paused or the case is over' })
  nextDeadlineAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The row with its customer (number and name, looked up from the customer file). */
export function mapComplaintSummary(row: CaseRecordEntity, customer: { customerNo: string; name: string }): ComplaintSummaryDto {
  return {
    caseNo: row.caseNo,
    workflowId: row.workflowId,
    status: row.status,
    classification: (row.classification ?? DEFAULT_CLASSIFICATION) as CaseClassification,
    category: row.category,
    severity: row.severity,
    assignedAgent: row.assignedAgentCode,
    escalationLevel: row.escalationLevel,
    customerNo: customer.customerNo,
    customerName: customer.name,
    nextDeadlineAt: row.nextDeadlineAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export class TimelineEntryDto implements TimelineEntry {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() event: string;
  @ApiProperty() by: string;
  @ApiPropertyOptional() note?: string;
}

export class SlaDeadlineDto {
  @ApiProperty(SLA_TARGET) target: SlaView['deadlines'][number]['target'];
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Business time left, in milliseconds' }) remainingBusinessMs?: number;
}

export class SlaViewDto {
  @ApiProperty({ example: 'quality v1' }) policy: string;
  @ApiProperty({ example: '24x7' }) calendar: string;
  @ApiProperty({ type: 'integer', minimum: 1, nullable: true, example: 1, description: 'The calendar version the case keeps for life (C-3, C-5); null on 24x7' })
  calendarVersion: number | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty() paused: boolean;
  @ApiProperty({ type: String, nullable: true }) pausedReason: string | null;
  @ApiProperty({ type: [SlaDeadlineDto] }) deadlines: SlaDeadlineDto[];
  @ApiProperty({ type: [String], example: ['first_contact'] }) breached: SlaView['breached'];
}

export class DepartmentAnswerDto {
  @ApiProperty() cause: string;
  @ApiProperty({ type: [String] }) correctiveActions: string[];
  @ApiProperty({ type: [String] }) preventiveActions: string[];
}

export class DepartmentViewDto implements DepartmentView {
  @ApiProperty({ enum: ['quality'] }) department: 'quality';
  @ApiProperty({ enum: ['awaiting_confirmation', 'waiting', 'answered', 'refused', 'timed_out'] }) status: DepartmentView['status'];
  @ApiProperty({ pattern: STAFF_CODE_PATTERN }) requestedBy: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: String, nullable: true, pattern: STAFF_CODE_PATTERN }) confirmedBy: string | null;
  @ApiProperty({ type: DepartmentAnswerDto, nullable: true }) answer: DepartmentAnswerDto | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) round: number;
}

export class SatisfactionViewDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, nullable: true }) score: number | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) callDueAt?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: "After no answer: the next attempt, in the customer's call hours (F-5); an unanswered attempt before it is refused (409)" }) nextAttemptAt?: string | null;
}

/** F-10: the follow-up call a complaint came from. */
export class FollowUpCallLinkDto implements FollowUpCallLink {
  @ApiProperty({ pattern: CASE_NO_PATTERN.followUp, example: 'FU-20261124-0001' }) planId: string;
  @ApiProperty({ example: 'FU-20261124-0001-7dc' }) callId: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'The attempt on which the customer said so' }) attemptNo: number;
}

export class RemedyReturnViewDto {
  @ApiProperty({ type: String, nullable: true, pattern: CASE_NO_PATTERN.return }) returnNo: string | null;
  @ApiProperty({ enum: RETURN_TYPES }) type: (typeof RETURN_TYPES)[number];
  @ApiProperty({ enum: ['opening', 'running', ...RETURN_STATUSES] }) status: NonNullable<ComplaintState['remedyReturn']>['status'];
  @ApiProperty({ type: String, nullable: true }) result: string | null;
}

export class DataProblemDto {
  @ApiProperty({ enum: ['DATA_NOT_STORABLE'] }) code: 'DATA_NOT_STORABLE';
  @ApiProperty({ example: '22021', description: 'The SQLSTATE PostgreSQL answered; never the value' }) sqlState: string;
  @ApiProperty({ example: 'recordCaseState', description: 'The step that could not store the case' }) step: string;
}

export class ComplaintDetailDto implements ComplaintState {
  @ApiProperty({ pattern: CASE_NO_PATTERN.complaint, example: 'CP-20261124-0001' }) caseNo: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES, enumName: 'ComplaintStatus' }) status: ComplaintState['status'];
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, enumName: 'ComplaintCategory' }) category: ComplaintState['category'];
  @ApiProperty({ enum: COMPLAINT_SEVERITIES, enumName: 'ComplaintSeverity' }) severity: ComplaintState['severity'];
  @ApiProperty({ pattern: CUSTOMER_NO_PATTERN, example: 'CU-000123' }) customerNo: string;
  @ApiProperty({ type: String, nullable: true }) assignedAgent: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) escalationLevel: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) stateVersion: number;
  @ApiProperty({ type: String, enum: REMEDIES, nullable: true, example: 'repair' }) remedy: Remedy | null;
  @ApiPropertyOptional({ type: RemedyReturnViewDto, nullable: true, description: 'C-10: the return request a refund or replacement runs as' })
  remedyReturn?: RemedyReturnViewDto | null;
  @ApiProperty({ type: SatisfactionViewDto, nullable: true }) satisfaction: SatisfactionViewDto | null;
  @ApiProperty({
    type: SlaViewDto,
    nullable: true,
    description: 'SLA clock: policy, whether paused, pending deadlines (with remaining business time) and breached targets',
    example: { policy: 'quality v1', calendar: '24x7', calendarVersion: null, timeZone: 'Asia/Shanghai', paused: false, pausedReason: null, deadlines: [{ target: 'first_contact', at: '2026-11-25T09:00:00.000Z', remainingBusinessMs: 3600000 }], breached: [] },
  })
  sla: (SlaView & { deadlines: Array<SlaView['deadlines'][number] & { remainingBusinessMs?: number }> }) | null;
  @ApiProperty({
    type: DepartmentViewDto,
    nullable: true,
    description: 'C-4/C-7: forwarding to the quality department and its answer',
    example: { department: 'quality', status: 'answered', requestedBy: 'AG-001', note: 'batch 2611 solder joints', confirmedBy: 'MGR-001', reason: null, round: 1, answer: { cause: 'solder joint', correctiveActions: ['rework batch'], preventiveActions: ['AOI check'] } },
  })
  department: DepartmentView | null;
  @ApiPropertyOptional({ type: FollowUpCallLinkDto, nullable: true, description: 'F-10: the follow-up call (plan, call, attempt) whose dissatisfied customer started the complaint' })
  fromFollowUpCall?: FollowUpCallLinkDto | null;
  @ApiPropertyOptional({ type: DataProblemDto, nullable: true, description: 'Case data the database refused: the read model cannot hold the case until staff correct it' })
  dataProblem?: DataProblemDto | null;
  @ApiProperty({ type: [TimelineEntryDto] }) timeline: TimelineEntryDto[];
  @ApiPropertyOptional({ enum: CASE_VIEW_SOURCES, description: 'Reads only: `read_model` (the case as recorded at `stateVersion`) or `workflow` (`?live=true`, or a case not recorded yet)' })
  readFrom?: CaseViewSource;
}

export class ComplaintListDto {
  @ApiProperty({ type: [ComplaintSummaryDto] }) items: ComplaintSummaryDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}
