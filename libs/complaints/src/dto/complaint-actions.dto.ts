import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CancelComplaintDto {
  @ApiProperty({ example: 'Customer withdrew the complaint' })
  @IsString()
  @IsNotEmpty({ message: 'reason is required to cancel a complaint' })
  @MaxLength(500)
  reason: string;
}

export class ReassignComplaintDto {
  @ApiProperty({ example: 'AG-002' })
  @Matches(/^[A-Z]{2,4}-\d{3,6}$/, { message: 'agent must be a staff code like AG-001' })
  agent: string;

  @ApiPropertyOptional({ example: 'AG-001 is on leave' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
