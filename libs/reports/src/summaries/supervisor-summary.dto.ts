import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { STAFF_CODE_PATTERN } from '@libs/http';

const PERIOD_PATTERN = '^\\d{4}(-\\d{2})?$';

export class GenerateSummaryDto {
  @ApiProperty({ pattern: PERIOD_PATTERN, example: '2026-11', description: 'A month (monthly summary) or a year (yearly summary)' })
  @IsString({ message: 'period must be a month like 2026-11 or a year like 2026' })
  period: string;
}

export class EditSummaryDto {
  @ApiProperty({ maxLength: 100000, description: 'The whole Markdown text as the supervisor wrote it' })
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(100_000, { message: 'body must be at most 100000 characters' })
  body: string;
}

export const SUMMARY_FORMATS = ['json', 'markdown'] as const;

export class SummaryFormatQuery {
  @ApiPropertyOptional({ enum: SUMMARY_FORMATS, description: 'markdown downloads the text; `Accept: text/markdown` does the same' })
  @IsOptional()
  @IsIn(SUMMARY_FORMATS, { message: `format must be one of: ${SUMMARY_FORMATS.join(', ')}` })
  format?: (typeof SUMMARY_FORMATS)[number];
}

export class SupervisorSummaryDto {
  @ApiProperty({ pattern: PERIOD_PATTERN, example: '2026-11' }) period: string;
  @ApiProperty({ enum: ['monthly', 'yearly'] }) kind: 'monthly' | 'yearly';
  @ApiProperty({ enum: ['draft', 'filed'], description: 'A filed summary can no longer change' }) status: 'draft' | 'filed';
  @ApiProperty({ pattern: STAFF_CODE_PATTERN }) generatedBy: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: String, nullable: true, pattern: STAFF_CODE_PATTERN }) editedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt: string | null;
  @ApiProperty({ type: String, nullable: true, pattern: STAFF_CODE_PATTERN }) filedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) filedAt: string | null;
}

export class SupervisorSummaryDetailDto extends SupervisorSummaryDto {
  @ApiProperty({ description: 'The summary in Markdown' }) body: string;
}

export class SupervisorSummaryListDto {
  @ApiProperty({ type: [SupervisorSummaryDto] }) items: SupervisorSummaryDto[];
}

export interface SummaryRow {
  period: string;
  body: string;
  status: 'draft' | 'filed';
  generated_by: string;
  generated_at: Date;
  edited_by: string | null;
  edited_at: Date | null;
  filed_by: string | null;
  filed_at: Date | null;
}

export function mapSummary(r: SummaryRow): SupervisorSummaryDto {
  return {
    period: r.period,
    kind: r.period.length === 4 ? 'yearly' : 'monthly',
    status: r.status,
    generatedBy: r.generated_by,
    generatedAt: r.generated_at.toISOString(),
    editedBy: r.edited_by,
    editedAt: r.edited_at?.toISOString() ?? null,
    filedBy: r.filed_by,
    filedAt: r.filed_at?.toISOString() ?? null,
  };
}

export function mapSummaryDetail(r: SummaryRow): SupervisorSummaryDetailDto {
  return { ...mapSummary(r), body: r.body };
}
