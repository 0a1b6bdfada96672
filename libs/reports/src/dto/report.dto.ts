import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReportPeriod } from '@libs/domain/reports/report-period';
import type { CsvValue } from '../csv';

export type ReportRow = Record<string, CsvValue>;

/** Every report: the period, the columns in order (the CSV header) and the rows (the CSV lines). */
export class ReportDto {
  @ApiProperty({ example: 'complaints-weekly' }) report: string;
  @ApiProperty({ example: '2026-11-01' }) from: string;
  @ApiProperty({ example: '2026-12-01', description: 'Exclusive' }) to: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiPropertyOptional({ description: 'What the rows count, and the rules they measure' }) notes?: string[];
  @ApiProperty({ example: ['week', 'dimension', 'key', 'complaints'] }) columns: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] } },
    description: 'One object per row, keyed by the columns',
    example: [{ week: '2026-11-02', dimension: 'category', key: 'quality', complaints: 3 }],
  })
  rows: ReportRow[];
}

export function report(name: string, period: ReportPeriod, columns: string[], rows: ReportRow[], notes?: string[]): ReportDto {
  return { report: name, from: period.fromDate, to: period.toDate, timeZone: period.timeZone, generatedAt: new Date().toISOString(), ...(notes ? { notes } : {}), columns, rows };
}

/** snake_case SQL columns to the camelCase of the API. */
export function camelRow(row: Record<string, unknown>): ReportRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), v as CsvValue]));
}
