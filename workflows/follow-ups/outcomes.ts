// What a call leads to, beyond the call itself: a complaint (F-10), a lead for sales (F-11), a letter (F-8).
// The main loop takes these steps one at a time; each clears its pending flag before it starts.
import { ActivityFailure, ParentClosePolicy, patched, startChild, workflowInfo } from '@temporalio/workflow';
import { chinaDateTime } from '@libs/domain/messages/tracking-text';
import type { LeadHandover } from '@libs/departments/ports/sales.port';
import { DEPARTMENT_OF_COMPLAINT } from '@libs/domain/follow-ups/follow-up-types';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { described } from './follow-up-activities';
import { CallState, FollowUpPlan, SYSTEM } from './follow-up-plan';

/** F-8: the invitation letter's text comes from the `event_invitation` template. Old branch: fixed words. */
export const LETTER_FROM_TEMPLATE = 'follow-up-2026-11-30-letter-from-template';

/** The sales department's answer on a lead, queued for the main loop to apply. */
export interface LeadAnswer {
  call: CallState;
  outcome: DepartmentRequestOutcome;
}

/** F-10: the dissatisfied customer's complaint, linked to the call; the department is told in writing. */
export async function openComplaint(plan: FollowUpPlan, call: CallState): Promise<void> {
  const request = call.pending.complaint!;
  call.pending.complaint = undefined;
  const { planId, customerNo } = plan.input;
  const category = request.category ?? 'service';
  try {
    const { caseNo } = await described(`Open a complaint from ${call.callId}: score ${request.score} (F-10)`).openFollowUpComplaint({
      planId,
      callId: call.callId,
      attemptNo: call.attempts.length,
      customerNo,
      by: request.by,
      score: request.score,
      dissatisfiedWith: request.dissatisfiedWith,
      notes: request.notes,
      category,
    });
    call.complaint = { caseNo, status: 'registered' };
    await described(`Tell the ${DEPARTMENT_OF_COMPLAINT[category]} department about ${caseNo} in writing (F-10)`).notify({
      dedupeKey: `${workflowInfo().workflowId}:${call.callId}:complaint-notice`,
      channel: 'email',
      recipient: DEPARTMENT_OF_COMPLAINT[category],
      subject: `Complaint ${caseNo} from a follow-up call`,
      body: `Customer ${customerNo} was not satisfied (score ${request.score}) on follow-up call ${call.callId}: ${request.dissatisfiedWith}. Complaint ${caseNo} is registered; customer service calls the customer again after your department acts (F-10, C-8).`,
      caseNo,
    });
  } catch (error) {
    call.complaint = { caseNo: null, status: 'failed', reason: (error as Error).message };
  }
  plan.complaintLinked(call, call.complaint);
}

/**
 * F-11: purchase intent goes to the sales department with the call notes, as a department request.
 * Its answer arrives later and is queued in `answers` for the main loop.
 */
export async function handOverLead(plan: FollowUpPlan, call: CallState, answers: LeadAnswer[]): Promise<void> {
  call.pending.lead = false;
  const attempt = call.attempts[call.attempts.length - 1];
  const lead: LeadHandover = {
    leadId: call.lead!.leadId,
    customerNo: plan.input.customerNo,
    interest: call.lead!.interest,
    callNotes: attempt.notes ?? '',
    foundBy: attempt.by,
  };
  const child = await startChild(departmentRequestWorkflow, {
    workflowId: `${workflowInfo().workflowId}-lead-${call.stepKey}`,
    // The lead outlives the plan: the sales department must get it even if the plan ends first.
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [{ department: 'sales', kind: 'hand-over-lead', caseNo: plan.input.planId, payload: { ...lead }, timeoutSeconds: plan.prepared.terms.leadAnswerSeconds }],
  });
  plan.changed('lead_sent', SYSTEM, `${lead.leadId} to the sales department (F-11)`);
  void child.result().then(
    (outcome) => answers.push({ call, outcome }),
    (error: Error) => answers.push({ call, outcome: { outcome: 'failed', error: { code: 'REQUEST_FAILED', message: error.message }, reason: error.message } }),
  );
}

/** F-8: after the invitation call, the invitation by letter (within two days). */
export async function sendLetter(plan: FollowUpPlan, call: CallState): Promise<void> {
  call.pending.letter = false;
  const { planId, customerNo, details, occurredAt } = plan.input;
  const dedupeKey = `${workflowInfo().workflowId}:${call.callId}:letter`;
  const eventName = details?.eventName ?? '我们的客户活动';
  const eventAt = details?.eventAt ?? new Date(occurredAt).toISOString();
  const written = () =>
    described(`Send the invitation letter of ${call.callId} (F-8)`).notify({
      dedupeKey,
      channel: 'letter',
      recipient: customerNo,
      subject: `邀请函：${details?.eventName ?? '客户活动'}`,
      body: `诚邀您参加${eventName}，时间：${eventAt}。`,
      caseNo: planId,
    });
  if (patched(LETTER_FROM_TEMPLATE)) {
    try {
      const variables = { eventName, eventAt: chinaDateTime(eventAt) };
      await described(`Send the invitation letter of ${call.callId} (F-8)`).sendCustomerMessage({ dedupeKey, template: 'event_invitation', channel: 'letter', customerNo, variables, caseNo: planId });
    } catch (error) {
      // A template that cannot be rendered does not hold the letter back: it goes out in the fixed words.
      if (!(error instanceof ActivityFailure)) throw error;
      await written();
    }
  } else await written();
  plan.letterSent(call);
}
