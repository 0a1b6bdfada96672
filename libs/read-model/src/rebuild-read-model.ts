import { Client, WorkflowExecutionInfo } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { decodeArrayFromPayloads, loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import { CaseType } from '@libs/temporal/search-attributes';
import type { CaseKind } from '@libs/temporal/conventions';
import { ComplaintInput, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { FollowUpInput, followUpStateQuery } from '@workflows/follow-ups/follow-up.contract';
import { ReturnInput, returnStateQuery } from '@workflows/returns/return.contract';
import type { CaseStateRecord } from './case-state-record';
import { complaintCaseRecord } from './records/complaint-record';
import { followUpCaseRecord } from './records/follow-up-record';
import { returnCaseRecord } from './records/return-record';
import { caseViewSeal } from './case-view-seal';
import { descriptionIndex } from './description-index';
import { Queryable, writeCaseState } from './write-case-state';

/** Workflow types whose state the read model mirrors. */
const WORKFLOW_KINDS: Record<string, CaseKind> = { complaintWorkflow: 'complaint', returnWorkflow: 'return', followUpWorkflow: 'followup' };

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
  summary: string;
  result: string | null;
  /** Whether the row has the blind index of its description (rows from before it have none). */
  indexed: boolean;
}

/**
 * Re-reads every open case workflow from Temporal (visibility by the `CaseType` search attribute and
 * by workflow type, since a complaint's remedy starts its return as a child without one), queries its
 * live state, builds its row with the same builder the workflow uses, and repairs the `case_records`
 * row when it is missing, behind, or different at the same version. A row ahead of the workflow is
 * left alone (the workflow wrote it after the query answered).
 */
export async function rebuildReadModel(client: Client, dataConverter: DataConverter, db: Queryable, options: RebuildOptions = {}): Promise<RebuildReport> {
  const log = options.log ?? (() => undefined);
  const converter = loadDataConverter(dataConverter);
  const report: RebuildReport = { listed: 0, repaired: [], unchanged: 0, failed: [] };
  for (const execution of await listCaseWorkflows(client, options.includeClosed ?? false)) {
    report.listed += 1;
    try {
      const record = await currentRecord(client, converter, dataConverter, execution);
      const rows: RowSnapshot[] = await db.query(
        `SELECT case_no, status, assigned_agent_code, escalation_level, state_version, summary, result, description_tokens IS NOT NULL AS indexed
           FROM case_records WHERE case_no = $1`,
        [record.caseNo],
      );
      const row = rows[0];
      if (row && (row.state_version > record.stateVersion || sameRow(row, record))) {
        report.unchanged += 1;
        continue;
      }
      if (!options.dryRun && !(await writeCaseState(db, record, 'repair', caseViewSeal(dataConverter)))) {
        report.unchanged += 1;
        continue;
      }
      report.repaired.push(record.caseNo);
      log(`${options.dryRun ? 'would repair' : 'repaired'} ${record.caseNo}: ${row ? `${row.status} v${row.state_version}` : 'missing'} -> ${record.status} v${record.stateVersion}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ workflowId: execution.workflowId, reason });
      log(`failed ${execution.workflowId}: ${reason}`);
    }
  }
  return report;
}

/**
 * The row the workflow would write now: its start input (what the query leaves out) and its live state.
 * A complaint's row also gets the blind index of its description, from the start input, under the
 * active key: a row without one (written before the index existed) is repaired for it.
 */
async function currentRecord(
  client: Client,
  converter: ReturnType<typeof loadDataConverter>,
  dataConverter: DataConverter,
  execution: WorkflowExecutionInfo,
): Promise<CaseStateRecord> {
  const handle = client.workflow.getHandle(execution.workflowId, execution.runId);
  const input = await startInput(client, converter, execution);
  switch (WORKFLOW_KINDS[execution.type]) {
    case 'complaint': {
      const complaint = input as ComplaintInput;
      return { ...complaintCaseRecord(complaint, await handle.query(complaintStateQuery)), descriptionTokens: descriptionIndex(dataConverter).tokens(complaint.description) };
    }
    case 'return':
      return returnCaseRecord(input as ReturnInput, await handle.query(returnStateQuery));
    case 'followup':
      return followUpCaseRecord(input as FollowUpInput, await handle.query(followUpStateQuery));
  }
}

async function listCaseWorkflows(client: Client, includeClosed: boolean): Promise<WorkflowExecutionInfo[]> {
  const running = includeClosed ? '' : ' AND ExecutionStatus = "Running"';
  const types = Object.keys(WORKFLOW_KINDS).map((t) => `"${t}"`).join(', ');
  const kinds = [...new Set(Object.values(WORKFLOW_KINDS))].map((k) => `"${k}"`).join(', ');
  const found = new Map<string, WorkflowExecutionInfo>();
  for (const query of [`${CaseType.name} IN (${kinds})${running}`, `WorkflowType IN (${types})${running}`]) {
    for await (const execution of client.workflow.list({ query })) {
      if (WORKFLOW_KINDS[execution.type] && !found.has(execution.workflowId)) found.set(execution.workflowId, execution);
    }
  }
  return [...found.values()].sort((a, b) => a.workflowId.localeCompare(b.workflowId));
}

/** The run's start input from its first history event only (a long case's history is not read whole). */
async function startInput(client: Client, converter: ReturnType<typeof loadDataConverter>, execution: WorkflowExecutionInfo): Promise<unknown> {
  const page = await client.workflowService.getWorkflowExecutionHistory({
    namespace: client.options.namespace,
    execution: { workflowId: execution.workflowId, runId: execution.runId },
    maximumPageSize: 1,
  });
  const started = page.history?.events?.[0]?.workflowExecutionStartedEventAttributes;
  if (!started) throw new Error(`the history of ${execution.workflowId} does not start with its input`);
  const [input] = await decodeArrayFromPayloads(converter, started.input?.payloads);
  return input;
}

function sameRow(row: RowSnapshot, record: CaseStateRecord): boolean {
  return (
    row.state_version === record.stateVersion &&
    row.status === record.status &&
    row.assigned_agent_code === record.assignedAgentCode &&
    row.escalation_level === record.escalationLevel &&
    row.summary === record.summary &&
    (row.result ?? null) === (record.result ?? null) &&
    (row.indexed || record.descriptionTokens === undefined)
  );
}
