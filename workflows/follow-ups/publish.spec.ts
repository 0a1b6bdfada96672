import { FollowUpPlan } from './follow-up-plan';
import { planInput, preparedPlan, step, T0 } from './plan-fixtures';
import { followUpCaseRecord } from '@libs/read-model/records/follow-up-record';

// The plan's row in the read model (`case_records`), as the live workflow writes it: the builder over the plan's snapshot.
const caseStateRecord = (plan: FollowUpPlan) => followUpCaseRecord(plan.input, plan.snapshot());

const INPUT = planInput({ planId: 'FU-7', customerId: 'c-7', trigger: 'repair' });
const PREPARED = preparedPlan('FU-7', [
  { step: step('3dc', { askSatisfaction: false }), dueAt: 0 },
  { step: step('one_month', { askSatisfaction: false }), dueAt: 0 },
]);

describe('the plan\'s read-model row', () => {
  it('a new plan: active, on its agent, nothing done; the row carries the plan view at its version', () => {
    const plan = new FollowUpPlan(INPUT, PREPARED);
    const { view, ...row } = caseStateRecord(plan);
    expect(view).toEqual(plan.snapshot());
    expect(row).toEqual({
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
    expect(caseStateRecord(plan)).toMatchObject({ assignedAgentCode: 'AG-002', escalationLevel: 0, summary: 'tier 1 repair: 1 of 2 call(s) done' });
    plan.missEscalated(second);
    plan.complete();
    expect(caseStateRecord(plan)).toMatchObject({ status: 'completed', escalationLevel: 1, stateVersion: plan.stateVersion });
  });
});
