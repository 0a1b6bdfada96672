import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import { yuan } from '@libs/domain/returns/return-request';
import { returnCaseRecord } from '@libs/read-model/records/return-record';
import { AssignedAgent, CaseStatus, Department, SlaDeadline } from '@libs/temporal/search-attributes';
import { described } from '../shared';
import type { ReturnCase } from './return-case';
import { DueDeadline, pendingDeadlines } from './return-deadlines';
import type { ReturnRun } from './return-run';

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
  await described(`Update read model: ${input.returnNo} ${c.status} v${version}`).recordCaseState(returnCaseRecord(input, run.snapshot()));
  run.publishedUpTo(version);
}

/** Whose move it is outside the platform: finance with a refund or fee check, the courier with a parcel. */
function departmentAtWork(run: ReturnRun): 'finance' | 'courier' | null {
  const { inFlight } = run;
  if (inFlight.has('refund') || inFlight.has('fee-check')) return 'finance';
  return inFlight.has('replacement') || run.c.currentParcel() ? 'courier' : null;
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
