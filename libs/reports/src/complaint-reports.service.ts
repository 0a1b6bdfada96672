import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kpiTarget, share } from '@libs/domain/reports/kpi-targets';
import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { runReportQuery } from './queries/run-query';
import { camelRow, report, ReportDto } from './dto/report.dto';
import { monthlyComplaintsQuery, weeklyComplaintsQuery } from './queries/complaint-queries';
import { weeklyNegativeReviewsQuery } from './queries/negative-review-queries';

/** C-11: complaints counted weekly by type and cause (with C-15 negative reviews), and the monthly report for management. */
@Injectable()
export class ComplaintReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async weekly(period: ReportPeriod): Promise<ReportDto> {
    const [complaints, reviews]: Array<Array<Record<string, unknown>>> = await Promise.all([
      runReportQuery(this.dataSource, weeklyComplaintsQuery(period)),
      runReportQuery(this.dataSource, weeklyNegativeReviewsQuery(period)),
    ]);
    // Each week's negative reviews (C-15) follow its complaints; the sort is stable.
    const rows = [...complaints, ...reviews].sort((a, b) => String(a.week).localeCompare(String(b.week)));
    return report('complaints-weekly', period, ['week', 'dimension', 'key', 'complaints'], rows.map(camelRow), [
      'C-11: complaints registered per week (Monday start) by category, cause, product and department, with the week total',
      'C-15: negative_reviews counts the negative reviews recorded in the week by platform, and all of them',
      'C-2: classification counts repairs, consultations and complaints apart (cases registered before the classification count as complaints)',
      'product: the model of the customer product with that serial/VIN when known; department: after_sales when not forwarded',
    ]);
  }

  async monthly(period: ReportPeriod): Promise<ReportDto> {
    const q = monthlyComplaintsQuery(period);
    const raw: Array<Record<string, unknown>> = await runReportQuery(this.dataSource, q);
    const handling = kpiTarget('complaint_handling_rate');
    const service = kpiTarget('service_satisfaction');
    const rows = raw.map(camelRow).map((r) => {
      const registered = Number(r.registered) - Number(r.cancelled);
      return {
        ...r,
        handlingRate: share(Number(r.handled), registered),
        handlingRateTarget: handling.target,
        settledWithinMonthShare: share(Number(r.settledWithinMonth), registered),
        serviceSatisfaction: share(Number(r.satisfied), Number(r.scored)),
        serviceSatisfactionTarget: service.target,
      };
    });
    const columns = [
      'month', 'registered', 'quality', 'service', 'logistics', 'billing', 'other', 'cancelled', 'handled', 'settledWithinMonth', 'open',
      'handlingRate', 'handlingRateTarget', 'settledWithinMonthShare', 'firstResponseAvgHours', 'scored', 'satisfied',
      'serviceSatisfaction', 'serviceSatisfactionTarget', 'slaBreaches', 'keyPartDefects',
    ];
    return report('complaints-monthly', period, columns, rows, [
      'C-11: complaints registered in each month; handled = resolved, satisfaction confirmed or closed; settled within the month = handled in the month it was registered',
      'K-4: handling rate = handled / registered (not cancelled); K-2: service satisfaction = scores of 3 or more / scored',
      'slaBreaches: missed SLA targets of the month\'s complaints; keyPartDefects (C-12): defects reported in the month',
    ]);
  }
}
