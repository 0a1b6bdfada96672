import { Client, WorkflowExecutionInfo } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { decodeArrayFromPayloads, loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import { DataSource } from 'typeorm';
import { complaintReportFields } from '@libs/domain/cases/case-report-fields';
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import { returnSummary } from '@libs/domain/returns/return-request';
import { CaseType } from '@libs/temporal/search-attributes';
import type { CaseKind } from '@libs/temporal/conventions';
import { ComplaintInput, ComplaintState, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { ReturnInput, ReturnState, returnStateQuery } from '@workflows/returns/return.contract';
import { CaseStateRecord, writeCaseState } from './case-state';

/** Workflow types whose state the read model mirrors; follow-ups join when their workflow has a state query. */
const WORKFLOW_KINDS: Record<string, Exclude<CaseKind, 'followup'>> = { complaintWorkflow: 'complaint', returnWorkflow: 'return' };

export interface RebuildOptions {
  /** Closed workflows too (by default only running ones). Their queries answer as long as the history is retained. */
  includeClosed?: boolean;
  /** Report what would change without writing. */
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface RebuildReport {
  listed: number;
  /** Rows written: missing ones created, stale or drifted ones corrected. */
  repaired: string[];
  unchanged: number;
  failed: Array<{ workflowId: string; reason: string }>;
}

interface RowSnapshot {
  case_no: string;
  status: string;
  assigned_agent_code: string | null;
  escalation_level: number;
  state_version: number;
  customer_id: string;
  category: string | null;
  severity: string | null;
  summary: string;
  result: string | null;
}

/**
 * Re-reads every open case workflow from Temporal (visibility by the `CaseType` search attribute and
 * by workflow type, since a complaint's remedy starts its return as a child without one), queries its
 * live state and repairs the `case_records` row when it is missing, behind, or different at the same
 * version. A row ahead of the workflow is left alone (the workflow wrote it after the query answered).
 */
export async function rebuildReadModel(client: Client, dataConverter: DataConverter, dataSource: DataSource, options: RebuildOptions = {}): Promise<RebuildReport> {
  const log = options.log ?? (() => undefined);
  const converter = loadDataConverter(dataConverter);
  const report: RebuildReport = { listed: 0, repaired: [], unchanged: 0, failed: [] };
  for (const execution of await listCaseWorkflows(client, options.includeClosed ?? false)) {
    report.listed += 1;
    const kind = WORKFLOW_KINDS[execution.type];
    try {
      const handle = client.workflow.getHandle(execution.workflowId, execution.runId);
      const state = kind === 'complaint' ? await handle.query(complaintStateQuery) : await handle.query(returnStateQuery);
      const caseNo = 'caseNo' in state ? state.caseNo : state.returnNo;
      const rows: RowSnapshot[] = await dataSource.query(
        `SELECT case_no, status, assigned_agent_code, escalation_level, state_version, customer_id, category, severity, summary, result FROM case_records WHERE case_no = $1`,
        [caseNo],
      );
      const row = rows[0];
      // The start input holds what the query does not (customer id, channel, product); read it only when needed.
      const input = row ? null : await startInput(client, converter, execution);
      const record = kind === 'complaint' ? complaintRecord(state as ComplaintState, execution.workflowId, row, input as ComplaintInput | null) : returnRecord(state as ReturnState, execution.workflowId, row, input as ReturnInput | null);
      if (row && (row.state_version > record.stateVersion || sameRow(row, record))) {
        report.unchanged += 1;
        continue;
      }
      if (!options.dryRun && !(await writeCaseState(dataSource, record, 'repair'))) {
        report.unchanged += 1;
        continue;
      }
      report.repaired.push(caseNo);
      log(`${options.dryRun ? 'would repair' : 'repaired'} ${caseNo}: ${row ? `${row.status} v${row.state_version}` : 'missing'} -> ${record.status} v${record.stateVersion}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ workflowId: execution.workflowId, reason });
      log(`failed ${execution.workflowId}: ${reason}`);
    }
  }
  return report;
}

async function listCaseWorkflows(client: Client, includeClosed: boolean): Promise<WorkflowExecutionInfo[]> {
  const running = includeClosed ? '' : ' AND ExecutionStatus = "Running"';
  const types = Object.keys(WORKFLOW_KINDS).map((t) => `"${t}"`).join(', ');
  const kinds = Object.values(WORKFLOW_KINDS).map((k) => `"${k}"`).join(', ');
  const found = new Map<string, WorkflowExecutionInfo>();
  for (const query of [`${CaseType.name} IN (${kinds})${running}`, `WorkflowType IN (${types})${running}`]) {
    for await (const execution of client.workflow.list({ query })) {
      if (WORKFLOW_KINDS[execution.type] && !found.has(execution.workflowId)) found.set(execution.workflowId, execution);
    }
  }
  return [...found.values()].sort((a, b) => a.workflowId.localeCompare(b.workflowId));
}

async function startInput(client: Client, converter: ReturnType<typeof loadDataConverter>, execution: WorkflowExecutionInfo): Promise<unknown> {
  const history = await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
  const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
  const [input] = await decodeArrayFromPayloads(converter, started?.input?.payloads);
  return input;
}

function complaintRecord(state: ComplaintState, workflowId: string, row: RowSnapshot | undefined, input: ComplaintInput | null): CaseStateRecord {
  return {
    caseNo: state.caseNo,
    kind: 'complaint',
    workflowId,
    status: state.status,
    customerId: row?.customer_id ?? input!.customerId,
    category: state.category,
    severity: state.severity,
    assignedAgentCode: state.assignedAgent,
    escalationLevel: state.escalationLevel,
    summary: row?.summary ?? `${input!.category}/${input!.severity} via ${input!.channel}`,
    stateVersion: state.stateVersion,
    ...complaintReportFields(state),
    productRef: input?.productRef ?? null,
  };
}

function returnRecord(state: ReturnState, workflowId: string, row: RowSnapshot | undefined, input: ReturnInput | null): CaseStateRecord {
  const ended = isFinalReturnStatus(state.status) ? state.timeline.at(-1)?.at ?? null : null;
  return {
    caseNo: state.returnNo,
    kind: 'return',
    workflowId,
    status: state.status,
    customerId: row?.customer_id ?? input!.customerId,
    category: state.type,
    severity: null,
    assignedAgentCode: state.handler,
    escalationLevel: 0,
    summary: returnSummary({ type: state.type, amountFen: state.amountFen, orderRef: state.orderRef }),
    stateVersion: state.stateVersion,
    source: state.source,
    problemType: state.reason,
    customerRating: input?.customerRating ?? null,
    result: state.result,
    closedAt: ended,
    productRef: state.items[0]?.sku ?? null,
  };
}

function sameRow(row: RowSnapshot, record: CaseStateRecord): boolean {
  return (
    row.state_version === record.stateVersion &&
    row.status === record.status &&
    row.assigned_agent_code === record.assignedAgentCode &&
    row.escalation_level === record.escalationLevel &&
    row.summary === record.summary &&
    (row.result ?? null) === (record.result ?? null)
  );
}
