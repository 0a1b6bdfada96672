import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseRecordEntity } from '@libs/database';
import { RETURN_STATUSES, RETURN_TYPES } from '@libs/domain/returns/return-lifecycle';
import { GOODS_STATES } from '@libs/domain/returns/return-policy';
import { RETURN_REASONS, RETURN_SOURCES } from '@libs/domain/returns/return-request';
import { CASE_NO_PATTERN, CUSTOMER_NO_PATTERN } from '@libs/http';
import type { ReturnState, TimelineEntry } from '@workflows/returns/return.contract';
import {
  DamageClaimViewDto,
  ExchangeDto,
  InspectionDto,
  ParcelDto,
  PolicyRefDto,
  RefundDto,
  RejectionDto,
  ReturnDeadlineDto,
  ReturnItemDto,
} from './return-views.dto';
import { CASE_VIEW_SOURCES, type CaseViewSource } from '@libs/cases/case-view-reader';

export class ReturnCreatedDto {
  @ApiProperty({ example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ example: 'return-RT-20261124-0001' }) workflowId: string;
  @ApiProperty({ example: true, description: 'false when an Idempotency-Key retry returned the earlier request' }) created: boolean;
}

/** One line of the returns register, from the read model. */
export class ReturnSummaryDto {
  @ApiProperty({ example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ example: 'return-RT-20261124-0001' }) workflowId: string;
  @ApiProperty({ enum: RETURN_TYPES, nullable: true, example: 'return_and_refund' }) type: string | null;
  @ApiProperty({ enum: RETURN_STATUSES, example: 'buyer_shipped' }) status: string;
  @ApiProperty({ type: String, nullable: true, example: 'CU-000002' }) customerNo: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tmall' }) source: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'not_as_described' }) problemType: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'neutral' }) customerRating: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) handler: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'How the request ended: refunded, replaced, closed: …, cancelled: …' }) result: string | null;
  @ApiProperty({ example: 'return_and_refund CNY 259.00 for order SO-20261120-0042' }) summary: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function mapReturnSummary(row: CaseRecordEntity, customerNo: string | null): ReturnSummaryDto {
  return {
    returnNo: row.caseNo,
    workflowId: row.workflowId,
    type: row.category,
    status: row.status,
    customerNo,
    source: row.source,
    problemType: row.problemType,
    customerRating: row.customerRating,
    handler: row.assignedAgentCode,
    result: row.result,
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export class ReturnListDto {
  @ApiProperty({ type: [ReturnSummaryDto] }) items: ReturnSummaryDto[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 1 }) total: number;
}

export class ReturnTimelineEntryDto implements TimelineEntry {
  @ApiProperty({ format: 'date-time', example: '2026-11-24T08:00:00.000Z' }) at: string;
  @ApiProperty({ example: 'agree' }) event: string;
  @ApiProperty({ example: 'AG-001' }) by: string;
  @ApiPropertyOptional({ example: 'amount and reason checked (R-2)' }) note?: string;
}

/** The live state of a request, from its workflow: the source of truth. */
export class ReturnDetailDto implements ReturnState {
  @ApiProperty({ pattern: CASE_NO_PATTERN.return, example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ enum: RETURN_TYPES }) type: ReturnState['type'];
  @ApiProperty({ enum: RETURN_STATUSES, example: 'buyer_shipped' }) status: ReturnState['status'];
  @ApiProperty({ enum: RETURN_SOURCES, example: 'tmall' }) source: ReturnState['source'];
  @ApiProperty({ enum: RETURN_REASONS, example: 'not_as_described' }) reason: ReturnState['reason'];
  @ApiProperty({ pattern: CUSTOMER_NO_PATTERN, example: 'CU-000002' }) customerNo: string;
  @ApiProperty({ example: 'SO-20261120-0042' }) orderRef: string;
  @ApiProperty({ type: [ReturnItemDto], description: 'What comes back (or is refunded)' }) items: ReturnItemDto[];
  @ApiProperty({ type: 'integer', minimum: 1, example: 25_900, description: 'In fen' }) amountFen: number;
  @ApiProperty({ example: 'Colour differs from the listing' }) description: string;
  @ApiProperty({ enum: GOODS_STATES, example: 'received' }) goodsState: ReturnState['goodsState'];
  @ApiProperty({ type: String, nullable: true, example: 'AG-001', description: 'R-7: who last acted for the seller' }) handler: string | null;
  @ApiProperty({ type: PolicyRefDto, nullable: true, description: 'R-8: the policy version the request runs under' }) policy: PolicyRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'R-9: refund due within 7 days of the goods coming back' }) refundDueAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "R-5: when the parcel reaches after-sales' inspection queue" }) inspectionQueuedAt: string | null;
  @ApiProperty({ type: RejectionDto, nullable: true }) rejection: RejectionDto | null;
  @ApiProperty({ type: [ParcelDto], description: 'L-1: the return parcel and any replacement, with every courier event (agent id, date, result)' })
  parcels: ReturnState['parcels'];
  @ApiProperty({ type: InspectionDto, nullable: true }) inspection: InspectionDto | null;
  @ApiProperty({ type: RefundDto, nullable: true }) refund: RefundDto | null;
  @ApiProperty({ type: ExchangeDto, nullable: true }) exchange: ExchangeDto | null;
  @ApiProperty({ type: [DamageClaimViewDto], description: 'L-2, L-3: claims filed with the courier' }) damageClaims: DamageClaimViewDto[];
  @ApiProperty({ type: [ReturnDeadlineDto], description: 'R-8: pending timeouts and what the system does when each passes' }) deadlines: ReturnDeadlineDto[];
  @ApiProperty({ type: String, nullable: true, example: null }) result: string | null;
  @ApiProperty({ type: String, nullable: true, pattern: CASE_NO_PATTERN.complaint, example: null, description: 'The complaint whose remedy started this return (C-10)' }) complaintCaseNo: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, example: 5 }) stateVersion: number;
  @ApiProperty({ type: [ReturnTimelineEntryDto] }) timeline: ReturnTimelineEntryDto[];
  @ApiPropertyOptional({ enum: CASE_VIEW_SOURCES, description: 'Reads only: `read_model` (the case as recorded at `stateVersion`) or `workflow` (`?live=true`, or a case not recorded yet)' })
  readFrom?: CaseViewSource;
}
