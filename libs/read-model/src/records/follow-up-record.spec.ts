import type { CallView, FollowUpState } from '@workflows/follow-ups/follow-up.contract';
import { followUpCaseRecord, FollowUpFacts } from './follow-up-record';

const facts: FollowUpFacts = { planId: 'FU-20261124-0001', customerId: 'c-1', trigger: 'delivery' };

const call = (status: CallView['status'], escalated = false) => ({ callId: `c-${Math.random()}`, status, escalated }) as CallView;

function state(over: Partial<FollowUpState> = {}): FollowUpState {
  return { planId: facts.planId, trigger: 'delivery', tier: 1, status: 'active', customerNo: 'CU-1', agent: 'AG-101', policy: 'default v1', timeZone: 'Asia/Shanghai', stateVersion: 2, run: 1, calls: [], timeline: [], ...over };
}

describe('followUpCaseRecord', () => {
  it('opens the row as the intake registers it: active, being planned, the named agent', () => {
    expect(followUpCaseRecord({ ...facts, agent: 'AG-7' }, null)).toEqual({
      caseNo: facts.planId, kind: 'followup', workflowId: 'followup-FU-20261124-0001', status: 'active', customerId: 'c-1', category: 'delivery', severity: null,
      assignedAgentCode: 'AG-7', escalationLevel: 0, summary: 'tier 1 delivery: being planned', stateVersion: 0,
    });
  });

  it('a sampled plan (F-3) opens without an agent, at its tier', () => {
    expect(followUpCaseRecord({ ...facts, trigger: 'monthly_sample' }, null)).toMatchObject({ assignedAgentCode: null, summary: 'tier 2 monthly_sample: being planned' });
  });

  it.each([
    [[call('done'), call('due')], 'tier 1 delivery: 1 of 2 call(s) done', 0],
    [[call('done'), call('done')], 'tier 1 delivery: 2 of 2 call(s) done', 0],
    [[call('missed', true), call('scheduled')], 'tier 1 delivery: 0 of 2 call(s) done', 1],
  ])('counts the calls done and an escalated call (F-5) as level 1', (calls, summary, level) => {
    expect(followUpCaseRecord(facts, state({ calls }))).toMatchObject({ summary, escalationLevel: level, assignedAgentCode: 'AG-101', stateVersion: 2 });
  });

  it('the workflow answering before its calls are planned reads as being planned', () => {
    expect(followUpCaseRecord(facts, state({ calls: [], stateVersion: 0, agent: null }))).toMatchObject({ summary: 'tier 1 delivery: being planned', assignedAgentCode: null });
  });
});
