import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { CUSTOMER_TIERS, CustomerTier } from '@libs/domain/customers/customer-tier';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { PageQuery } from '@libs/http';

/** any combination of keys; every key narrows the result. */
export class SearchCustomersQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'File created from (inclusive); a date is local midnight in Asia/Shanghai' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'File created before (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({ example: '王建', description: 'Any part from 3 characters on; shorter text matches the beginning' })
  @IsOptional()
  @IsString()
  name?: string;

  @ApiPropertyOptional({ example: '13800000001', description: '7+ digits match from the start; 4-6 digits match the end (the last digits)' })
  @IsOptional()
  @IsString()
  phone?: string;

  @ApiPropertyOptional({ example: 'LSVAB1234', description: 'Serial number or VIN, whole or its beginning' })
  @IsOptional()
  @IsString()
  serialNo?: string;

  @ApiPropertyOptional({ example: '浙A123', description: 'Licence plate, whole or its beginning' })
  @IsOptional()
  @IsString()
  plate?: string;

  @ApiPropertyOptional({ example: '顺达物流', description: 'Like name' })
  @IsOptional()
  @IsString()
  organisation?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS })
  @IsOptional()
  @IsIn(CUSTOMER_TIERS, { message: `tier must be one of: ${CUSTOMER_TIERS.join(', ')}` })
  tier?: CustomerTier;

  @ApiPropertyOptional({ pattern: STAFF_CODE.source, example: 'AG-001', description: 'The agent who looks after the customer' })
  @IsOptional()
  @Matches(STAFF_CODE, { message: 'agent must be a staff code like AG-001' })
  agent?: string;

  @ApiPropertyOptional({ description: 'A-4: only complete (true) or incomplete (false) files' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'complete must be true or false' })
  complete?: boolean;
}
