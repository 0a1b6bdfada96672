import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import { returnSummary, yuan } from '@libs/domain/returns/return-request';
import { AssignedAgent, CaseStatus, Department, SlaDeadline } from '@libs/temporal/search-attributes';
import type { PlatformActivities } from '../../activities';
import { described } from '../shared';
import type { ReturnCase } from './return-case';
import { DueDeadline, pendingDeadlines } from './return-deadlines';
import type { ReturnRun } from './return-run';

type CaseStateRecord = Parameters<PlatformActivities['recordCaseState']>[0];

/** Mirrors the state to search attributes, the Temporal UI details and the read model (R-7). */
export async function publish(run: ReturnRun): Promise<void> {
  const { c, input } = run;
  const next = pendingDeadlines(c)[0];
  upsertSearchAttributes([
    { key: CaseStatus, value: c.status },
    { key: SlaDeadline, value: next ? new Date(next.at) : null },
    ...(c.handler ? [{ key: AssignedAgent, value: c.handler }] : []),
    { key: Department, value: departmentAtWork(run) },
  ]);
  setCurrentDetails(details(c, next));
  const version = c.stateVersion;
  await described(`Update read model: ${input.returnNo} ${c.status} v${version}`).recordCaseState(caseStateRecord(run));
  run.publishedUpTo(version);
}

/** Whose move it is outside the platform: finance with a refund or fee check, the courier with a parcel. */
function departmentAtWork(run: ReturnRun): 'finance' | 'courier' | null {
  const { inFlight } = run;
  if (inFlight.has('refund') || inFlight.has('fee-check')) return 'finance';
  return inFlight.has('replacement') || run.c.currentParcel() ? 'courier' : null;
}

/**
 * The return's row of the read model (R-7), the one place the live workflow builds it.
 * The read-model rebuild builds its own and also writes `closedAt` and `productRef` (first item's sku),
 * which this one does not: a pure `returnCaseRecord(...)` builder for both is to replace this function.
 */
export function caseStateRecord({ c, input, workflowId }: ReturnRun): CaseStateRecord {
  return {
    caseNo: input.returnNo,
    kind: 'return',
    workflowId,
    status: c.status,
    customerId: input.customerId,
    category: input.type,
    severity: null,
    assignedAgentCode: c.handler,
    escalationLevel: 0,
    summary: returnSummary({ type: input.type, amountFen: c.amountFen, orderRef: input.orderRef }),
    stateVersion: c.stateVersion,
    source: input.source,
    problemType: input.reason,
    customerRating: input.customerRating ?? null,
    result: c.result,
  };
}

/** The Markdown the Temporal UI shows for the running return. */
function details(c: ReturnCase, next: DueDeadline | undefined): string {
  const last = c.timeline[c.timeline.length - 1];
  const parcel = c.parcels.at(-1);
  return [
    `**Status:** ${c.status}${c.result ? ` (${c.result})` : ''}`,
    `**Handler:** ${c.handler ?? '—'} · **Policy:** ${c.policy ? `${c.policy.code} v${c.policy.version}` : 'loading'}`,
    `**Next timeout:** ${next ? `${next.id} at ${new Date(next.at).toISOString()} → ${next.action}` : '—'}`,
    `**Parcel:** ${parcel ? `${parcel.purpose} ${parcel.courier} ${parcel.waybillNo}: ${parcel.lastState ?? 'not yet tracked'}` : '—'}`,
    `**Refund:** ${c.refund ? `${c.refund.refundId} ${yuan(c.refund.amountFen)} ${c.refund.status}` : '—'}`,
    `**Last event:** ${last.event} by ${last.by} at ${last.at}`,
  ].join('  \n');
}
