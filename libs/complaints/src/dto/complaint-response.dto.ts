import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseRecordEntity } from '@libs/database';
import type { ComplaintState, DepartmentView, Remedy, SlaView, TimelineEntry } from '@workflows/complaint/complaint.contract';

export class ComplaintSummaryDto {
  @ApiProperty({ example: 'CP-20261124-0001' }) caseNo: string;
  @ApiProperty({ example: 'complaint-CP-20261124-0001' }) workflowId: string;
  @ApiProperty({ example: 'assigned' }) status: string;
  @ApiPropertyOptional({ example: 'quality' }) category: string | null;
  @ApiPropertyOptional({ example: 'high' }) severity: string | null;
  @ApiPropertyOptional({ example: 'AG-001' }) assignedAgent: string | null;
  @ApiProperty() escalationLevel: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function mapComplaintSummary(row: CaseRecordEntity): ComplaintSummaryDto {
  return {
    caseNo: row.caseNo,
    workflowId: row.workflowId,
    status: row.status,
    category: row.category,
    severity: row.severity,
    assignedAgent: row.assignedAgentCode,
    escalationLevel: row.escalationLevel,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export class TimelineEntryDto implements TimelineEntry {
  @ApiProperty() at: string;
  @ApiProperty() event: string;
  @ApiProperty() by: string;
  @ApiPropertyOptional() note?: string;
}

export class ComplaintDetailDto implements ComplaintState {
  @ApiProperty() caseNo: string;
  @ApiProperty() status: ComplaintState['status'];
  @ApiProperty() category: ComplaintState['category'];
  @ApiProperty() severity: ComplaintState['severity'];
  @ApiProperty() customerNo: string;
  @ApiPropertyOptional() assignedAgent: string | null;
  @ApiProperty() escalationLevel: number;
  @ApiProperty() stateVersion: number;
  @ApiPropertyOptional({ example: 'repair' }) remedy: Remedy | null;
  @ApiPropertyOptional({ example: { returnNo: 'RT-20261124-0007', type: 'refund_only', status: 'refunded', result: 'refunded' }, description: 'C-10: the return request a refund or replacement runs as' })
  remedyReturn?: ComplaintState['remedyReturn'];
  @ApiPropertyOptional({ example: { score: 4, comment: 'fixed quickly', attempts: 1 } }) satisfaction: ComplaintState['satisfaction'];
  @ApiPropertyOptional({
    description: 'SLA clock: policy, whether paused, pending deadlines (with remaining business time) and breached targets',
    example: { policy: 'quality v1', calendar: '24x7', paused: false, deadlines: [{ target: 'first_contact', at: '2026-11-25T09:00:00.000Z', remainingBusinessMs: 3600000 }], breached: [] },
  })
  sla: (SlaView & { deadlines: Array<SlaView['deadlines'][number] & { remainingBusinessMs?: number }> }) | null;
  @ApiPropertyOptional({
    description: 'C-4/C-7: forwarding to the quality department and its answer',
    example: { department: 'quality', status: 'answered', requestedBy: 'AG-001', confirmedBy: 'MGR-001', answer: { cause: 'solder joint', correctiveActions: ['rework batch'], preventiveActions: ['AOI check'] } },
  })
  department: DepartmentView | null;
  @ApiProperty({ type: [TimelineEntryDto] }) timeline: TimelineEntryDto[];
}

export class ComplaintListDto {
  @ApiProperty({ type: [ComplaintSummaryDto] }) items: ComplaintSummaryDto[];
  @ApiProperty() total: number;
}
