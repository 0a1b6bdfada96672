import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { reportPeriod } from '@libs/domain/reports/report-period';
import { renderSummaryMarkdown, SummaryFacts, SummaryKpi, summaryPeriod } from '@libs/domain/reports/supervisor-summary';
import { KpiReportService } from '../kpi-report.service';
import { runReportQuery } from '../queries/run-query';
import { mapSummary, mapSummaryDetail, SummaryRow, SupervisorSummaryDetailDto, SupervisorSummaryListDto } from './supervisor-summary.dto';
import { summaryKeyPartsQuery, summaryLateHandOversQuery, summaryTopCausesQuery, summaryVolumesQuery } from './summary-queries';

/** K-7: the supervisor's monthly and yearly summaries: drafted from the data, edited, filed for good. */
@Injectable()
export class SupervisorSummariesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kpi: KpiReportService,
    private readonly audit: AuditService,
  ) {}

  /** Drafts the summary of a month or year; one per period, so asking again returns it (`created: false`). */
  async generate(acting: Acting, value: string, now = new Date()): Promise<{ summary: SupervisorSummaryDetailDto; created: boolean }> {
    const period = summaryPeriod(value);
    const existing = await this.find(period.period);
    if (existing) return { summary: mapSummaryDetail(existing), created: false };
    const body = renderSummaryMarkdown(await this.facts(period.period, now));
    return this.dataSource.transaction(async (tx) => {
      const [row]: SummaryRow[] = await tx.query(
        `INSERT INTO supervisor_summaries (period, body, status, generated_by) VALUES ($1, $2, 'draft', $3) ON CONFLICT (period) DO NOTHING RETURNING *`,
        [period.period, body, acting.principal.actor],
      );
      if (!row) return { summary: mapSummaryDetail((await this.find(period.period, tx))!), created: false };
      await this.audit.record(acting, 'supervisor-summary.generate', `supervisor-summary:${period.period}`, {}, tx);
      return { summary: mapSummaryDetail(row), created: true };
    });
  }

  async list(): Promise<SupervisorSummaryListDto> {
    const rows: SummaryRow[] = await this.dataSource.query(`SELECT * FROM supervisor_summaries ORDER BY period DESC`);
    return { items: rows.map(mapSummary) };
  }

  async get(value: string): Promise<SupervisorSummaryDetailDto> {
    const period = summaryPeriod(value);
    const row = await this.find(period.period);
    if (!row) throw new DomainError(DomainErrorCode.NotFound, `no summary for ${period.period}`, 'period');
    return mapSummaryDetail(row);
  }

  /** The supervisor's text replaces the draft's; a filed summary cannot change. */
  edit(acting: Acting, value: string, body: string): Promise<SupervisorSummaryDetailDto> {
    return this.change(acting, value, 'edit', `body = $2, edited_by = $3, edited_at = now()`, [body, acting.principal.actor]);
  }

  /** Files the summary: from now on it is the record and cannot change. */
  file(acting: Acting, value: string): Promise<SupervisorSummaryDetailDto> {
    return this.change(acting, value, 'file', `status = 'filed', filed_by = $2, filed_at = now()`, [acting.principal.actor]);
  }

  private async change(acting: Acting, value: string, action: 'edit' | 'file', sets: string, values: unknown[]): Promise<SupervisorSummaryDetailDto> {
    const period = summaryPeriod(value);
    return this.dataSource.transaction(async (tx) => {
      const row = await this.find(period.period, tx, true);
      if (!row) throw new DomainError(DomainErrorCode.NotFound, `no summary for ${period.period}`, 'period');
      if (row.status === 'filed') throw new DomainError(DomainErrorCode.InvalidTransition, `cannot ${action} the summary of ${period.period}: it is filed`);
      const [[updated]]: [SummaryRow[], number] = await tx.query(`UPDATE supervisor_summaries SET ${sets} WHERE period = $1 RETURNING *`, [period.period, ...values]);
      await this.audit.record(acting, `supervisor-summary.${action}`, `supervisor-summary:${period.period}`, action === 'edit' ? { text: values[0] } : {}, tx);
      return mapSummaryDetail(updated);
    });
  }

  private async find(period: string, manager = this.dataSource.manager, lock = false): Promise<SummaryRow | undefined> {
    const [row]: SummaryRow[] = await manager.query(`SELECT * FROM supervisor_summaries WHERE period = $1${lock ? ' FOR UPDATE' : ''}`, [period]);
    return row;
  }

  /** Everything the draft states, read from the data of the period. */
  private async facts(value: string, now: Date): Promise<SummaryFacts> {
    const period = summaryPeriod(value);
    const range = reportPeriod({ from: period.from, to: period.to });
    type Volumes = { by_classification: Record<string, number>; by_category: Record<string, number>; returns: number; follow_up_plans: number; negative_reviews: number; parts_shipments: number };
    const [[v], causes, [parts], late, kpis] = await Promise.all([
      runReportQuery<Volumes>(this.dataSource, summaryVolumesQuery(range)),
      runReportQuery<{ cause: string; complaints: number }>(this.dataSource, summaryTopCausesQuery(range)),
      runReportQuery<{ defects: SummaryFacts['keyPartDefects']; alerts: Array<{ part: string; defects: number; raisedAt: string }> }>(this.dataSource, summaryKeyPartsQuery(range)),
      runReportQuery<{ staff: string; name: string | null; breaches: number }>(this.dataSource, summaryLateHandOversQuery(range, now)),
      this.kpi.kpis(range, now),
    ]);
    return {
      period,
      volumes: {
        byClassification: v.by_classification,
        byCategory: v.by_category,
        returns: v.returns,
        followUpPlans: v.follow_up_plans,
        negativeReviews: v.negative_reviews,
        partsShipments: v.parts_shipments,
      },
      kpis: kpis.rows as unknown as SummaryKpi[],
      topCauses: causes,
      keyPartDefects: parts.defects,
      keyPartAlerts: parts.alerts.map((a) => ({ ...a, raisedAt: new Date(a.raisedAt).toISOString() })),
      lateHandOvers: late,
    };
  }
}
