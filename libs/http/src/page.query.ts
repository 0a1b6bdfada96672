import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_REQUEST_NUMBER } from './input-safety/unsafe-values';

/** Paging of every list endpoint: `limit` (1-200, default 50) and `offset`. */
export class PageQuery {
  // Types are explicit: the class also describes request bodies (POST /customers/search).
  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200, description: 'Page size' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ type: 'integer', default: 0, minimum: 0, maximum: MAX_REQUEST_NUMBER, description: 'Items to skip' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_REQUEST_NUMBER)
  offset: number = 0;
}
