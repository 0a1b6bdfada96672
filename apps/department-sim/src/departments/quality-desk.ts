import { BadRequestException, Injectable } from '@nestjs/common';

export interface KeyPartReportRecord {
  requestId: string;
  alertId: string;
  part: string;
  defects: number;
  windowDays: number;
  caseNos: string[];
  receivedAt: string;
}

/** The quality department's inbox for key-part defect reports (C-12): each alert is taken once. */
@Injectable()
export class QualityDesk {
  private readonly reports = new Map<string, KeyPartReportRecord>();

  handle(kind: string, requestId: string, payload: Record<string, unknown>): unknown {
    if (kind !== 'report-key-part-defects') {
      throw new BadRequestException({ code: 'UNKNOWN_KIND', message: `the quality department answers ${kind} by callback only, or not at all` });
    }
    if (!this.reports.has(requestId)) {
      this.reports.set(requestId, {
        requestId,
        alertId: String(payload.alertId),
        part: String(payload.part),
        defects: Number(payload.defects),
        windowDays: Number(payload.windowDays),
        caseNos: Array.isArray(payload.caseNos) ? payload.caseNos.map(String) : [],
        receivedAt: new Date().toISOString(),
      });
    }
    return { acknowledged: true };
  }

  list(): KeyPartReportRecord[] {
    return [...this.reports.values()];
  }
}
