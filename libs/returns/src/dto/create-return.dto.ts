import { CUSTOMER_NO } from '@libs/domain/customers/customer-file';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { GOODS_CLASSES, GoodsClass } from '@libs/domain/returns/no-reason-return';
import { RETURN_TYPES, ReturnType } from '@libs/domain/returns/return-lifecycle';
import { GOODS_STATES, GoodsState } from '@libs/domain/returns/return-policy';
import { CUSTOMER_RATINGS, CustomerRating, RETURN_REASONS, RETURN_SOURCES, ReturnReason, ReturnSource } from '@libs/domain/returns/return-request';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { FenAmount, MAX_AMOUNT_FEN } from './fen-amount';
import { NestedObject, NestedObjects } from '@libs/http';

const oneOf = (field: string, values: readonly string[]) => `${field} must be one of: ${values.join(', ')}`;

export class ReturnItemDto {
  @ApiProperty({ example: 'EB-200', maxLength: 64 })
  @IsString()
  @Matches(/^[A-Za-z0-9][\w.-]{0,63}$/, { message: 'sku must be 1-64 letters, digits, _ . or -' })
  sku: string;

  @ApiProperty({ type: 'integer', example: 1, minimum: 1, maximum: 999 })
  @IsInt({ message: 'quantity must be a whole number from 1 to 999' })
  @Min(1, { message: 'quantity must be a whole number from 1 to 999' })
  @Max(999, { message: 'quantity must be a whole number from 1 to 999' })
  quantity: number;
}

/** Where the replacement of an exchange goes. Personal data: it travels only in encrypted payloads. */
export class ReturnAddressDto {
  @ApiProperty({ example: '张三' })
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '13900000000' })
  @IsString()
  @Matches(/^\+?[\d -]{6,20}$/, { message: 'phone must be 6-20 digits, spaces or dashes' })
  phone: string;

  @ApiProperty({ example: '浙江省杭州市' })
  @IsString()
  @IsNotEmpty({ message: 'region is required' })
  @MaxLength(100)
  region: string;

  @ApiProperty({ example: '西湖区文三路 1 号' })
  @IsString()
  @IsNotEmpty({ message: 'line is required' })
  @MaxLength(200)
  line: string;
}

/** what customer service registers for a refund, return or exchange request. */
export class CreateReturnDto {
  @ApiProperty({ enum: RETURN_TYPES, example: 'return_and_refund' })
  @IsIn(RETURN_TYPES, { message: oneOf('type', RETURN_TYPES) })
  type: ReturnType;

  @ApiProperty({ enum: RETURN_SOURCES, example: 'tmall', description: 'R-7: where the request came from' })
  @IsIn(RETURN_SOURCES, { message: oneOf('source', RETURN_SOURCES) })
  source: ReturnSource;

  @ApiProperty({ pattern: CUSTOMER_NO.source, example: 'CU-000002', description: 'Customer file number' })
  @IsString()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo: string;

  @ApiProperty({ example: 'SO-20261120-0042', description: 'The order the goods were bought with' })
  @IsString()
  @Matches(/^[A-Za-z0-9][\w-]{2,63}$/, { message: 'orderRef must be 3-64 letters, digits, _ or -' })
  orderRef: string;

  @ApiProperty({ type: [ReturnItemDto], example: [{ sku: 'EB-200', quantity: 1 }] })
  @IsArray({ message: 'items must be a list of { sku, quantity }' })
  @ArrayMinSize(1, { message: 'items must hold at least one item' })
  @ArrayMaxSize(50, { message: 'items must hold at most 50 items' })
  @NestedObjects(() => ReturnItemDto)
  items: ReturnItemDto[];

  @ApiProperty({ type: 'integer', example: 25_900, minimum: 1, maximum: MAX_AMOUNT_FEN, description: 'R-2: the amount asked back, in fen (25900 = CNY 259.00)' })
  @FenAmount()
  amountFen: number;

  @ApiProperty({ enum: RETURN_REASONS, example: 'not_as_described', description: 'R-7: the problem type; no_reason_7_days is the statutory return (R-3, R-9)' })
  @IsIn(RETURN_REASONS, { message: oneOf('reason', RETURN_REASONS) })
  reason: ReturnReason;

  @ApiProperty({ example: 'Colour differs from the listing', maxLength: 4000 })
  @IsString()
  @IsNotEmpty({ message: 'description is required' })
  @MaxLength(4000)
  description: string;

  @ApiPropertyOptional({
    enum: GOODS_STATES,
    description: 'Refund only: where the goods are (R-8 times each case differently); required for refund_only. Returns and exchanges: received (the default)',
  })
  @ValidateIf((o: CreateReturnDto) => o.type === 'refund_only' || o.goodsState !== undefined)
  @IsIn(GOODS_STATES, { message: oneOf('goodsState', GOODS_STATES) })
  goodsState?: GoodsState;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-20T10:00:00+08:00', description: 'R-9: when the buyer received the goods; required for no_reason_7_days' })
  @ValidateIf((o: CreateReturnDto) => o.reason === 'no_reason_7_days' || o.goodsReceivedAt !== undefined)
  @IsISO8601({ strict: true }, { message: 'goodsReceivedAt must be an ISO 8601 date-time such as 2026-11-20T10:00:00+08:00' })
  goodsReceivedAt?: string;

  @ApiPropertyOptional({ enum: GOODS_CLASSES, default: 'standard', description: 'R-9: every class but standard is excluded from no-reason returns' })
  @IsOptional()
  @IsIn(GOODS_CLASSES, { message: oneOf('goodsClass', GOODS_CLASSES) })
  goodsClass?: GoodsClass;

  @ApiPropertyOptional({ default: false, description: 'R-8: the seller has less time to answer for virtual goods' })
  @IsOptional()
  @IsBoolean({ message: 'virtualGoods must be true or false' })
  virtualGoods?: boolean;

  @ApiPropertyOptional({ type: ReturnAddressDto, description: 'Exchange: where the replacement goes (required for exchange)' })
  @IsOptional()
  @NestedObject(() => ReturnAddressDto)
  address?: ReturnAddressDto;

  @ApiPropertyOptional({ default: false, description: 'R-6: the customer paid the return postage, so the replacement ships without a further fee' })
  @IsOptional()
  @IsBoolean({ message: 'customerPaidReturnShipping must be true or false' })
  customerPaidReturnShipping?: boolean;

  @ApiPropertyOptional({ enum: CUSTOMER_RATINGS, description: "R-7: the customer's rating of the purchase, when known" })
  @IsOptional()
  @IsIn(CUSTOMER_RATINGS, { message: oneOf('customerRating', CUSTOMER_RATINGS) })
  customerRating?: CustomerRating;

  @ApiPropertyOptional({ pattern: SLA_POLICY_CODE.source, example: 'default', default: 'default', description: 'R-8: the return policy to run under; must be active' })
  @IsOptional()
  @Matches(SLA_POLICY_CODE, { message: 'policyCode must be 2-41 lower-case letters, digits or -, starting with a letter' })
  policyCode?: string;
}

const base = { source: 'tmall', customerNo: 'CU-000002', orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900 };

/** Swagger examples of the request body. */
export const CREATE_RETURN_EXAMPLES = {
  returnAndRefund: {
    summary: 'Return and refund: not as described',
    value: { ...base, type: 'return_and_refund', reason: 'not_as_described', description: 'Colour differs from the listing', customerRating: 'neutral' },
  },
  noReason: {
    summary: 'Seven-day no-reason return (R-9)',
    value: { ...base, type: 'return_and_refund', reason: 'no_reason_7_days', description: 'Changed my mind', goodsReceivedAt: '2026-11-20T10:00:00+08:00' },
  },
  refundOnly: {
    summary: 'Refund only, paid and not yet shipped (R-8)',
    value: { ...base, source: 'own_shop', type: 'refund_only', reason: 'other', description: 'Ordered twice by mistake', goodsState: 'not_shipped' },
  },
  exchange: {
    summary: 'Exchange for a quality problem (R-6)',
    value: {
      ...base,
      source: 'phone',
      type: 'exchange',
      reason: 'quality_problem',
      description: 'Motor stops after ten minutes',
      customerPaidReturnShipping: false,
      address: { name: '张三', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' },
    },
  },
};
