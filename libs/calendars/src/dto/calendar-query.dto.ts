import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class CalendarQuery {
  @ApiPropertyOptional({ example: 1, description: 'A given version instead of the latest' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version?: number;

  @ApiPropertyOptional({ example: 2027, description: 'Only the exceptions dated in this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(1900, { message: 'year must be from 1900 to 2200' })
  @Max(2200, { message: 'year must be from 1900 to 2200' })
  year?: number;
}
