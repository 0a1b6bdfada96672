import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '@libs/http';

export const OUTBOX_CHANNELS = ['staff-inbox', 'sms', 'email', 'letter'] as const;

export class OutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_CHANNELS })
  @IsOptional()
  @IsIn(OUTBOX_CHANNELS, { message: `channel must be one of: ${OUTBOX_CHANNELS.join(', ')}` })
  channel?: (typeof OUTBOX_CHANNELS)[number];

  @ApiPropertyOptional({ example: 'CU-000002', description: 'A customer number, staff code, role or department' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recipient?: string;

  @ApiPropertyOptional({ example: 'FU-20261124-0001', description: 'The case or plan the message is about' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  caseNo?: string;
}

export class OutboxMessageDto {
  @ApiProperty({ example: 42 }) id: number;
  @ApiProperty({ enum: OUTBOX_CHANNELS }) channel: string;
  @ApiProperty({ example: 'CU-000002' }) recipient: string;
  @ApiProperty({ example: '生日祝福' }) subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, example: 'FU-20261124-0001' }) caseNo: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When a channel adapter delivered it; null while it waits in the outbox (always in development)' }) sentAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'sms-gateway' }) deliveredVia: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'no phone number on file for CU-000009' }) lastError: string | null;
}

export class OutboxListDto {
  @ApiProperty({ type: [OutboxMessageDto] }) items: OutboxMessageDto[];
  @ApiProperty({ type: 'integer' }) total: number;
}
