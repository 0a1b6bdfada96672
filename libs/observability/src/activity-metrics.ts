import { isFinal } from '@libs/domain/complaints/complaint-lifecycle';
import type { ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import type { ReturnStatus } from '@libs/domain/returns/return-lifecycle';

/** How an activity execution ended, as the worker saw it. */
export type ActivityOutcome = 'ok' | 'sent' | 'refused' | 'error';

/** The department and request kind behind each activity that talks to a department (README, department protocol). */
export const DEPARTMENT_ACTIVITIES: Record<string, { department: string; kind: string }> = {
  payRefund: { department: 'finance', kind: 'pay-refund' },
  confirmPaymentReceived: { department: 'finance', kind: 'confirm-payment' },
  shipReplacement: { department: 'courier', kind: 'ship-replacement' },
  trackWaybill: { department: 'courier', kind: 'track-waybill' },
  fileDamageClaim: { department: 'courier', kind: 'file-damage-claim' },
  openQualityInvestigation: { department: 'quality', kind: 'open-investigation' },
  handOverLead: { department: 'sales', kind: 'hand-over-lead' },
};

/** One metric change, decided from an activity's type, input and outcome. */
export type MetricEvent =
  | { metric: 'casesClosed'; labels: { type: string; status: string } }
  | { metric: 'escalations'; labels: { level: string } }
  | { metric: 'slaBreaches'; labels: { target: string } }
  | { metric: 'refunds'; labels: { outcome: 'paid' | 'failed' } }
  | { metric: 'departmentRequests'; labels: { department: string; kind: string; outcome: string } }
  | { metric: 'departmentRequestSeconds'; labels: { department: string; kind: string }; value: number }
  | { metric: 'readModelLag'; labels: { type: string }; value: number };

interface Execution {
  activityType: string;
  input: unknown;
  result?: unknown;
  outcome: ActivityOutcome;
  /** Execution time of this attempt. */
  seconds: number;
  /** From when the workflow scheduled the activity to its end. */
  sinceScheduledSeconds: number;
}

function isFinalStatus(kind: string, status: string): boolean {
  if (kind === 'complaint') return isFinal(status as ComplaintStatus);
  if (kind === 'return') return isFinalReturnStatus(status as ReturnStatus);
  return status === 'completed' || status === 'cancelled';
}

/**
 * The business metrics an activity execution stands for. Pure: the worker's interceptor applies them.
 * Writes are idempotent, so a retried breach or state write is counted only when it succeeded, and a
 * case is counted closed only when its row changed (`recordCaseState` answers whether it did).
 */
export function metricEventsFor(e: Execution): MetricEvent[] {
  const events: MetricEvent[] = [];
  const department = DEPARTMENT_ACTIVITIES[e.activityType];
  if (department) {
    const outcome = e.outcome === 'ok' ? 'completed' : e.outcome;
    events.push({ metric: 'departmentRequests', labels: { ...department, outcome } });
    if (e.outcome === 'ok') events.push({ metric: 'departmentRequestSeconds', labels: department, value: e.seconds });
    if (e.activityType === 'payRefund' && (e.outcome === 'ok' || e.outcome === 'refused')) {
      events.push({ metric: 'refunds', labels: { outcome: e.outcome === 'ok' ? 'paid' : 'failed' } });
    }
  }
  if (e.outcome !== 'ok') return events;
  // An escalation's breach is recorded on its own (older histories) or with its notices in one call.
  const breach = (e.activityType === 'recordSlaBreach' ? e.input : e.activityType === 'recordEscalation' ? (e.input as { breach?: unknown })?.breach : undefined) as
    | { target?: string; escalationLevel?: number | null }
    | undefined;
  if (breach) {
    if (breach?.target) events.push({ metric: 'slaBreaches', labels: { target: breach.target } });
    if (typeof breach?.escalationLevel === 'number') events.push({ metric: 'escalations', labels: { level: String(breach.escalationLevel) } });
  }
  if (e.activityType === 'recordCaseState') {
    const record = e.input as { kind?: string; status?: string };
    if (record?.kind) events.push({ metric: 'readModelLag', labels: { type: record.kind }, value: e.sinceScheduledSeconds });
    if (record?.kind && record.status && e.result === true && isFinalStatus(record.kind, record.status)) {
      events.push({ metric: 'casesClosed', labels: { type: record.kind, status: record.status } });
    }
  }
  // An escalation writes the case's new state in the same call (an escalation never closes a case).
  const escalatedState = e.activityType === 'recordEscalation' ? (e.input as { caseState?: { kind?: string } })?.caseState : undefined;
  if (escalatedState?.kind) events.push({ metric: 'readModelLag', labels: { type: escalatedState.kind }, value: e.sinceScheduledSeconds });
  return events;
}
