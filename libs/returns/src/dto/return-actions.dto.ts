import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { SHIPPING_METHODS, ShippingMethod } from '@libs/domain/returns/return-policy';
import { FenAmount, MAX_AMOUNT_FEN } from './fen-amount';

/** The waybill numbers the workflow accepts. */
export const WAYBILL_NO = /^[A-Za-z0-9-]{6,32}$/;

export class ApproveReturnDto {
  @ApiPropertyOptional({ example: 'Amount matches the order line (R-2)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** Confirming receipt takes the same optional note. */
export class ReceiveReturnDto extends ApproveReturnDto {}

export class RejectReturnDto {
  @ApiProperty({ example: 'The order line was CNY 199.00; please correct the amount', description: 'R-2: the buyer sees it and modifies the request' })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}

/** Cancelling needs a reason too. */
export class CancelReturnDto extends RejectReturnDto {}

/** the buyer's modification of a rejected request: a new amount, a new description, or both. */
export class ModifyReturnDto {
  @ApiPropertyOptional({ type: 'integer', example: 19_900, minimum: 1, maximum: MAX_AMOUNT_FEN, description: 'In fen' })
  @ValidateIf((o: ModifyReturnDto) => o.amountFen !== undefined || o.description === undefined)
  @FenAmount({ message: `amountFen must be a whole number of fen from 1 to ${MAX_AMOUNT_FEN} (send amountFen, description or both)` })
  amountFen?: number;

  @ApiPropertyOptional({ example: 'Returning one of the two units only' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(4000)
  description?: string;
}

/** the buyer's courier and waybill number. */
export class ShipReturnDto {
  @ApiProperty({ example: 'YTO' })
  @IsString()
  @IsNotEmpty({ message: 'courier is required' })
  @MaxLength(50)
  courier: string;

  @ApiProperty({ example: 'YT1234567890', pattern: WAYBILL_NO.source })
  @IsString()
  @Matches(WAYBILL_NO, { message: 'waybillNo must be 6 to 32 letters, digits or dashes' })
  waybillNo: string;

  @ApiPropertyOptional({ enum: SHIPPING_METHODS, default: 'express', description: 'R-8: surface post gives the seller longer to confirm receipt' })
  @IsOptional()
  @IsIn(SHIPPING_METHODS, { message: `method must be one of: ${SHIPPING_METHODS.join(', ')}` })
  method?: ShippingMethod;
}

/** the warehouse's return-detail sheet. */
export class InspectReturnDto {
  @ApiProperty({ example: true, description: 'R-6: new and resellable' })
  @IsBoolean({ message: 'resellable must be true or false' })
  resellable: boolean;

  @ApiProperty({ example: false, description: 'R-6: a quality problem is refunded, or exchanged free' })
  @IsBoolean({ message: 'qualityProblem must be true or false' })
  qualityProblem: boolean;

  @ApiProperty({ example: 'Sealed, unused, all accessories present' })
  @IsString()
  @IsNotEmpty({ message: 'notes is required' })
  @MaxLength(4000)
  notes: string;

  @ApiPropertyOptional({ type: [String], example: ['returns/RT-20261124-0001/box.jpg'] })
  @IsOptional()
  @IsArray({ message: 'photoRefs must be a list of photo references' })
  @ArrayMaxSize(20, { message: 'photoRefs must hold at most 20 references' })
  @IsString({ each: true, message: 'photoRefs must hold text references' })
  @IsNotEmpty({ each: true, message: 'photoRefs must not hold empty references' })
  @MaxLength(300, { each: true })
  photoRefs?: string[];
}

/** the customer paid the replacement's shipping; finance confirms the payment. */
export class PayShippingDto {
  @ApiProperty({ example: 'ALIPAY-2026112400001234' })
  @IsString()
  @IsNotEmpty({ message: 'paymentRef is required' })
  @MaxLength(100)
  paymentRef: string;
}
