import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { DEFAULT_RETURN_POLICY_TERMS, ReturnPolicyTerms, WarehouseBatchRule } from '@libs/domain/returns/return-policy';
import { canonicalTimeZone, SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { NestedObject } from '@libs/http';

/** The longest timeout a return policy may set: a year. */
export const MAX_RETURN_POLICY_SECONDS = 365 * 86_400;
/** The most a replacement's shipping may cost the customer: CNY 1,000.00. */
export const MAX_SHIPPING_FEE_FEN = 100_000;
/** The highest refund-confirmation threshold a policy may set: CNY 10,000,000.00. */
export const MAX_REFUND_CONFIRMATION_FEN = 1_000_000_000;

/** A whole number from `min` to `max`; one message, however it fails. */
function WholeNumber(min: number, max: number, unit: string) {
  return ValidateBy({
    name: 'isWholeNumberInRange',
    validator: {
      validate: (value: unknown) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
      defaultMessage: () => `$property must be a whole number of ${unit} from ${min} to ${max}`,
    },
  });
}

const Seconds = () => WholeNumber(1, MAX_RETURN_POLICY_SECONDS, 'seconds');

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const ClockTime = () => Matches(CLOCK, { message: '$property must be a time of day like 16:00' });

/** An IANA time zone, stored in its canonical spelling. */
function TimeZone() {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value)),
    ValidateBy({
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== undefined,
        defaultMessage: () => '$property must be an IANA time zone such as Asia/Shanghai',
      },
    }),
  );
}

/** parcels arriving from `cutoff` until `morningEnds` next day reach after-sales at `handoverAt` next day. */
export class WarehouseBatchDto implements WarehouseBatchRule {
  @ApiProperty({ pattern: CLOCK.source, example: '16:00' }) @ClockTime() cutoff: string;
  @ApiProperty({ pattern: CLOCK.source, example: '12:00' }) @ClockTime() morningEnds: string;
  @ApiProperty({ pattern: CLOCK.source, example: '15:00' }) @ClockTime() handoverAt: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) @TimeZone() timeZone: string;
}

/** An object of `type`, or null; it must be sent, even as null. */
function NullOrNested(type: () => new () => object, message: string) {
  return applyDecorators(ValidateIf((_, value) => value !== null), NestedObject(type, message));
}

const d = DEFAULT_RETURN_POLICY_TERMS;

/** R-8 (and ): every term of a policy version, in seconds; a PUT replaces them all. */
export class ReturnPolicyTermsDto implements ReturnPolicyTerms {
  @ApiProperty({ type: 'integer', example: d.sellerSilentSeconds, description: 'R-8: seller silent on a request → agreed by the system (5 days)' })
  @Seconds()
  sellerSilentSeconds: number;

  @ApiProperty({ type: 'integer', example: d.sellerSilentVirtualSeconds, description: 'R-8: the same for virtual goods (3 days)' })
  @Seconds()
  sellerSilentVirtualSeconds: number;

  @ApiProperty({ type: 'integer', example: d.sellerSilentNotReceivedSeconds, description: 'R-8: refund only, parcel not yet received: seller silent → agreed (36 h)' })
  @Seconds()
  sellerSilentNotReceivedSeconds: number;

  @ApiProperty({ type: 'integer', example: d.sellerSilentNotShippedSeconds, description: 'R-8: refund only, paid and not shipped: seller silent → refunded (24 h)' })
  @Seconds()
  sellerSilentNotShippedSeconds: number;

  @ApiProperty({ type: 'integer', example: d.buyerModifySeconds, description: 'R-8: rejected, buyer silent → closed (5 days)' })
  @Seconds()
  buyerModifySeconds: number;

  @ApiProperty({ type: 'integer', example: d.buyerShipSeconds, description: 'R-8: agreed, buyer does not ship → closed (7 days)' })
  @Seconds()
  buyerShipSeconds: number;

  @ApiProperty({ type: 'integer', example: d.sellerConfirmExpressSeconds, description: 'R-8: shipped by express, seller does not confirm receipt → refunded (10 days)' })
  @Seconds()
  sellerConfirmExpressSeconds: number;

  @ApiProperty({ type: 'integer', example: d.sellerConfirmSurfaceSeconds, description: 'R-8: the same by surface post (30 days)' })
  @Seconds()
  sellerConfirmSurfaceSeconds: number;

  @ApiProperty({ type: 'integer', example: d.refundDueSeconds, description: 'R-9: refund within 7 days of the goods coming back' })
  @Seconds()
  refundDueSeconds: number;

  @ApiProperty({ type: 'integer', example: d.shippingFeeSeconds, description: "R-6: an exchange's unpaid shipping fee waits this long, then the request closes" })
  @Seconds()
  shippingFeeSeconds: number;

  @ApiProperty({ type: 'integer', example: d.shippingFeeFen, minimum: 0, maximum: MAX_SHIPPING_FEE_FEN, description: "R-6: the replacement's shipping fee when the customer pays it, in fen" })
  @WholeNumber(0, MAX_SHIPPING_FEE_FEN, 'fen')
  shippingFeeFen: number;

  @ApiProperty({ type: 'integer', example: d.departmentAnswerSeconds, description: 'How long finance or the courier has to answer a call' })
  @Seconds()
  departmentAnswerSeconds: number;

  @ApiProperty({ type: 'integer', example: d.trackingPollSeconds, description: 'L-1: how often a waybill in transit is tracked' })
  @Seconds()
  trackingPollSeconds: number;

  @ApiProperty({ type: WarehouseBatchDto, nullable: true, example: d.warehouseBatch, description: 'R-5: the batch hand-over to after-sales; null hands each parcel over on arrival' })
  @NullOrNested(() => WarehouseBatchDto, 'warehouseBatch must be an object { cutoff, morningEnds, handoverAt, timeZone } or null')
  warehouseBatch: WarehouseBatchDto | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_REFUND_CONFIRMATION_FEN,
    example: 100_000,
    description: 'R-1, R-4: a refund above this amount (fen) waits for a person with the finance role to confirm it; null or absent: none waits',
  })
  @IsOptional()
  @WholeNumber(0, MAX_REFUND_CONFIRMATION_FEN, 'fen')
  refundConfirmationAboveFen?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_RETURN_POLICY_SECONDS, example: 14 * 86_400, description: 'L-2: how long the courier has to decide a damage or loss claim; absent: 14 days' })
  @ValidateIf((_, value) => value !== undefined)
  @Seconds()
  damageClaimAnswerSeconds?: number;
}

export class CreateReturnPolicyDto {
  @ApiProperty({ example: 'marketplace-2027', pattern: SLA_POLICY_CODE.source })
  @Matches(SLA_POLICY_CODE, { message: 'code must be 2-41 lower-case letters, digits or -, starting with a letter' })
  code: string;

  @ApiProperty({ type: ReturnPolicyTermsDto })
  @NestedObject(() => ReturnPolicyTermsDto, 'terms must be an object with every term of the policy')
  terms: ReturnPolicyTermsDto;
}

/** The next version of a code: its full terms, and whether it stays active. */
export class ReturnPolicyVersionDto {
  @ApiProperty({ type: ReturnPolicyTermsDto })
  @NestedObject(() => ReturnPolicyTermsDto, 'terms must be an object with every term of the policy')
  terms: ReturnPolicyTermsDto;

  @ApiPropertyOptional({ default: true, description: 'false deactivates the code from this version on (never the default policy)' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
