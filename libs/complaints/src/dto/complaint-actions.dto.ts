import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { ReturnItemDto } from '@libs/returns/dto/create-return.dto';
import { REMEDIES, REMEDIES_BY_RETURN, Remedy, RemedyReturnRequest } from '@workflows/complaint/complaint.contract';
import { NestedObject, NestedObjects } from '@libs/http';

export class CancelComplaintDto {
  @ApiProperty({ example: 'Customer withdrew the complaint' })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(500)
  reason: string;
}

/** Reopening (C-8) also needs the customer's reason. */
export class ReopenComplaintDto extends CancelComplaintDto {}

/** Waiting for the customer stops the SLA clock. */
export class WaitForCustomerDto extends CancelComplaintDto {}

export class ReassignComplaintDto {
  @ApiProperty({ pattern: STAFF_CODE.source, example: 'AG-002' })
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent: string;

  @ApiPropertyOptional({ example: 'AG-001 is on leave' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ContactComplaintDto {
  @ApiProperty({ example: 'Called the customer; motor noise confirmed, photos requested' })
  @IsString()
  @IsNotEmpty({ message: 'summary is required' })
  @MaxLength(2000)
  summary: string;
}

/** C-10: what a refund or replacement hands to its return request. */
export class RemedyReturnRequestDto implements RemedyReturnRequest {
  @ApiPropertyOptional({ enum: ['refund_only', 'return_and_refund'], description: 'For a refund: are the goods sent back? A replacement is always an exchange.' })
  @IsOptional()
  @IsIn(['refund_only', 'return_and_refund'], { message: 'returnRequest.type must be refund_only or return_and_refund' })
  type?: 'refund_only' | 'return_and_refund';

  @ApiProperty({ example: 'SO-20261120-0042' })
  @IsString()
  @IsNotEmpty({ message: 'returnRequest.orderRef is required' })
  @MaxLength(64)
  orderRef: string;

  @ApiProperty({ type: [ReturnItemDto] })
  @IsArray({ message: 'returnRequest.items must be a list' })
  @ArrayMinSize(1, { message: 'returnRequest.items must list at least one item' })
  @ArrayMaxSize(50)
  @NestedObjects(() => ReturnItemDto)
  items: ReturnItemDto[];

  @ApiProperty({ type: 'integer', example: 25_900, minimum: 1, maximum: 100_000_000, description: 'In fen: refunded, or the value of the goods replaced' })
  @IsInt({ message: 'returnRequest.amountFen must be a whole number of fen' })
  @Min(1, { message: 'returnRequest.amountFen must be positive' })
  @Max(100_000_000)
  amountFen: number;
}

export class ResolveComplaintDto {
  @ApiProperty({ enum: REMEDIES, description: 'C-10: repair, replacement or refund, or compensation / an explanation' })
  @IsIn(REMEDIES, { message: `remedy must be one of: ${REMEDIES.join(', ')}` })
  remedy: Remedy;

  @ApiProperty({ example: 'Motor replaced under warranty at the Hangzhou service point' })
  @IsString()
  @IsNotEmpty({ message: 'summary is required' })
  @MaxLength(2000)
  summary: string;

  @ApiPropertyOptional({
    type: RemedyReturnRequestDto,
    description: 'Required for refund and replace (C-10): the complaint starts a return request and waits for it',
    example: { type: 'refund_only', orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900 },
  })
  @ValidateIf((o: ResolveComplaintDto) => REMEDIES_BY_RETURN.includes(o.remedy) || o.returnRequest !== undefined)
  @NestedObject(() => RemedyReturnRequestDto)
  @IsNotEmpty({ message: 'returnRequest is required for a refund or replacement' })
  returnRequest?: RemedyReturnRequestDto;
}

export class SatisfactionDto {
  @ApiProperty({ description: 'Whether the customer answered the satisfaction call' })
  @IsBoolean({ message: 'reached must be true or false' })
  reached: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, description: 'Required when reached; 2 or less reopens the case (C-8)' })
  @ValidateIf((o: SatisfactionDto) => o.reached === true || o.score !== undefined)
  @IsInt({ message: 'score must be a whole number from 1 to 5' })
  @Min(1, { message: 'score must be a whole number from 1 to 5' })
  @Max(5, { message: 'score must be a whole number from 1 to 5' })
  score?: number;

  @ApiPropertyOptional({ example: 'Fixed quickly, thanks' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class NoteDto {
  @ApiProperty({ example: 'Customer asked for a call after 18:00' })
  @IsString()
  @IsNotEmpty({ message: 'text is required' })
  @MaxLength(4000)
  text: string;
}

export class ForwardComplaintDto {
  @ApiProperty({ example: 'Motor failure on three units of one batch; needs a root-cause investigation' })
  @IsString()
  @IsNotEmpty({ message: 'note is required' })
  @MaxLength(2000)
  note: string;
}
