import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import { dataNotStorableOf } from '@libs/domain/errors/data-not-storable';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import { complaintCaseRecord } from '@libs/read-model/records/complaint-record';
import { clockPausedByStatus, ESCALATION_LADDER } from '@libs/domain/sla/sla-targets';
import { AssignedAgent, CaseStatus, EscalationLevel, SlaDeadline } from '@libs/temporal/search-attributes';
import { takesBranch } from './case-shape';
import { ComplaintRun, SYSTEM } from './complaint-run';
import { shortCall } from './short-calls';
import { DEPARTMENT_PAUSE, type DueTarget } from './sla-clock';

/**
 * How the case row reaches the read model: on its own (`recordCaseState`), or with other writes of the
 * same step in one call (an escalation's breach and notices). `undefined` when the row is not written.
 */
export type CaseRowWrite = (record: CaseStateRecord | undefined) => Promise<unknown>;

/**
 * The main loop takes up a change: the SLA clock stops or starts as the case now requires (it waits
 * for the customer or a department), then the state is published.
 */
export async function takeUpChange(run: ComplaintRun, write?: CaseRowWrite): Promise<number> {
  const { state } = run;
  const change = await run.clock.sync(state.waitingForCustomer ?? (clockPausedByStatus(state.status) ? DEPARTMENT_PAUSE : null));
  if (change) state.changed(change === 'paused' ? 'sla_clock_paused' : 'sla_clock_resumed', SYSTEM);
  run.published = state.stateVersion;
  return publish(run, write);
}

/** Mirrors the state to search attributes, the Temporal UI details and the read model; returns the version written. */
export async function publish(run: ComplaintRun, write?: CaseRowWrite): Promise<number> {
  const { state } = run;
  const version = state.stateVersion;
  const due = run.clockIfStarted?.next(state.status);
  upsertSearchAttributes([
    { key: CaseStatus, value: state.status },
    { key: EscalationLevel, value: state.escalationLevel },
    { key: SlaDeadline, value: due ? new Date(due.at) : null },
    ...(state.assignedAgent ? [{ key: AssignedAgent, value: state.assignedAgent }] : []),
  ]);
  setCurrentDetails(details(run, due));
  await recordInReadModel(run, version, write);
  return version;
}

// Added when the database's refusal of a case's data became a non-retryable failure: histories before
// it failed the run at that point.
const DATA_NOT_STORABLE_PATCH = 'data-not-storable';

/**
 * Writes the read-model row. Data the database can never store (a NUL byte that slipped past the API)
 * is recorded on the case, which goes on running and shows the problem, and is not written again.
 */
async function recordInReadModel(run: ComplaintRun, version: number, write?: CaseRowWrite): Promise<void> {
  const { input, state } = run;
  const record = state.dataProblem ? undefined : complaintCaseRecord(input, run.snapshot());
  if (!write && !record) return;
  try {
    await (write ? write(record) : shortCall(`Update read model: ${input.caseNo} ${state.status} v${version}`).recordCaseState(record!));
  } catch (error) {
    const problem = dataNotStorableOf(error);
    if (!problem || !takesBranch(DATA_NOT_STORABLE_PATCH)) throw error;
    state.recordDataProblem(problem);
  }
}

/** The Temporal UI's details of the case, in Markdown. */
function details(run: ComplaintRun, due: DueTarget | undefined): string {
  const { state } = run;
  const last = state.timeline[state.timeline.length - 1];
  const view = run.clockIfStarted?.view(state.status);
  return [
    `**Status:** ${state.status}${state.waitingForCustomer ? ' (waiting for the customer)' : ''}`,
    `**Agent:** ${state.assignedAgent ?? 'unassigned'} · **Escalation level:** ${state.escalationLevel} (${ESCALATION_LADDER[state.escalationLevel]})`,
    `**SLA:** ${view ? `${view.policy} on ${view.calendar}${view.paused ? ', clock paused' : ''}` : 'loading'}`,
    `**Next deadline:** ${due ? `${due.target.id} at ${new Date(due.at).toISOString()}` : '—'}`,
    ...(state.remedyReturn ? [`**Remedy:** ${state.remedy} as return ${state.remedyReturn.returnNo ?? '(opening)'}: ${state.remedyReturn.status}`] : []),
    ...(state.dataProblem ? [`**Data problem:** ${state.dataProblem.step} cannot store this case (${state.dataProblem.sqlState}); correct the case data`] : []),
    `**Last event:** ${last.event} by ${last.by} at ${last.at}`,
  ].join('  \n');
}
