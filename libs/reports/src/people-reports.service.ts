import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kpiTarget, share } from '@libs/domain/reports/kpi-targets';
import type { ReportPeriod } from '@libs/domain/reports/report-period';
import { runReportQuery } from './queries/run-query';
import { camelRow, report, ReportDto, ReportRow } from './dto/report.dto';
import { followUpSatisfiedAtOrAbove, followUpTablesExist, NO_FOLLOW_UP_TABLES } from './follow-up-tables';
import { agentComplaintsQuery, agentFollowUpsQuery, completenessQuery, fileHandOversQuery } from './queries/people-queries';

type Row = Record<string, number | string | null>;

/** K-6 scorecards, K-8 late hand-overs per staff member, A-4 completeness. */
@Injectable()
export class PeopleReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** K-6: per agent and month: response time, satisfaction, resolution rate, follow-up calls, late files; each beside its target. */
  async scorecard(period: ReportPeriod, now = new Date()): Promise<ReportDto> {
    const followUps = await followUpTablesExist(this.dataSource);
    const complaints = agentComplaintsQuery(period, now);
    const calls = agentFollowUpsQuery(period, await followUpSatisfiedAtOrAbove(this.dataSource));
    const files = fileHandOversQuery(period, now);
    const [c, f, h, names] = await Promise.all([
      runReportQuery(this.dataSource, complaints) as Promise<Row[]>,
      followUps ? (runReportQuery(this.dataSource, calls) as Promise<Row[]>) : Promise.resolve([] as Row[]),
      runReportQuery(this.dataSource, files) as Promise<Row[]>,
      this.dataSource.query(`SELECT code, name FROM staff_members`) as Promise<Array<{ code: string; name: string }>>,
    ]);
    const byKey = new Map<string, { month: string; agent: string; c?: Row; f?: Row; h?: Row }>();
    const entry = (month: string, agent: string) => {
      const key = `${month}|${agent}`;
      if (!byKey.has(key)) byKey.set(key, { month, agent });
      return byKey.get(key)!;
    };
    c.forEach((r) => (entry(String(r.month), String(r.agent)).c = r));
    f.forEach((r) => (entry(String(r.month), String(r.agent)).f = r));
    h.forEach((r) => (entry(String(r.month), String(r.staff)).h = r));
    const staffName = new Map(names.map((n) => [n.code, n.name]));
    const t = (id: Parameters<typeof kpiTarget>[0]) => kpiTarget(id).target;
    const n = (v: unknown) => Number(v ?? 0);
    const rows: ReportRow[] = [...byKey.values()]
      .sort((a, b) => a.month.localeCompare(b.month) || a.agent.localeCompare(b.agent))
      .map(({ month, agent, c: cr, f: fr, h: hr }) => ({
        month,
        agent,
        agentName: staffName.get(agent) ?? null,
        complaints: n(cr?.complaints),
        resolved: n(cr?.resolved),
        resolutionRate: share(n(cr?.resolved), n(cr?.complaints)),
        resolutionRateTarget: t('complaint_handling_rate'),
        firstResponseAvgHours: (cr?.first_response_avg_hours as number | null | undefined) ?? null,
        firstResponseAvgHoursTarget: t('first_response_avg_hours'),
        firstResponseWithin24h: share(n(cr?.contacted_within_24h), n(cr?.first_response_due)),
        firstResponseWithin24hTarget: t('first_response_within_24h'),
        serviceSatisfaction: share(n(cr?.satisfied), n(cr?.scored)),
        serviceSatisfactionTarget: t('service_satisfaction'),
        followUpAttempts: n(fr?.attempts),
        followUpReached: n(fr?.reached),
        customerSatisfaction: share(n(fr?.satisfied), n(fr?.scored)),
        customerSatisfactionTarget: t('customer_satisfaction'),
        lateFileHandOvers: n(hr?.late) + n(hr?.overdue),
        lateFileHandOversTarget: t('late_file_hand_overs'),
      }));
    const columns = [
      'month', 'agent', 'agentName', 'complaints', 'resolved', 'resolutionRate', 'resolutionRateTarget', 'firstResponseAvgHours', 'firstResponseAvgHoursTarget',
      'firstResponseWithin24h', 'firstResponseWithin24hTarget', 'serviceSatisfaction', 'serviceSatisfactionTarget', 'followUpAttempts', 'followUpReached',
      'customerSatisfaction', 'customerSatisfactionTarget', 'lateFileHandOvers', 'lateFileHandOversTarget',
    ];
    return report('agent-scorecard', period, columns, rows, [
      'K-6: complaints by the month they were registered and the agent who owns them now; follow-up calls by the month made; late files (K-8) by the month due',
      ...(followUps ? [] : [NO_FOLLOW_UP_TABLES]),
    ]);
  }

  /** K-8 / A-2: per staff member and month of the deadline. */
  async fileHandOvers(period: ReportPeriod, now = new Date()): Promise<ReportDto> {
    const q = fileHandOversQuery(period, now);
    const rows: Row[] = await runReportQuery(this.dataSource, q);
    return report(
      'file-hand-overs',
      period,
      ['month', 'staff', 'due', 'onTime', 'late', 'overdue', 'open', 'breaches', 'breachesTarget'],
      rows.map(camelRow).map((r) => ({ ...r, breaches: Number(r.late) + Number(r.overdue), breachesTarget: kpiTarget('late_file_hand_overs').target })),
      ['A-2 / K-8: file entries due in the period (2 days after a sale, delivery, repair or visit; 3 days after a deal); a breach is late or still missing after the deadline'],
    );
  }

  /** completeness overall, by region and by agent, against the 85% target. */
  async completeness(period: ReportPeriod): Promise<ReportDto> {
    const q = completenessQuery(period);
    const rows: Row[] = await runReportQuery(this.dataSource, q);
    const target = kpiTarget('file_completeness').target;
    return report(
      'file-completeness',
      period,
      ['dimension', 'key', 'files', 'complete', 'share', 'target', 'missingOrganisation', 'missingAddress'],
      rows.map(camelRow).map((r) => ({ ...r, share: share(Number(r.complete), Number(r.files)), target })),
      ['A-4: files created before the end of the period that record the organisation and the installation address'],
    );
  }
}
