import { DataSource } from 'typeorm';
import { runReportQuery } from '../queries/run-query';

export interface PlanSummary {
  /** Execution time reported by EXPLAIN ANALYZE, in ms. */
  executionMs: number;
  planningMs: number;
  rows: number;
  /** Indexes the plan reads. */
  indexes: string[];
  /** Tables read whole. */
  seqScans: string[];
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of a parameterised statement: its time and the indexes and full scans in its plan. */
export async function explain(db: DataSource, text: string, values: unknown[]): Promise<PlanSummary> {
  // With the same work memory as the reports themselves.
  const [row] = await runReportQuery<Record<string, unknown>>(db, { text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values });
  const [result] = row['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }>;
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const walk = (node: PlanNode) => {
    if (node['Index Name']) indexes.add(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) seqScans.add(node['Relation Name']);
    node.Plans?.forEach(walk);
  };
  walk(result.Plan);
  return {
    executionMs: Math.round(result['Execution Time'] * 10) / 10,
    planningMs: Math.round(result['Planning Time'] * 10) / 10,
    rows: result.Plan['Actual Rows'] ?? 0,
    indexes: [...indexes].sort(),
    seqScans: [...seqScans].sort(),
  };
}
