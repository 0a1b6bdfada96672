// Follow-up calls (回访): what starts a plan, which tier it belongs to, and the states of a call.
import type { ComplaintCategory } from '../complaints/complaint-category';

/** Triggers staff register through the API (F-1, F-2, A-6, F-8). */
export const REGISTERED_TRIGGERS = ['delivery', 'repair', 'shipment', 'dealer_shipment', 'new_customer', 'event_invitation'] as const;
/** Triggers only the schedules create: the tier-2 monthly sample (F-3), the tier-3 quarterly samples (F-4). */
export const SAMPLED_TRIGGERS = ['monthly_sample', 'quarterly_new_customer', 'quarterly_repair'] as const;
/**
 * Triggers only the cases' own events create: the replacement an exchange delivered (the goods arrive,
 * as after a shipment), and the call again after a department acted on a complaint (F-10).
 */
export const CASE_EVENT_TRIGGERS = ['exchange_replacement', 'complaint_call_back'] as const;
export const FOLLOW_UP_TRIGGERS = [...REGISTERED_TRIGGERS, ...SAMPLED_TRIGGERS, ...CASE_EVENT_TRIGGERS] as const;

export type RegisteredTrigger = (typeof REGISTERED_TRIGGERS)[number];
export type SampledTrigger = (typeof SAMPLED_TRIGGERS)[number];
export type CaseEventTrigger = (typeof CASE_EVENT_TRIGGERS)[number];
export type FollowUpTrigger = (typeof FOLLOW_UP_TRIGGERS)[number];

export type FollowUpTier = 1 | 2 | 3;

/** F-1/F-2 are first-level (一级), F-3 the monthly second level (二级), F-4 the quarterly third level (三级). */
export const TRIGGER_TIER: Readonly<Record<FollowUpTrigger, FollowUpTier>> = {
  delivery: 1,
  repair: 1,
  shipment: 1,
  dealer_shipment: 1,
  new_customer: 1,
  event_invitation: 1,
  exchange_replacement: 1,
  complaint_call_back: 1,
  monthly_sample: 2,
  quarterly_new_customer: 3,
  quarterly_repair: 3,
};

/** How a call attempt ended. */
export const CALL_OUTCOMES = ['reached', 'no_answer', 'busy', 'wrong_number'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Outcomes after which the call is tried again later in its window. */
export const RETRIED_OUTCOMES: readonly CallOutcome[] = ['no_answer', 'busy'];

/** Stored call states (`follow_up_calls.status`). */
export const CALL_STATUSES = ['scheduled', 'due', 'done', 'missed', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const FINAL_CALL_STATUSES: readonly CallStatus[] = ['done', 'missed', 'cancelled'];

export const PLAN_STATUSES = ['active', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** F-10: the department told in writing about a follow-up's complaint, by the complaint's category (department codes). */
export const DEPARTMENT_OF_COMPLAINT: Readonly<Record<ComplaintCategory, string>> = {
  quality: 'quality',
  logistics: 'courier',
  billing: 'finance',
  service: 'after_sales',
  other: 'after_sales',
};

// F-1: sales through secondary outlets (二级网点) get their first call later; the customer file says which.
export { SOLD_VIA, type SoldVia } from '../customers/customer-file';
