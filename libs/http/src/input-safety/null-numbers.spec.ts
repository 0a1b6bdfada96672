import 'reflect-metadata';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { undocumentedNullNumber } from './null-numbers';

class Terms {
  @IsOptional() @IsInt() firstContactSeconds?: number;
  @ApiProperty({ nullable: true }) @IsOptional() @IsInt() capSeconds?: number | null;
  @IsOptional() @IsString() note?: string | null;
}
class Policy {
  @ValidateNested() @Type(() => Terms) terms: Terms;
}
const terms = (values: Partial<Terms>) => Object.assign(new Terms(), values);

describe('undocumentedNullNumber', () => {
  it('finds null in a number field the API does not document as nullable, nested or not', () => {
    expect(undocumentedNullNumber(terms({ firstContactSeconds: null as unknown as number }))).toBe('firstContactSeconds');
    expect(undocumentedNullNumber(Object.assign(new Policy(), { terms: terms({ firstContactSeconds: null as unknown as number }) }))).toBe('terms.firstContactSeconds');
  });

  it('lets documented nulls, null text and plain objects pass', () => {
    expect(undocumentedNullNumber(terms({ capSeconds: null, note: null, firstContactSeconds: 60 }))).toBeUndefined();
    expect(undocumentedNullNumber({ anything: null })).toBeUndefined();
  });
});
