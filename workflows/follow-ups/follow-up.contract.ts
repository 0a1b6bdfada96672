// Messages of the follow-up plan workflow, importable by the API without pulling in workflow code.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import type { CallHours } from '@libs/domain/follow-ups/call-hours';
import type { CallAttemptInput, ScriptLine } from '@libs/domain/follow-ups/call-script';
import type { FollowUpPolicyTerms, FollowUpStep } from '@libs/domain/follow-ups/follow-up-policy';
import type { CallOutcome, CallStatus, FollowUpTier, FollowUpTrigger, PlanStatus, SoldVia } from '@libs/domain/follow-ups/follow-up-types';
import type { FollowUpSource } from '@libs/domain/follow-ups/follow-up-triggers';
import { REFUSAL } from '../shared/refusals';

/** What the trigger tells beyond its kind: F-4 picks large repairs and major accidents, F-8 names the event. */
export interface FollowUpDetails {
  repairAmountFen?: number;
  majorAccident?: boolean;
  eventName?: string;
  /** F-8: when the event takes place, as staff entered it (shown in the letter). */
  eventAt?: string;
  /** The scheduled run that sampled the customer (F-3, F-4). */
  sampleRun?: string;
}

export interface FollowUpInput {
  planId: string;
  customerId: string;
  customerNo: string;
  customerTier: CustomerTier;
  trigger: FollowUpTrigger;
  /** Epoch ms of the delivery, repair hand-back, shipment, event...; the calls count from it. */
  occurredAt: number;
  policyCode: string;
  soldVia?: SoldVia;
  productId?: string;
  reference?: string;
  /** The agent who makes the calls; otherwise the customer's own agent or the GM office (F-4). */
  agent?: string;
  details?: FollowUpDetails;
  createdBy: string;
  /** The event that started the plan (F-1, F-2, A-6, F-10); absent for plans registered by hand or sampled. */
  source?: FollowUpSource;
  /** Set by continue-as-new: the plan as it stood. */
  carried?: CarriedPlan;
}

/** The policy snapshot a plan keeps for life, and where and when its calls fall. */
export interface PreparedPlan {
  policyCode: string;
  policyVersion: number;
  tier: FollowUpTier;
  timeZone: string;
  agent: string;
  steps: FollowUpStep[];
  callHours: CallHours;
  terms: Pick<FollowUpPolicyTerms, 'retry' | 'unsatisfiedAtOrBelow' | 'complaintAtOrBelow' | 'leadAnswerSeconds'>;
  calls: Array<{ callId: string; stepKey: string; dueAt: number; windowEnd: number; plannedAt: number }>;
}

export interface AttemptView {
  no: number;
  at: string;
  by: string;
  outcome: CallOutcome;
  satisfactionScore: number | null;
  answers: CallAttemptInput['answers'];
  notes: string | null;
  purchaseIntent: string | null;
}

/** F-10: the complaint a dissatisfied customer's call started. */
export interface LinkedComplaint {
  caseNo: string | null;
  status: 'opening' | 'registered' | 'failed';
  reason?: string;
}

/** F-11: the lead handed to the sales department with the call notes. */
export interface LeadView {
  leadId: string;
  interest: string;
  status: 'handing_over' | 'accepted' | 'refused' | 'timed_out';
  salesOwner: string | null;
  reason: string | null;
}

export interface CallView {
  callId: string;
  stepKey: string;
  purpose: string;
  status: CallStatus;
  agent: string;
  dueAt: string;
  windowEnd: string;
  /** When the call is (next) to be made: the due time or a retry later in the window; null once closed. */
  nextAttemptAt: string | null;
  attempts: AttemptView[];
  missReason: string | null;
  escalated: boolean;
  complaint: LinkedComplaint | null;
  lead: LeadView | null;
  /** F-8: the letter that follows an invitation call. */
  letterQueued: boolean;
  script: ScriptLine[];
}

export interface TimelineEntry {
  at: string;
  event: string;
  by: string;
  note?: string;
}

export interface FollowUpState {
  planId: string;
  trigger: FollowUpTrigger;
  /** The event that started the plan, or null for one registered by hand or sampled. */
  source?: FollowUpSource | null;
  tier: FollowUpTier;
  status: PlanStatus;
  customerNo: string;
  agent: string | null;
  policy: string | null;
  timeZone: string | null;
  stateVersion: number;
  /** Runs of the workflow so far: a plan continues as new between calls, carrying this state. */
  run: number;
  calls: CallView[];
  timeline: TimelineEntry[];
}

/** What continue-as-new hands to the next run. */
export interface CarriedPlan {
  prepared: PreparedPlan;
  status: PlanStatus;
  agent: string;
  stateVersion: number;
  run: number;
  calls: CarriedCall[];
  timeline: TimelineEntry[];
}

export interface CarriedCall {
  callId: string;
  stepKey: string;
  status: CallStatus;
  agent: string;
  dueAt: number;
  windowEnd: number;
  nextAttemptAt: number | null;
  attempts: AttemptView[];
  missReason: string | null;
  escalated: boolean;
  complaint: LinkedComplaint | null;
  lead: LeadView | null;
  letterQueued: boolean;
  version: number;
}

export interface ActorRequest {
  by: string;
}

/** One call attempt (F-9, F-12); `callId` names the call of the plan. */
export interface RecordAttemptRequest extends ActorRequest, CallAttemptInput {
  callId: string;
}

export interface CancelPlanRequest extends ActorRequest {
  reason: string;
}

export interface ReassignPlanRequest extends ActorRequest {
  agent: string;
  /** Why, for the timeline (e.g. A-7: an absence, a departure, a return). */
  reason?: string;
}

export const followUpStateQuery = defineQuery<FollowUpState>('followUpState');
/** F-9, F-12: an attempt on a due call: reached, no answer, busy or wrong number. */
export const recordCallAttemptUpdate = defineUpdate<FollowUpState, [RecordAttemptRequest]>('recordCallAttempt');
/** The remaining calls are cancelled (e.g. the customer asked not to be called). */
export const cancelFollowUpPlanUpdate = defineUpdate<FollowUpState, [CancelPlanRequest]>('cancelFollowUpPlan');
/** the open calls move to another agent. */
export const reassignFollowUpPlanUpdate = defineUpdate<FollowUpState, [ReassignPlanRequest]>('reassignFollowUpPlan');

/** Refusal types of the validators, mapped by the API: unknown call 404, wrong state 409, bad field 400 (the one vocabulary of every workflow). */
export const FOLLOW_UP_REFUSALS = REFUSAL;

/** The input of a tier-2 or tier-3 sample run (F-3, F-4), started by its Schedule. */
export interface FollowUpSampleInput {
  tier: 2 | 3;
  policyCode?: string;
}

export interface FollowUpSampleResult {
  runId: string;
  tier: 2 | 3;
  policy: string;
  rule: string;
  planIds: string[];
}

/** The input of the daily care run (F-6, F-7), started by its Schedule; `date` (local, YYYY-MM-DD) defaults to today. */
export interface CustomerCareInput {
  date?: string;
  policyCode?: string;
}
