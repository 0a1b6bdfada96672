import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { RETURN_STATUSES, RETURN_TYPES, ReturnStatus, ReturnType } from '@libs/domain/returns/return-lifecycle';
import { RETURN_REASONS, RETURN_SOURCES, ReturnReason, ReturnSource } from '@libs/domain/returns/return-request';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';

const oneOf = (field: string, values: readonly string[]) => `${field} must be one of: ${values.join(', ')}`;

export { PageQuery };

/** A time range: `from` inclusive, `to` exclusive. */
export class PeriodQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: 'Inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'Exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}

/** the register of after-sales cases, filtered by what every case records. */
export class ListReturnsQuery extends PeriodQuery {
  @ApiPropertyOptional({ enum: RETURN_STATUSES })
  @IsOptional()
  @IsIn(RETURN_STATUSES, { message: oneOf('status', RETURN_STATUSES) })
  status?: ReturnStatus;

  @ApiPropertyOptional({ enum: RETURN_TYPES })
  @IsOptional()
  @IsIn(RETURN_TYPES, { message: oneOf('type', RETURN_TYPES) })
  type?: ReturnType;

  @ApiPropertyOptional({ enum: RETURN_SOURCES })
  @IsOptional()
  @IsIn(RETURN_SOURCES, { message: oneOf('source', RETURN_SOURCES) })
  source?: ReturnSource;

  @ApiPropertyOptional({ enum: RETURN_REASONS, description: 'The reason given with the request' })
  @IsOptional()
  @IsIn(RETURN_REASONS, { message: oneOf('problemType', RETURN_REASONS) })
  problemType?: ReturnReason;

  @ApiPropertyOptional({ example: 'CU-000001' })
  @IsOptional()
  @Matches(/^CU-\d{6}$/, { message: 'customerNo must look like CU-000123' })
  customerNo?: string;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001', description: 'The staff member who last acted for the seller' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'handler must be a staff code like AG-001' })
  handler?: string;
}
