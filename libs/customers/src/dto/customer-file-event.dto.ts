import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { CustomerFileEventEntity } from '@libs/database';
import { CUSTOMER_NO, FILE_EVENT_KINDS, FileEventKind } from '@libs/domain/customers/customer-file';
import { handOverStatus, HandOverStatus } from '@libs/domain/customers/file-deadline';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';

const HAND_OVER_STATUSES = ['open', 'overdue', 'late', 'on_time'] as const;

/** A-2 / K-8: a sale, delivery, repair, visit or deal that owes a file entry. */
export class CreateFileEventDto {
  @ApiProperty({ enum: FILE_EVENT_KINDS, description: 'A-2: 2 days for a sale, delivery, repair or visit; K-8: 3 days for a deal' })
  @IsIn(FILE_EVENT_KINDS, { message: `kind must be one of: ${FILE_EVENT_KINDS.join(', ')}` })
  kind: FileEventKind;

  @ApiProperty({ format: 'date-time', example: '2026-11-24T10:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: 'occurredAt must be an ISO 8601 date-time' })
  occurredAt: string;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001', description: 'Who owes the file entry; the caller when left out' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'responsibleStaffCode must be a staff code like AG-001' })
  responsibleStaffCode?: string;

  @ApiPropertyOptional({ pattern: CUSTOMER_NO.source, example: 'CU-000001', description: 'An existing customer (a repair or visit); left out for a new customer' })
  @IsOptional()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo?: string;

  @ApiPropertyOptional({ example: 'SO-20261124-0042', description: 'Order, delivery note or repair order' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional({ example: 'Delivered and installed at the warehouse' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class FileEventFiledDto {
  @ApiPropertyOptional({ pattern: CUSTOMER_NO.source, example: 'CU-000001', description: 'The file it went into, when the event named none' })
  @IsOptional()
  @Matches(CUSTOMER_NO, { message: 'customerNo must look like CU-000123' })
  customerNo?: string;
}

export class ListFileEventsQuery extends PageQuery {
  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'staff must be a staff code like AG-001' })
  staff?: string;

  @ApiPropertyOptional({ enum: HAND_OVER_STATUSES })
  @IsOptional()
  @IsIn(HAND_OVER_STATUSES, { message: `status must be one of: ${HAND_OVER_STATUSES.join(', ')}` })
  status?: HandOverStatus;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Due from (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Due before (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}

export class FileEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: FILE_EVENT_KINDS }) kind: FileEventKind;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time', description: 'A-2 / K-8 deadline' }) dueAt: string;
  @ApiProperty({ example: 'AG-001' }) responsibleStaffCode: string;
  @ApiProperty({ type: String, nullable: true, example: 'CU-000001' }) customerNo: string | null;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) filedAt: string | null;
  @ApiProperty({ enum: HAND_OVER_STATUSES }) status: HandOverStatus;
}

export class FileEventListDto {
  @ApiProperty({ type: [FileEventDto] }) items: FileEventDto[];
  @ApiProperty({ type: 'integer' }) total: number;
}

export function mapFileEvent(e: CustomerFileEventEntity, customerNo: string | null, now: Date): FileEventDto {
  return {
    id: e.id,
    kind: e.kind,
    occurredAt: e.occurredAt.toISOString(),
    dueAt: e.dueAt.toISOString(),
    responsibleStaffCode: e.responsibleStaffCode,
    customerNo,
    reference: e.reference,
    note: e.note,
    filedAt: e.filedAt?.toISOString() ?? null,
    status: handOverStatus(e, now),
  };
}
