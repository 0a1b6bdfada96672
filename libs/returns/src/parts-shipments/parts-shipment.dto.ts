import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsDefined, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import { PARTS_SHIPMENT_RESULTS, PartsShipmentResult } from '@libs/domain/returns/parts-shipment';
import { PARTS_BILLING, PartsBilling } from '@libs/domain/returns/shipment-readiness';
import { CASE_NO_PATTERN, NestedObject, NestedObjects, PageQuery } from '@libs/http';
import { ReturnAddressDto } from '../dto/create-return.dto';

const CASE_NO = /^(CP|RT)-\d{8}-\d{4,}$/;

export class ShippedPartDto {
  @ApiProperty({ example: 'CTRL-48V-A', maxLength: 60, description: 'The part number' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  partNo: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 1 })
  @IsInt({ message: 'quantity must be a whole number from 1 to 1000' })
  @Min(1, { message: 'quantity must be a whole number from 1 to 1000' })
  @Max(1000, { message: 'quantity must be a whole number from 1 to 1000' })
  quantity: number;
}

/**
 * L-5: the warehouse records a parts shipment as it goes out; L-4: only after stock, the address and
 * contact, and (for chargeable parts) the payment are confirmed.
 */
export class CreatePartsShipmentDto {
  @ApiProperty({ example: 'SF1234567890', maxLength: 40, description: 'The waybill: one shipment per waybill, so recording it again returns the same shipment' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{6,40}$/, { message: 'waybillNo must be 6 to 40 letters, digits or dashes' })
  waybillNo: string;

  @ApiProperty({ type: [ShippedPartDto], minItems: 1, maxItems: 50 })
  @ArrayMinSize(1, { message: 'parts must list at least one part' })
  @ArrayMaxSize(50)
  @NestedObjects(() => ShippedPartDto)
  parts: ShippedPartDto[];

  @ApiPropertyOptional({ pattern: `${CASE_NO_PATTERN.complaint}|${CASE_NO_PATTERN.return}`, example: 'CP-20261124-0001', description: 'The complaint or return the parts are for' })
  @IsOptional()
  @Matches(CASE_NO, { message: 'caseNo must look like CP-20261124-0001 or RT-20261124-0001' })
  caseNo?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it left the warehouse; now when absent' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'shippedAt must be an ISO 8601 date-time' })
  shippedAt?: string;

  @ApiProperty({ example: '顺丰速运', maxLength: 40, description: 'L-4: the courier company carrying it, named in the SMS to the customer' })
  @IsString()
  @IsNotEmpty({ message: 'courier is required' })
  @MaxLength(40)
  courier: string;

  @ApiProperty({ type: ReturnAddressDto, description: 'L-4: where and to whom it goes; checked before shipping, not stored' })
  @IsDefined({ message: 'to is required: the address and contact the parts go to' })
  @NestedObject(() => ReturnAddressDto)
  to: ReturnAddressDto;

  @ApiProperty({ enum: PARTS_BILLING, description: 'warranty: free under the three guarantees (C-10); chargeable: shipped only once finance has the payment for orderRef (L-4)' })
  @IsIn(PARTS_BILLING, { message: `billing must be one of: ${PARTS_BILLING.join(', ')}` })
  billing: PartsBilling;

  @ApiPropertyOptional({ example: 'SO-20261120-0042', pattern: '^[A-Za-z0-9][\\w-]{2,63}$', description: 'The order the chargeable parts were paid through; required when chargeable' })
  @ValidateIf((dto: CreatePartsShipmentDto) => dto.billing === 'chargeable' || dto.orderRef !== undefined)
  @Matches(/^[A-Za-z0-9][\w-]{2,63}$/, { message: 'orderRef is required for chargeable parts: 3-64 letters, digits, _ or -' })
  orderRef?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 12_000, description: 'What the chargeable parts cost, in fen; required when chargeable' })
  @ValidateIf((dto: CreatePartsShipmentDto) => dto.billing === 'chargeable' || dto.amountFen !== undefined)
  @IsInt({ message: 'amountFen is required for chargeable parts: a whole number of fen' })
  @Min(1, { message: 'amountFen must be at least 1 fen' })
  amountFen?: number;

  @ApiPropertyOptional({ pattern: CUSTOMER_NO.source, example: 'CU-000123', description: 'L-4: the customer told by SMS of the courier and the waybill number' })
  @IsOptional()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo?: string;
}

/** L-5: a correction or a complaint found the shipment wrong or short (or, on a second look, correct after all). */
export class PartsShipmentOutcomeDto {
  @ApiProperty({ enum: PARTS_SHIPMENT_RESULTS })
  @IsIn(PARTS_SHIPMENT_RESULTS, { message: `result must be one of: ${PARTS_SHIPMENT_RESULTS.join(', ')}` })
  result: PartsShipmentResult;
}

export class ListPartsShipmentsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: 'Shipped at or after (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'Shipped before (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({ enum: PARTS_SHIPMENT_RESULTS })
  @IsOptional()
  @IsIn(PARTS_SHIPMENT_RESULTS, { message: `result must be one of: ${PARTS_SHIPMENT_RESULTS.join(', ')}` })
  result?: PartsShipmentResult;
}

export class PartsShipmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SF1234567890' }) waybillNo: string;
  @ApiProperty({ type: String, nullable: true, example: 'CP-20261124-0001' }) caseNo: string | null;
  @ApiProperty({ type: [ShippedPartDto] }) parts: ShippedPartDto[];
  @ApiProperty({ enum: PARTS_SHIPMENT_RESULTS }) result: PartsShipmentResult;
  @ApiProperty({ type: String, nullable: true, example: '顺丰速运', description: 'Null for shipments recorded before the courier was asked for' }) courier: string | null;
  @ApiProperty({ enum: PARTS_BILLING }) billing: PartsBilling;
  @ApiProperty({ type: String, nullable: true, example: 'SO-123456' }) orderRef: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CU-000123' }) customerNo: string | null;
  @ApiProperty({ format: 'date-time' }) shippedAt: string;
  @ApiProperty({ example: 'WH-001' }) shippedBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) correctedAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'AG-001' }) correctedBy: string | null;
}

export class PartsShipmentListDto {
  @ApiProperty({ type: [PartsShipmentDto] }) items: PartsShipmentDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}

export interface PartsShipmentRow {
  id: string;
  waybill_no: string;
  case_no: string | null;
  parts: ShippedPartDto[];
  result: PartsShipmentResult;
  courier: string | null;
  billing: PartsBilling;
  order_ref: string | null;
  customer_no: string | null;
  shipped_at: Date;
  shipped_by: string;
  corrected_at: Date | null;
  corrected_by: string | null;
}

export function mapPartsShipment(r: PartsShipmentRow): PartsShipmentDto {
  return {
    id: r.id,
    waybillNo: r.waybill_no,
    caseNo: r.case_no,
    parts: r.parts,
    result: r.result,
    courier: r.courier,
    billing: r.billing,
    orderRef: r.order_ref,
    customerNo: r.customer_no,
    shippedAt: r.shipped_at.toISOString(),
    shippedBy: r.shipped_by,
    correctedAt: r.corrected_at?.toISOString() ?? null,
    correctedBy: r.corrected_by,
  };
}
