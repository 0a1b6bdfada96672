import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kpiTarget, share } from '@libs/domain/reports/kpi-targets';
import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { runReportQuery } from './queries/run-query';
import { camelRow, report, ReportDto } from './dto/report.dto';
import type { FollowUpUnit } from './dto/report-query.dto';
import { followUpSatisfiedAtOrAbove, followUpTablesExist, NO_FOLLOW_UP_TABLES } from './follow-up-tables';
import { followUpCountsQuery } from './queries/people-queries';

const COLUMNS = ['period', 'tier', 'callsDue', 'missed', 'attempts', 'reached', 'noAnswer', 'busy', 'wrongNumber', 'scored', 'satisfied', 'satisfaction', 'satisfactionTarget'];

/** F-12: follow-up results summarised daily, weekly and monthly, by tier and outcome. */
@Injectable()
export class FollowUpReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async counts(period: ReportPeriod, unit: FollowUpUnit): Promise<ReportDto> {
    const name = `follow-ups-${unit === 'day' ? 'daily' : `${unit}ly`}`;
    const notes = [`F-12: per ${unit} (weeks start on Monday) and tier: calls due, calls missed (the window passed without reaching the customer, or a wrong number), attempts by outcome, satisfaction (K-2 / F-9: a score above the follow-up policy\'s unsatisfied level, 4 or more by default)`];
    if (!(await followUpTablesExist(this.dataSource))) return report(name, period, COLUMNS, [], [...notes, NO_FOLLOW_UP_TABLES]);
    const q = followUpCountsQuery(period, unit, await followUpSatisfiedAtOrAbove(this.dataSource));
    const rows: Array<Record<string, unknown>> = await runReportQuery(this.dataSource, q);
    const target = kpiTarget('customer_satisfaction').target;
    return report(name, period, COLUMNS, rows.map(camelRow).map((r) => ({ ...r, satisfaction: share(Number(r.satisfied), Number(r.scored)), satisfactionTarget: target })), notes);
  }
}
