import type { Request, Response } from 'express';
import { toCsv } from './csv';
import type { ReportFormat } from './dto/report-query.dto';
import type { ReportDto } from './dto/report.dto';

/** `?format=` wins; otherwise an Accept header that asks for text/csv (and not JSON first) gets CSV. */
export function wantsCsv(format: ReportFormat | undefined, req: Request): boolean {
  if (format) return format === 'csv';
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}

/** The report as JSON, or its rows as a CSV download named after the report and the period. */
export function respond(res: Response, dto: ReportDto, csv: boolean): ReportDto | string {
  if (!csv) return dto;
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${dto.report}_${dto.from}_${dto.to}.csv"`);
  return toCsv(dto.columns, dto.rows);
}
