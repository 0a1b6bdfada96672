import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Paging of every list endpoint: `limit` (1-200, default 50) and `offset`. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200, description: 'Page size' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ type: 'integer', default: 0, minimum: 0, description: 'Items to skip' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
