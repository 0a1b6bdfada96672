// `npm run reports:explain [-- --to=2026-11-24]`: EXPLAIN ANALYZE of every report query over the
// month, quarter and year before `to` (default today), and of the A-3 customer searches.
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { reportPeriod, ReportPeriod } from '@libs/domain/reports/report-period';
import { monthlyComplaintsQuery, weeklyComplaintsQuery } from '../queries/complaint-queries';
import { complaintKpiQuery, fileCompletenessQuery, followUpSatisfactionQuery, lateHandOversQuery, warrantyCoverageQuery } from '../queries/kpi-queries';
import { agentComplaintsQuery, agentFollowUpsQuery, completenessQuery, fileHandOversQuery, followUpCountsQuery } from '../queries/people-queries';
import type { SqlQuery } from '../queries/sql-query';
import { followUpSatisfiedAtOrAbove } from '../follow-up-tables';
import { explain } from '../volume/explain';
import { explainSearch, searchPlanCases } from '../volume/search-plans';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

function reportQueries(period: ReportPeriod, now: Date, followUps: boolean, satisfied: number): SqlQuery[] {
  return [
    weeklyComplaintsQuery(period),
    monthlyComplaintsQuery(period),
    complaintKpiQuery(period, now),
    warrantyCoverageQuery(period),
    fileCompletenessQuery(period),
    lateHandOversQuery(period, now),
    agentComplaintsQuery(period, now),
    fileHandOversQuery(period, now),
    completenessQuery(period),
    ...(followUps ? [followUpSatisfactionQuery(period, satisfied), agentFollowUpsQuery(period, satisfied), followUpCountsQuery(period, 'day', satisfied), followUpCountsQuery(period, 'month', satisfied)] : []),
  ];
}

async function main(): Promise<void> {
  const toArg = process.argv.slice(2).find((a) => a.startsWith('--to='))?.slice(5);
  const to = toArg ?? iso(new Date(Date.now() + DAY));
  const config = loadConfigOrExit();
  const db = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  try {
    const [{ cases, customers }] = await db.query(`SELECT (SELECT count(*) FROM case_records)::int AS cases, (SELECT count(*) FROM customers)::int AS customers`);
    const [{ present }] = await db.query(`SELECT to_regclass('follow_up_attempts') IS NOT NULL AS present`);
    console.log(`${cases.toLocaleString('en')} case rows, ${customers.toLocaleString('en')} customers; times are EXPLAIN ANALYZE execution times`);
    const now = new Date();
    const satisfied = await followUpSatisfiedAtOrAbove(db);
    for (const days of [30, 91, 365]) {
      const period = reportPeriod({ from: iso(new Date(Date.parse(to) - days * DAY)), to });
      console.log(`\n${period.fromDate} .. ${period.toDate} (${days} days)`);
      for (const q of reportQueries(period, now, present, satisfied)) {
        const plan = await explain(db, q.text, q.values);
        console.log(`  ${q.name.padEnd(28)} ${String(plan.executionMs).padStart(9)} ms  indexes: ${plan.indexes.join(', ') || '-'}${plan.seqScans.length ? `  full scans: ${plan.seqScans.join(', ')}` : ''}`);
      }
    }
    console.log('\nA-3 customer searches (first page of 50)');
    for (const c of await searchPlanCases(db)) {
      const plan = await explainSearch(db, c.query);
      console.log(`  ${c.key.padEnd(28)} ${String(plan.executionMs).padStart(9)} ms  indexes: ${plan.indexes.join(', ') || '-'}${plan.seqScans.length ? `  full scans: ${plan.seqScans.join(', ')}` : ''}`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`Explain failed: ${error.message}`);
  process.exit(1);
});
