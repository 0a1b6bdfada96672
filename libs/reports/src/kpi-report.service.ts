import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KPI_TARGETS, KpiId, meetsTarget, share } from '@libs/domain/reports/kpi-targets';
import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { runReportQuery } from './queries/run-query';
import { report, ReportDto, ReportRow } from './dto/report.dto';
import { followUpSatisfiedAtOrAbove, followUpTablesExist, NO_FOLLOW_UP_TABLES } from './follow-up-tables';
import { complaintKpiQuery, fileCompletenessQuery, followUpSatisfactionQuery, lateHandOversQuery, partsShippingQuery, warrantyCoverageQuery } from './queries/kpi-queries';
import type { SqlQuery } from './queries/sql-query';

interface Measure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const ratio = (numerator: number, denominator: number): Measure => ({ value: share(numerator, denominator), numerator, denominator });

/** K-1..K-8, C-5, A-4, L-5: each KPI of the period with the target the rules set, side by side. */
@Injectable()
export class KpiReportService {
  constructor(private readonly dataSource: DataSource) {}

  async kpis(period: ReportPeriod, now = new Date()): Promise<ReportDto> {
    const followUps = await followUpTablesExist(this.dataSource);
    const [c, completeness, handOvers, satisfaction, coverage, parts] = await Promise.all([
      this.one(complaintKpiQuery(period, now)),
      this.one(fileCompletenessQuery(period)),
      this.one(lateHandOversQuery(period, now)),
      followUps ? this.one(followUpSatisfactionQuery(period, await followUpSatisfiedAtOrAbove(this.dataSource))) : Promise.resolve({ scored: 0, satisfied: 0 }),
      followUps ? this.one(warrantyCoverageQuery(period)) : Promise.resolve({ under_warranty: 0, reached: 0 }),
      this.one(partsShippingQuery(period)),
    ]);
    const measures: Record<KpiId, Measure> = {
      first_response_avg_hours: { value: c.first_response_avg_hours, numerator: null, denominator: c.contacted },
      first_response_within_24h: ratio(c.contacted_within_24h, c.first_response_due),
      quality_closed_within_3_days: ratio(c.quality_within_3_days, c.quality_due),
      follow_up_coverage_under_warranty: ratio(coverage.reached, coverage.under_warranty),
      customer_satisfaction: ratio(satisfaction.satisfied, satisfaction.scored),
      service_satisfaction: ratio(c.satisfied, c.scored),
      complaint_handling_rate: ratio(c.handled, c.registered),
      survey_coverage: ratio(c.surveyed, c.survey_over),
      file_completeness: ratio(completeness.complete, completeness.files),
      late_file_hand_overs: { value: handOvers.late, numerator: handOvers.late, denominator: handOvers.due },
      complaint_volume_change: {
        value: c.previous_volume > 0 ? Math.round(((c.volume - c.previous_volume) / c.previous_volume) * 10_000) / 10_000 : null,
        numerator: c.volume,
        denominator: c.previous_volume,
      },
      parts_shipping_accuracy: ratio(parts.accurate, parts.shipped),
    };
    const rows: ReportRow[] = KPI_TARGETS.map((t) => {
      const m = measures[t.id];
      return { kpi: t.id, rule: t.rule, label: t.label, unit: t.unit, value: m.value, target: t.target, direction: t.direction, met: meetsTarget(t, m.value), numerator: m.numerator, denominator: m.denominator };
    });
    return report('kpis', period, ['kpi', 'rule', 'label', 'unit', 'value', 'target', 'direction', 'met', 'numerator', 'denominator'], rows, [
      'Complaint KPIs count the complaints registered in the period; a first response or a 3-day close not yet due is left out',
      'K-2: customer satisfaction from follow-up call scores (satisfied above the follow-up policy\'s unsatisfied level, F-9: 4 or more by default); service satisfaction from complaint satisfaction calls (3 or more; C-8: 2 or less reopens)',
      'K-3: customers with a product under warranty during the period, reached by a follow-up call in it',
      'K-4: survey coverage = complaints past their satisfaction call (confirmed or closed) with a score',
      'A-4: files created before the end of the period with organisation and installation address',
      'K-5: complaint volume against the period of equal length just before',
      'L-5: parts shipments shipped in the period without a wrong or missing part found since',
      ...(followUps ? [] : [NO_FOLLOW_UP_TABLES]),
    ]);
  }

  private async one(q: SqlQuery): Promise<Record<string, number>> {
    const rows: Array<Record<string, number>> = await runReportQuery(this.dataSource, q);
    return rows[0];
  }
}
