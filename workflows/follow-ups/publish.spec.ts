import { ALWAYS } from '@libs/domain/follow-ups/call-hours';
import type { FollowUpInput, PreparedPlan } from './follow-up.contract';
import { FollowUpPlan } from './follow-up-plan';
import { caseStateRecord } from './publish';

// The plan's row in the read model (`case_records`), as the live workflow writes it.

const T0 = Date.parse('2026-11-24T02:00:00Z');
const INPUT: FollowUpInput = { planId: 'FU-7', customerId: 'c-7', customerNo: 'CU-7', customerTier: 'regular', trigger: 'repair', occurredAt: T0, policyCode: 'default', createdBy: 'AG-100' };
const PREPARED: PreparedPlan = {
  policyCode: 'default',
  policyVersion: 2,
  tier: 1,
  timeZone: 'Asia/Shanghai',
  agent: 'AG-001',
  steps: ['3dc', 'one_month'].map((key) => ({ key, purpose: key, dueAfterSeconds: 0, windowSeconds: 3600, askSatisfaction: false, questions: [] })),
  callHours: ALWAYS,
  terms: { retry: { afterSeconds: 60, maxAttempts: 1 }, unsatisfiedAtOrBelow: 3, complaintAtOrBelow: 2, leadAnswerSeconds: 60 },
  calls: ['3dc', 'one_month'].map((stepKey) => ({ callId: `FU-7-${stepKey}`, stepKey, dueAt: T0, windowEnd: T0 + 3_600_000, plannedAt: T0 })),
};

describe('caseStateRecord', () => {
  it('a new plan: active, on its agent, nothing done', () => {
    expect(caseStateRecord(new FollowUpPlan(INPUT, PREPARED), 'followup-FU-7')).toEqual({
      caseNo: 'FU-7',
      kind: 'followup',
      workflowId: 'followup-FU-7',
      status: 'active',
      customerId: 'c-7',
      category: 'repair',
      severity: null,
      assignedAgentCode: 'AG-001',
      escalationLevel: 0,
      summary: 'tier 1 repair: 0 of 2 call(s) done',
      stateVersion: 1,
    });
  });

  it('counts the calls done, follows the agent and is escalated once a missed call went to the supervisor', () => {
    const plan = new FollowUpPlan(INPUT, PREPARED);
    const [first, second] = plan.calls;
    plan.becomeDue(first);
    plan.addAttempt(first, { callId: first.callId, by: 'AG-001', outcome: 'reached', answers: { identity_confirmed: true, thanked: true } }, T0);
    plan.reassign('SUP-100', 'AG-002');
    plan.becomeDue(second);
    plan.missLapsed(second);
    expect(caseStateRecord(plan, 'followup-FU-7')).toMatchObject({ assignedAgentCode: 'AG-002', escalationLevel: 0, summary: 'tier 1 repair: 1 of 2 call(s) done' });
    plan.missEscalated(second);
    plan.complete();
    expect(caseStateRecord(plan, 'followup-FU-7')).toMatchObject({ status: 'completed', escalationLevel: 1, stateVersion: plan.stateVersion });
  });
});
