import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** `GET` of one case: from the read model at its recorded version, or live from the workflow. */
export class CaseReadQuery {
  @ApiPropertyOptional({
    description: 'true: ask the workflow itself (waits at most 3 s, then 503); by default the case as last recorded, with its version in `stateVersion` and the `ETag`',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'live must be true or false' })
  live?: boolean;
}

/** The `ETag` of a case read: the state version the answer is at. */
export const CASE_VERSION_HEADER = { ETag: { description: 'The state version of the case view, quoted (e.g. `"7"`)', schema: { type: 'string' } } };
