import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TRACKING_STATES } from '@libs/departments/ports/courier.port';
import { SHIPPING_METHODS } from '@libs/domain/returns/return-policy';
import { STAFF_CODE_PATTERN } from '@libs/http';
import type { DamageClaimView, ExchangeView, InspectionView, ParcelView, RefundView, ReturnDeadline } from '@workflows/returns/return.contract';

// The parts of a return's live state (ReturnDetailDto), each as the workflow reports it.

export class ReturnItemDto {
  @ApiProperty({ example: 'EB-200' }) sku: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) quantity: number;
}

export class PolicyRefDto {
  @ApiProperty({ example: 'default' }) code: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) version: number;
}

export class RejectionDto {
  @ApiProperty({ example: 'the order line was CNY 199.00' }) reason: string;
  @ApiProperty({ pattern: STAFF_CODE_PATTERN, example: 'AG-001' }) by: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) round: number;
}

export class TrackingEventDto {
  @ApiProperty({ example: 'YT1234567890' }) waybillNo: string;
  @ApiProperty({ enum: TRACKING_STATES, example: 'in_transit' }) state: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'CA-101' }) courierAgentId: string;
  @ApiPropertyOptional() note?: string;
}

export class TrackingQueryDto {
  @ApiProperty({ format: 'date-time', description: 'When the courier was asked' }) at: string;
  @ApiProperty({ example: 'in_transit', description: 'The latest state the courier reported, `no_events` or `no_answer`' }) result: string;
  @ApiProperty({ type: String, nullable: true, example: 'CA-101', description: "The courier's agent id of the latest event" }) courierAgentId: string | null;
}

export class ParcelDto implements Omit<ParcelView, 'events' | 'lastState'> {
  @ApiProperty({ enum: ['return', 'replacement'] }) purpose: ParcelView['purpose'];
  @ApiProperty({ example: 'YTO' }) courier: string;
  @ApiProperty({ example: 'YT1234567890' }) waybillNo: string;
  @ApiProperty({ enum: SHIPPING_METHODS }) method: ParcelView['method'];
  @ApiProperty({ format: 'date-time' }) shippedAt: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) round: number;
  @ApiProperty({ type: [TrackingEventDto] }) events: TrackingEventDto[];
  @ApiProperty({ type: String, enum: TRACKING_STATES, nullable: true, example: 'in_transit' }) lastState: string | null;
  @ApiPropertyOptional({ type: TrackingQueryDto, description: 'L-1: the result of the last tracking query, with the courier agent and date' }) lastQuery?: TrackingQueryDto;
}

export class InspectionDto implements InspectionView {
  @ApiProperty() resellable: boolean;
  @ApiProperty() qualityProblem: boolean;
  @ApiProperty({ example: 'sealed, unused' }) notes: string;
  @ApiProperty({ type: [String] }) photoRefs: string[];
  @ApiProperty({ example: 'WH-001' }) by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class RefundDto implements RefundView {
  @ApiProperty({ example: 'RF-RT-20261124-0001' }) refundId: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'In fen', example: 25_900 }) amountFen: number;
  @ApiProperty({ enum: ['awaiting_confirmation', 'requested', 'paid', 'failed'], description: 'R-1, R-4: above the policy threshold a refund awaits a finance person before finance pays' })
  status: RefundView['status'];
  @ApiPropertyOptional({ type: String, nullable: true, example: 'FN-001', description: 'R-4: the finance person who confirmed a refund above the threshold' })
  confirmedBy?: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts: number;
  @ApiProperty({ type: String, nullable: true, example: 'PAY-000001' }) paymentId: string | null;
  @ApiProperty({ type: String, nullable: true }) failure: string | null;
}

export class ExchangeDto implements ExchangeView {
  @ApiProperty({ enum: ['waived_quality_problem', 'paid_by_customer', 'due', 'paid'], nullable: true, example: 'waived_quality_problem' })
  shippingFee: ExchangeView['shippingFee'];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'In fen' }) shippingFeeFen: number;
  @ApiProperty({ type: String, nullable: true }) paymentRef: string | null;
}

export class DamageClaimViewDto implements DamageClaimView {
  @ApiProperty({ example: 'DC-20261124-0001' }) claimId: string;
  @ApiProperty({ example: 'YT1234567890' }) waybillNo: string;
  @ApiProperty({ enum: ['damaged', 'lost'] }) kind: DamageClaimView['kind'];
  @ApiProperty({ format: 'date-time' }) filedAt: string;
}

export class ReturnDeadlineDto implements ReturnDeadline {
  @ApiProperty({ enum: ['seller_response', 'buyer_modify', 'buyer_ship', 'seller_receipt', 'refund_due', 'shipping_fee', 'inspection_queue'] })
  id: ReturnDeadline['id'];
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'refunded by the system' }) action: string;
}
