import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '@libs/http';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread (true) or only read (false) messages' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class InboxMessageDto {
  @ApiProperty({ type: 'integer', example: 42 }) id: number;
  @ApiProperty({ example: 'AG-001', description: 'The staff code, or the role inbox (`supervisor`, `manager` …) it came through' }) recipient: string;
  @ApiProperty({ example: 'Satisfaction call due: complaint CP-20261201-0003' }) subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, example: 'CP-20261201-0003' }) caseNo: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When the caller marked it read; null while unread' }) readAt: string | null;
}

export class InboxListDto {
  @ApiProperty({ type: [InboxMessageDto], description: 'Newest first' }) items: InboxMessageDto[];
  @ApiProperty({ type: 'integer', description: 'Messages matching the filter' }) total: number;
  @ApiProperty({ type: 'integer', description: 'Unread messages in the whole inbox' }) unread: number;
}
