import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListSlaPoliciesQuery {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Every version of every code instead of the latest of each' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'all must be true or false' })
  all = false;
}
