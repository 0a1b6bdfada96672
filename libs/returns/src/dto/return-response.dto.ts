import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseRecordEntity } from '@libs/database';
import { RETURN_STATUSES, RETURN_TYPES } from '@libs/domain/returns/return-lifecycle';
import { GOODS_STATES } from '@libs/domain/returns/return-policy';
import type {
  DamageClaimView,
  ExchangeView,
  InspectionView,
  ParcelView,
  RefundView,
  ReturnDeadline,
  ReturnState,
  TimelineEntry,
} from '@workflows/returns/return.contract';

export class ReturnCreatedDto {
  @ApiProperty({ example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ example: 'return-RT-20261124-0001' }) workflowId: string;
  @ApiProperty({ example: true, description: 'false when an Idempotency-Key retry returned the earlier request' }) created: boolean;
}

/** One line of the returns register, from the read model. */
export class ReturnSummaryDto {
  @ApiProperty({ example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ example: 'return-RT-20261124-0001' }) workflowId: string;
  @ApiProperty({ enum: RETURN_TYPES, example: 'return_and_refund' }) type: string | null;
  @ApiProperty({ enum: RETURN_STATUSES, example: 'buyer_shipped' }) status: string;
  @ApiProperty({ type: String, nullable: true, example: 'CU-000002' }) customerNo: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tmall' }) source: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'not_as_described' }) problemType: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'neutral' }) customerRating: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) handler: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'How the request ended: refunded, replaced, closed: …, cancelled: …' }) result: string | null;
  @ApiProperty({ example: 'return_and_refund CNY 259.00 for order SO-20261120-0042' }) summary: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
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
  @ApiProperty({ example: 1 }) total: number;
}

export class ReturnTimelineEntryDto implements TimelineEntry {
  @ApiProperty({ example: '2026-11-24T08:00:00.000Z' }) at: string;
  @ApiProperty({ example: 'agree' }) event: string;
  @ApiProperty({ example: 'AG-001' }) by: string;
  @ApiPropertyOptional({ example: 'amount and reason checked (R-2)' }) note?: string;
}

/** The live state of a request, from its workflow: the source of truth. */
export class ReturnDetailDto implements ReturnState {
  @ApiProperty({ example: 'RT-20261124-0001' }) returnNo: string;
  @ApiProperty({ enum: RETURN_TYPES }) type: ReturnState['type'];
  @ApiProperty({ enum: RETURN_STATUSES, example: 'buyer_shipped' }) status: ReturnState['status'];
  @ApiProperty({ example: 'tmall' }) source: ReturnState['source'];
  @ApiProperty({ example: 'not_as_described' }) reason: ReturnState['reason'];
  @ApiProperty({ example: 'CU-000002' }) customerNo: string;
  @ApiProperty({ example: 'SO-20261120-0042' }) orderRef: string;
  @ApiProperty({ example: [{ sku: 'EB-200', quantity: 1 }], description: 'What comes back (or is refunded)' }) items: ReturnState['items'];
  @ApiProperty({ example: 25_900, description: 'In fen' }) amountFen: number;
  @ApiProperty({ example: 'Colour differs from the listing' }) description: string;
  @ApiProperty({ enum: GOODS_STATES, example: 'received' }) goodsState: ReturnState['goodsState'];
  @ApiProperty({ type: String, nullable: true, example: 'AG-001', description: 'R-7: who last acted for the seller' }) handler: string | null;
  @ApiPropertyOptional({ example: { code: 'default', version: 1 }, description: 'R-8: the policy version the request runs under' }) policy: ReturnState['policy'];
  @ApiProperty({ type: String, nullable: true, description: 'R-9: refund due within 7 days of the goods coming back' }) refundDueAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "R-5: when the parcel reaches after-sales' inspection queue" }) inspectionQueuedAt: string | null;
  @ApiPropertyOptional({ example: { reason: 'the order line was CNY 199.00', by: 'AG-001', round: 1 } }) rejection: ReturnState['rejection'];
  @ApiProperty({
    description: 'L-1: the return parcel and any replacement, with every courier event (agent id, date, result)',
    example: [
      {
        purpose: 'return',
        courier: 'YTO',
        waybillNo: 'YT1234567890',
        method: 'express',
        shippedAt: '2026-11-24T08:10:00.000Z',
        round: 1,
        events: [{ waybillNo: 'YT1234567890', state: 'in_transit', at: '2026-11-24T09:00:00.000Z', courierAgentId: 'CA-101' }],
        lastState: 'in_transit',
      },
    ],
  })
  parcels: ParcelView[];
  @ApiProperty({ example: { resellable: true, qualityProblem: false, notes: 'sealed, unused', photoRefs: [], by: 'WH-001', at: '2026-11-25T07:00:00.000Z' } })
  inspection: InspectionView | null;
  @ApiProperty({ example: { refundId: 'RF-RT-20261124-0001', amountFen: 25_900, status: 'paid', attempts: 1, paymentId: 'PAY-000001', failure: null } })
  refund: RefundView | null;
  @ApiProperty({ example: { shippingFee: 'waived_quality_problem', shippingFeeFen: 0, paymentRef: null } })
  exchange: ExchangeView | null;
  @ApiProperty({ description: 'L-2, L-3: claims filed with the courier', example: [] })
  damageClaims: DamageClaimView[];
  @ApiProperty({ description: 'R-8: pending timeouts and what the system does when each passes', example: [{ id: 'seller_receipt', at: '2026-12-04T08:10:00.000Z', action: 'refunded by the system' }] })
  deadlines: ReturnDeadline[];
  @ApiProperty({ type: String, nullable: true, example: null }) result: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The complaint whose remedy started this return (C-10)' }) complaintCaseNo: string | null;
  @ApiProperty({ example: 5 }) stateVersion: number;
  @ApiProperty({ type: [ReturnTimelineEntryDto] }) timeline: ReturnTimelineEntryDto[];
}
