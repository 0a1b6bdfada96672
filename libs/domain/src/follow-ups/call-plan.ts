// The calls of a plan, from the trigger's moment and the policy (F-1, F-2, A-6, F-8), with every due
// time moved to the next slot the customer's quiet hours allow (F-5). Pure: no clock, no I/O.
import { CallHours, callSlotEnd, nextCallSlot } from './call-hours';
import type { FollowUpStep } from './follow-up-policy';
import type { SoldVia } from './follow-up-types';

export interface PlannedCall {
  stepKey: string;
  /** Epoch ms: the first allowed moment at or after the policy's due time (F-5). */
  dueAt: number;
  /** Epoch ms: after this the call is missed. */
  windowEnd: number;
  /** The policy's due time before quiet hours moved it, for the timeline. */
  plannedAt: number;
}

export interface PlanRequest {
  steps: readonly FollowUpStep[];
  /** Epoch ms of the trigger: the delivery, the repair's hand-back, the shipment, the event... */
  occurredAt: number;
  soldVia: SoldVia;
  timeZone: string;
  callHours: CallHours;
}

/**
 * One call per step. A step `afterPrevious` counts from the previous call's due time (F-1: the second
 * follow-up a week after the first). When quiet hours push a due time to or past the end of its
 * window (a short window over a long holiday), the window is stretched to the end of that first
 * allowed slot, so that every call keeps at least one moment it may be made in.
 */
export function planCalls(request: PlanRequest): PlannedCall[] {
  const planned: PlannedCall[] = [];
  for (const step of request.steps) {
    const offset = request.soldVia === 'secondary_outlet' && step.secondaryOutletDueAfterSeconds != null ? step.secondaryOutletDueAfterSeconds : step.dueAfterSeconds;
    const base = step.afterPrevious && planned.length > 0 ? planned[planned.length - 1].dueAt : request.occurredAt;
    const plannedAt = base + offset * 1000;
    const dueAt = nextCallSlot(plannedAt, request.timeZone, request.callHours);
    const policyEnd = plannedAt + step.windowSeconds * 1000;
    const windowEnd = dueAt < policyEnd ? policyEnd : callSlotEnd(dueAt, request.timeZone, request.callHours);
    planned.push({ stepKey: step.key, dueAt, windowEnd, plannedAt });
  }
  return planned;
}

/**
 * When to try again after no answer or a busy line: `retryAfterMs` later, at the next allowed slot
 * (F-5), if that is still inside the window and attempts remain; undefined when the call is missed.
 */
export function retrySlot(request: { now: number; retryAfterMs: number; windowEnd: number; attemptsMade: number; maxAttempts: number; timeZone: string; callHours: CallHours }): number | undefined {
  if (request.attemptsMade >= request.maxAttempts) return undefined;
  const slot = nextCallSlot(request.now + request.retryAfterMs, request.timeZone, request.callHours);
  return slot < request.windowEnd ? slot : undefined;
}
