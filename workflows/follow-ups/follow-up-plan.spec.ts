import { ApplicationFailure } from '@temporalio/common';
import { refusedField } from '../shared';
import type { CancelPlanRequest, ReassignPlanRequest, RecordAttemptRequest } from './follow-up.contract';
import { FollowUpPlan } from './follow-up-plan';
import { HOUR, planInput, preparedPlan, step, T0 } from './plan-fixtures';

// The validators of the follow-up plan, without a server: every refused action in every state (F-9, A-7).

const GREETED = { identity_confirmed: true, thanked: true };
const INPUT = planInput();
const PREPARED = preparedPlan('FU-1', [
  { step: step('7dc'), dueAt: 0 },
  { step: step('one_month'), dueAt: 30 * 24 * HOUR },
]);

const satisfied = (callId = 'FU-1-7dc'): RecordAttemptRequest => ({ callId, by: 'AG-001', outcome: 'reached', satisfactionScore: 5, answers: { ...GREETED } });

/** The plan in each state an action can meet, reached through the plan's own transitions. */
const STATES: Record<string, () => FollowUpPlan> = {
  'the first call scheduled': () => new FollowUpPlan(INPUT, PREPARED),
  'the first call due': () => {
    const plan = new FollowUpPlan(INPUT, PREPARED);
    plan.becomeDue(plan.calls[0]);
    return plan;
  },
  'an attempt on the first call being recorded': () => {
    const plan = STATES['the first call due']();
    plan.addAttempt(plan.calls[0], { callId: 'FU-1-7dc', by: 'AG-001', outcome: 'no_answer' }, T0);
    return plan;
  },
  'the first call done': () => {
    const plan = STATES['the first call due']();
    plan.addAttempt(plan.calls[0], satisfied(), T0);
    return plan;
  },
  'the first call missed': () => {
    const plan = STATES['the first call due']();
    plan.missLapsed(plan.calls[0]);
    return plan;
  },
  'the plan completed': () => {
    const plan = STATES['the first call done']();
    plan.becomeDue(plan.calls[1]);
    plan.addAttempt(plan.calls[1], satisfied('FU-1-one_month'), T0);
    plan.complete();
    return plan;
  },
  'the plan cancelled': () => {
    const plan = new FollowUpPlan(INPUT, PREPARED);
    plan.cancel('SUP-100', 'the customer asked not to be called');
    return plan;
  },
};
const ALL_STATES = Object.keys(STATES);
const ACTIVE = ALL_STATES.filter((s) => !s.startsWith('the plan'));
const ENDED = ['the plan completed', 'the plan cancelled'];

type Refusal = { type: string; message: string; field?: string };

/** The refusal a validator throws, or undefined; a validator changes nothing either way. */
function refusalOf(plan: FollowUpPlan, validate: () => void): Refusal | undefined {
  const before = JSON.stringify(plan.snapshot());
  try {
    validate();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ApplicationFailure);
    const failure = error as ApplicationFailure;
    expect(failure.nonRetryable).toBe(true);
    return { type: failure.type!, message: failure.message, ...(refusedField(failure) ? { field: refusedField(failure) } : {}) };
  } finally {
    expect(JSON.stringify(plan.snapshot())).toBe(before);
  }
}

const attempt = (plan: FollowUpPlan, request: RecordAttemptRequest) =>
  refusalOf(plan, () => {
    FollowUpPlan.ensureAttemptRequest(request);
    plan.ensureAttemptAllowed(request);
  });
const cancel = (plan: FollowUpPlan, request: CancelPlanRequest) =>
  refusalOf(plan, () => {
    FollowUpPlan.ensureCancelRequest(request);
    plan.ensureCancelAllowed();
  });
const reassign = (plan: FollowUpPlan, request: ReassignPlanRequest) =>
  refusalOf(plan, () => {
    FollowUpPlan.ensureReassignRequest(request);
    plan.ensureReassignAllowed(request);
  });

const invalid = (field: string, message: string | RegExp = expect.any(String)) => ({ type: 'InvalidRequest', field, message: message instanceof RegExp ? expect.stringMatching(message) : message });
const transition = (message: RegExp) => ({ type: 'InvalidTransition', message: expect.stringMatching(message) });

describe('FollowUpPlan validators', () => {
  describe('recording a call attempt (F-9, F-12)', () => {
    it.each(ALL_STATES)('refuses an attempt without the caller when %s', (state) => {
      expect(attempt(STATES[state](), { ...satisfied(), by: ' ' })).toEqual(invalid('by', 'by (the staff member who called) is required'));
    });

    it.each(ENDED.map((s) => [s, s.replace('the plan ', '')]))('refuses any attempt when %s', (state, status) => {
      expect(attempt(STATES[state](), satisfied())).toEqual(transition(new RegExp(`^the follow-up plan is ${status}$`)));
    });

    it.each(ACTIVE)('refuses an attempt on a call the plan does not have when %s', (state) => {
      expect(attempt(STATES[state](), satisfied('FU-1-nope'))).toEqual({ type: 'NotFound', field: 'callId', message: 'plan FU-1 has no call FU-1-nope' });
    });

    it.each([
      ['the first call scheduled', /^call FU-1-7dc is not due until 2026-11-24T02:00:00.000Z$/],
      ['an attempt on the first call being recorded', /^an attempt on call FU-1-7dc is being recorded$/],
      ['the first call done', /^call FU-1-7dc is done$/],
      ['the first call missed', /^call FU-1-7dc is missed$/],
    ])('refuses an attempt on the first call when %s', (state, message) => {
      expect(attempt(STATES[state](), satisfied())).toEqual(transition(message));
    });

    it.each(ACTIVE.filter((s) => s !== 'the first call due'))('refuses an attempt on the second call, still scheduled, when %s', (state) => {
      expect(attempt(STATES[state](), satisfied('FU-1-one_month'))).toEqual(transition(/^call FU-1-one_month is not due until 2026-12-24/));
    });

    // The script's own rules are specified in libs/domain (call-script.spec.ts); here: they refuse with the field.
    it.each<[string, Partial<RecordAttemptRequest>, string]>([
      ['an unknown outcome', { outcome: 'hung_up' as never }, 'outcome'],
      ['a score without reaching the customer', { outcome: 'no_answer', answers: undefined }, 'satisfactionScore'],
      ['no score from a reached customer', { satisfactionScore: undefined }, 'satisfactionScore'],
      ['a score out of range', { satisfactionScore: 6 }, 'satisfactionScore'],
      ['a missing script answer', { answers: { identity_confirmed: true } }, 'answers.thanked'],
      ['an unsatisfied customer not asked what was wrong', { satisfactionScore: 2 }, 'answers.dissatisfied_with'],
      ['an empty purchase intent', { purchaseIntent: { interest: ' ' } }, 'purchaseIntent.interest'],
      ['an unknown complaint category', { complaintCategory: 'weather' as never }, 'complaintCategory'],
    ])('refuses %s on a due call', (_name, over, field) => {
      expect(attempt(STATES['the first call due'](), { ...satisfied(), ...over })).toEqual(invalid(field));
    });

    it.each<RecordAttemptRequest>([
      satisfied(),
      { callId: 'FU-1-7dc', by: 'AG-001', outcome: 'no_answer' },
      { callId: 'FU-1-7dc', by: 'AG-001', outcome: 'busy' },
      { callId: 'FU-1-7dc', by: 'AG-001', outcome: 'wrong_number' },
    ])('accepts a $outcome attempt on a due call', (request) => {
      expect(attempt(STATES['the first call due'](), request)).toBeUndefined();
    });
  });

  describe('cancelling the plan', () => {
    it.each(ALL_STATES)('refuses without who cancels, or without a reason, when %s', (state) => {
      expect(cancel(STATES[state](), { by: '', reason: 'asked' })).toEqual(invalid('by', 'by is required'));
      expect(cancel(STATES[state](), { by: 'SUP-100', reason: '  ' })).toEqual(invalid('reason', 'reason is required'));
    });

    it.each(ENDED.map((s) => [s, s.replace('the plan ', '')]))('refuses when %s', (state, status) => {
      expect(cancel(STATES[state](), { by: 'SUP-100', reason: 'asked' })).toEqual(transition(new RegExp(`^cannot cancel a follow-up plan that is ${status}$`)));
    });

    it.each(ACTIVE)('accepts when %s', (state) => {
      expect(cancel(STATES[state](), { by: 'SUP-100', reason: 'asked' })).toBeUndefined();
    });
  });

  describe('reassigning the plan (A-7)', () => {
    it.each(ALL_STATES)('refuses without who reassigns, or with an agent that is not a staff code, when %s', (state) => {
      expect(reassign(STATES[state](), { by: '', agent: 'AG-002' })).toEqual(invalid('by', 'by is required'));
      expect(reassign(STATES[state](), { by: 'SUP-100', agent: 'Mr Wang' })).toEqual(invalid('agent', 'agent must be a staff code like AG-001'));
    });

    it.each(ENDED.map((s) => [s, s.replace('the plan ', '')]))('refuses when %s', (state, status) => {
      expect(reassign(STATES[state](), { by: 'SUP-100', agent: 'AG-002' })).toEqual(transition(new RegExp(`^cannot reassign a follow-up plan that is ${status}$`)));
    });

    it.each(ACTIVE)('refuses the agent who has the plan already when %s', (state) => {
      expect(reassign(STATES[state](), { by: 'SUP-100', agent: 'AG-001' })).toEqual(invalid('agent', 'the plan is already assigned to AG-001'));
    });

    it.each(ACTIVE)('accepts another agent when %s', (state) => {
      expect(reassign(STATES[state](), { by: 'SUP-100', agent: 'AG-002' })).toBeUndefined();
    });
  });
});

describe('FollowUpPlan: what the main loop does next', () => {
  it('puts a call on the worklist at its time and misses it when its window passes', () => {
    const plan = STATES['the first call scheduled']();
    expect(plan.callDueBy(T0 - 1)).toBeUndefined();
    expect(plan.nextWakeAt).toBe(T0);
    expect(plan.callDueBy(T0)?.callId).toBe('FU-1-7dc');
    plan.becomeDue(plan.calls[0]);
    expect(plan.nextWakeAt).toBe(T0 + HOUR);
    expect(plan.callLapsedBy(T0 + HOUR - 1)).toBeUndefined();
    expect(plan.callLapsedBy(T0 + HOUR)?.callId).toBe('FU-1-7dc');
    plan.missLapsed(plan.calls[0]);
    expect(plan.calls[0]).toMatchObject({ status: 'missed', missReason: 'the window passed without a call' });
    expect(plan.callWithWork?.pending).toEqual({ miss: true });
  });

  it('leaves an accepted attempt to the main loop, which stores it before anything else (F-12)', () => {
    const plan = STATES['the first call due']();
    plan.acceptAttempt({ ...satisfied(), satisfactionScore: 1, answers: { ...GREETED, dissatisfied_with: 'late', apologised: true, improvement_promised: true }, purchaseIntent: { interest: 'a child seat' } }, T0);
    const call = plan.callWithWork!;
    expect(call.pending).toMatchObject({ attempt: { no: 1, outcome: 'reached', satisfactionScore: 1 }, complaint: { score: 1, dissatisfiedWith: 'late' }, lead: true });
    expect(plan.hasPendingWork).toBe(true);
    expect(plan.betweenCalls).toBe(false);
  });

  it('waits while an unanswered attempt looks for its retry slot, then retries or misses (F-5)', () => {
    const plan = STATES['an attempt on the first call being recorded']();
    const call = plan.calls[0];
    expect(plan.callLapsedBy(T0 + 2 * HOUR)).toBeUndefined();
    expect(plan.nextWakeAt).toBe(plan.calls[1].dueAt);
    plan.retryOrMiss(call, T0 + 60_000);
    expect(call).toMatchObject({ status: 'scheduled', nextAttemptAt: T0 + 60_000, busy: false });
    plan.becomeDue(call);
    plan.addAttempt(call, { callId: call.callId, by: 'AG-001', outcome: 'busy' }, T0 + 60_000);
    plan.retryOrMiss(call, null);
    expect(call).toMatchObject({ status: 'missed', missReason: 'unreached after 2 attempt(s) in the window' });
  });
});
