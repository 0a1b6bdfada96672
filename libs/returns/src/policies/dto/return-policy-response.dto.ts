import { ApiProperty } from '@nestjs/swagger';
import type { ReturnPolicyEntity } from '@libs/database';
import { DEFAULT_RETURN_POLICY_TERMS, ReturnPolicyTerms } from '@libs/domain/returns/return-policy';
import { ReturnPolicyTermsDto } from './return-policy-terms.dto';

/** One version of a return policy; a request shows it as `{ code, version }`. */
export class ReturnPolicyResponseDto {
  @ApiProperty({ example: 'default' }) code: string;
  @ApiProperty({ type: 'integer', example: 2 }) version: number;
  @ApiProperty({ type: ReturnPolicyTermsDto, example: DEFAULT_RETURN_POLICY_TERMS }) terms: ReturnPolicyTerms;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ example: 'AD-001' }) createdBy: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-24T08:00:00.000Z' }) createdAt: string;
}

export function mapReturnPolicy(row: ReturnPolicyEntity): ReturnPolicyResponseDto {
  return { code: row.code, version: row.version, terms: row.terms, active: row.active, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() };
}

export class ReturnPolicyListDto {
  @ApiProperty({ type: [ReturnPolicyResponseDto] }) items: ReturnPolicyResponseDto[];
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
}

/** The latest version, with every version of the code, newest first. */
export class ReturnPolicyDetailDto extends ReturnPolicyResponseDto {
  @ApiProperty({ type: [ReturnPolicyResponseDto] }) versions: ReturnPolicyResponseDto[];
}
