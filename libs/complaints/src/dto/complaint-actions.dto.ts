import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { REMEDIES, Remedy } from '@workflows/complaint/complaint.contract';

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
  @ApiProperty({ example: 'AG-002' })
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

export class ResolveComplaintDto {
  @ApiProperty({ enum: REMEDIES, description: 'C-10: repair, replacement or refund, or compensation / an explanation' })
  @IsIn(REMEDIES, { message: `remedy must be one of: ${REMEDIES.join(', ')}` })
  remedy: Remedy;

  @ApiProperty({ example: 'Motor replaced under warranty at the Hangzhou service point' })
  @IsString()
  @IsNotEmpty({ message: 'summary is required' })
  @MaxLength(2000)
  summary: string;
}

export class SatisfactionDto {
  @ApiProperty({ description: 'Whether the customer answered the satisfaction call' })
  @IsBoolean({ message: 'reached must be true or false' })
  reached: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Required when reached; 2 or less reopens the case (C-8)' })
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
