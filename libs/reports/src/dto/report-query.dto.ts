import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A report covers whole days in Asia/Shanghai: `from` inclusive, `to` exclusive (at most 731 days). */
export class ReportQuery {
  @ApiProperty({ example: '2026-11-01', description: 'First day (inclusive)' })
  @IsOptional()
  @IsString({ message: 'from must be a date like 2026-11-01' })
  from?: string;

  @ApiProperty({ example: '2026-12-01', description: 'Day after the last (exclusive)' })
  @IsOptional()
  @IsString({ message: 'to must be a date like 2026-12-01' })
  to?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv downloads the rows; `Accept: text/csv` does the same' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: `format must be one of: ${REPORT_FORMATS.join(', ')}` })
  format?: ReportFormat;
}

export const FOLLOW_UP_UNITS = ['day', 'week', 'month'] as const;
export type FollowUpUnit = (typeof FOLLOW_UP_UNITS)[number];

export class FollowUpReportQuery extends ReportQuery {
  @ApiPropertyOptional({ enum: FOLLOW_UP_UNITS, default: 'day', description: 'F-12: daily, weekly or monthly counts' })
  @IsOptional()
  @IsIn(FOLLOW_UP_UNITS, { message: `by must be one of: ${FOLLOW_UP_UNITS.join(', ')}` })
  by?: FollowUpUnit;
}
