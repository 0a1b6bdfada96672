import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';
import { SlaPolicyTermsDto } from './sla-policy-terms.dto';

/** A new code, with its first version. */
export class CreateSlaPolicyDto extends SlaPolicyTermsDto {
  @ApiProperty({ example: 'dealer-logistics', pattern: SLA_POLICY_CODE.source })
  @Matches(SLA_POLICY_CODE, { message: 'code must be 2-41 lower-case letters, digits or -, starting with a letter' })
  code: string;
}
