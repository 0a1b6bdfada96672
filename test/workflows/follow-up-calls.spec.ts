import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { fromLocal, MS_PER_DAY, toLocal } from '@libs/domain/calendar/zoned-time';
import type { RegisteredTrigger } from '@libs/domain/follow-ups/follow-up-types';
import { EscalationLevel } from '@libs/temporal/search-attributes';
import { followUpStateQuery, recordCallAttemptUpdate } from '@workflows/follow-ups/follow-up.contract';
import { givenAgent, givenCustomer } from '../support/builders';
import { givenCustomerFile } from '../support/customer-files';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';
import { callOf, fastStep, fastTerms, GREETED, givenFollowUpPolicy, PlanHandle, reached, startPlan, untilCall } from './follow-up-fixtures';

const SHANGHAI = 'Asia/Shanghai';
const at = (local: string, timeZone = SHANGHAI) => {
  const [date, clock] = local.split(' ');
  const [h, m] = clock.split(':').map(Number);
  return fromLocal(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY, (h * 60 + m) * 60_000, timeZone);
};
const wall = (date: Date, timeZone = SHANGHAI) => {
  const { day, msOfDay } = toLocal(date.getTime(), timeZone);
  const min = Math.floor(msOfDay / 60_000);
  return `${new Date(day * MS_PER_DAY).toISOString().slice(0, 10)} ${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
};

// Workflow tier: follow-up plans on the real dev server with the real worker and activities.
describe('follow-up plan workflow: calls, retries, misses', () => {
  let stack: TestStack;
  let agent: string;

  beforeAll(async () => {
    stack = await startTestStack();
    agent = (await givenAgent(stack.db)).code;
  });
  afterAll(() => stack?.stop());

  const callRows = (planId: string): Promise<Array<{ step_key: string; due_at: Date; window_end: Date; status: string; agent_code: string; attempts: number; miss_reason: string | null }>> =>
    stack.db.query(`SELECT step_key, due_at, window_end, status, agent_code, attempts, miss_reason FROM follow_up_calls WHERE plan_id = $1 ORDER BY due_at, id`, [planId]);

  describe('due times of each trigger under the seeded default policy, quiet hours in the customer\'s zone (F-1, F-2, A-6, F-8, F-5)', () => {
    const handles: PlanHandle[] = [];
    afterAll(async () => {
      for (const h of handles) await h.terminate('test done').catch(() => undefined);
    });

    async function planned(trigger: RegisteredTrigger, occurred: string, customer: { id: string; customerNo: string; timeZone?: string }, over: Record<string, unknown> = {}) {
      const timeZone = customer.timeZone ?? SHANGHAI;
      const { handle, planId } = await startPlan(stack, customer, { policyCode: 'default', trigger, occurredAt: at(occurred, timeZone), ...over });
      handles.push(handle);
      await eventually(() => callRows(planId), (rows) => rows.length > 0);
      return (await callRows(planId)).map((r) => [r.step_key, wall(r.due_at, timeZone), wall(r.window_end, timeZone)]);
    }

    it.each([
      ['delivery (7DC, second call, one month, one year)', 'delivery', '2026-12-01 10:00', [
        ['7dc', '2026-12-08 14:00', '2026-12-11 10:00'],
        ['second', '2026-12-15 14:00', '2026-12-22 14:00'],
        ['one_month', '2026-12-31 14:00', '2027-01-07 10:00'],
        ['one_year', '2027-12-01 14:00', '2027-12-15 10:00'],
      ]],
      ['repair (3DC within days 3-5, second call)', 'repair', '2026-12-01 10:00', [
        ['3dc', '2026-12-04 14:00', '2026-12-06 10:00'],
        ['second', '2026-12-11 14:00', '2026-12-18 14:00'],
      ]],
      ['shipment (day 3, a Saturday evening: allowed)', 'shipment', '2026-12-02 19:00', [['received_intact', '2026-12-05 19:00', '2026-12-07 19:00']]],
      ['dealer shipment (days 3, 7, 21)', 'dealer_shipment', '2026-12-01 10:00', [
        ['received_intact', '2026-12-04 14:00', '2026-12-06 10:00'],
        ['sell_through', '2026-12-08 14:00', '2026-12-11 10:00'],
        ['market_feedback', '2026-12-22 14:00', '2026-12-29 10:00'],
      ]],
      ['new customer (within 3 days, a Saturday morning moves to 10:00)', 'new_customer', '2026-12-05 08:30', [['welcome', '2026-12-05 10:00', '2026-12-08 08:30']]],
      ['event invitation (two weeks ahead, a Saturday)', 'event_invitation', '2026-12-26 14:00', [['invitation', '2026-12-12 14:00', '2026-12-14 14:00']]],
    ] as const)('%s', async (_case, trigger, occurred, expected) => {
      const customer = await givenCustomer(stack.db);
      expect(await planned(trigger, occurred, customer)).toEqual(expected);
    });

    it('calls a secondary-outlet sale on day 10, from the product in the customer file (F-1)', async () => {
      const customer = await givenCustomerFile(stack.db, {}, [{ soldVia: 'secondary_outlet', purchaseDate: '2026-12-01' }]);
      const [product]: Array<{ id: string }> = await stack.db.query(`SELECT id FROM customer_products WHERE customer_id = $1`, [customer.id]);
      const rows = await planned('delivery', '2026-12-01 10:00', customer, { productId: product.id });
      expect(rows[0]).toEqual(['7dc', '2026-12-11 14:00', '2026-12-14 10:00']);
    });

    it("counts quiet hours on the customer's own wall clock: a Berlin customer is called at 14:00 Berlin time (F-5)", async () => {
      const customer = await givenCustomerFile(stack.db, { timeZone: 'Europe/Berlin' });
      const rows = await planned('repair', '2026-12-01 10:00', { ...customer, timeZone: 'Europe/Berlin' });
      expect(rows[0]).toEqual(['3dc', '2026-12-04 14:00', '2026-12-06 10:00']);
      const [row] = await callRows((await handles.at(-1)!.query(followUpStateQuery)).planId);
      expect(row.due_at.toISOString()).toBe('2026-12-04T13:00:00.000Z');
    });

    it("gives the calls to the customer's own agent (A-5)", async () => {
      const own = await givenAgent(stack.db);
      const customer = await givenCustomerFile(stack.db, { assignedAgentCode: own.code });
      await planned('shipment', '2026-12-02 19:00', customer);
      expect((await handles.at(-1)!.query(followUpStateQuery)).agent).toBe(own.code);
    });
  });

  it('puts a call on the worklist at its due time, closes it when the customer is reached, stores the attempt and completes the plan (F-9, F-12)', async () => {
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 2, 60)] }));
    const customer = await givenCustomer(stack.db);
    const { handle, planId } = await startPlan(stack, customer, { policyCode: policy, agent });

    const planned = await untilCall(handle, '7dc', (c) => c.status === 'scheduled');
    // The worklist row is written after the state shows the call.
    expect((await eventually(() => callRows(planId), (rows) => rows[0]?.status === 'scheduled'))[0]).toMatchObject({ status: 'scheduled', agent_code: agent });
    const due = await untilCall(handle, '7dc', (c) => c.status === 'due');
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(planned.calls[0].dueAt));
    await eventually(() => callRows(planId), (rows) => rows[0].status === 'due');

    const callId = callOf(due, '7dc').callId;
    const after = await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ ...reached(callId, agent, 4), answers: { ...GREETED, suggestions: 'more colours' }, notes: 'happy' }] });
    expect(callOf(after, '7dc')).toMatchObject({ status: 'done', attempts: [{ no: 1, outcome: 'reached', satisfactionScore: 4, notes: 'happy' }] });
    const attempts: Array<{ outcome: string; satisfaction_score: number; answers: Record<string, unknown>; agent_code: string; tier: number }> = await stack.db.query(
      `SELECT outcome, satisfaction_score, answers, agent_code, tier FROM follow_up_attempts WHERE call_id = $1`,
      [callId],
    );
    expect(attempts).toEqual([{ outcome: 'reached', satisfaction_score: 4, answers: { ...GREETED, suggestions: 'more colours' }, agent_code: agent, tier: 1 }]);

    const result = await handle.result();
    expect(result.status).toBe('completed');
    const [plan]: Array<{ status: string }> = await stack.db.query(`SELECT status FROM follow_up_plans WHERE plan_id = $1`, [planId]);
    expect(plan.status).toBe('completed');
    const [record]: Array<{ kind: string; status: string; category: string }> = await stack.db.query(`SELECT kind, status, category FROM case_records WHERE case_no = $1`, [planId]);
    expect(record).toEqual({ kind: 'followup', status: 'completed', category: 'delivery' });
  });

  it('refuses an attempt before the call is due, on an unknown call, and one that breaks the script (F-9), naming the field', async () => {
    // Due in 10 s: the two refusals before it must not race a loaded machine.
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 10, 60)] }));
    const { handle, planId } = await startPlan(stack, await givenCustomer(stack.db), { policyCode: policy, agent });
    await untilCall(handle, '7dc', (c) => c.status === 'scheduled');
    const refusal = async (request: Record<string, unknown>) => {
      const error = await handle.executeUpdate(recordCallAttemptUpdate, { args: [request as never] }).catch((e) => e);
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
      return { type: cause.type, field: (cause.details?.[0] as { field?: string } | undefined)?.field, message: cause.message };
    };
    expect(await refusal(reached(`${planId}-7dc`, agent))).toMatchObject({ type: 'InvalidTransition', message: expect.stringContaining('is not due until') });
    expect(await refusal(reached(`${planId}-nope`, agent))).toMatchObject({ type: 'NotFound', field: 'callId' });

    await untilCall(handle, '7dc', (c) => c.status === 'due');
    expect(await refusal({ ...reached(`${planId}-7dc`, agent), satisfactionScore: undefined })).toMatchObject({ type: 'InvalidRequest', field: 'satisfactionScore' });
    expect(await refusal({ ...reached(`${planId}-7dc`, agent, 2), answers: { ...GREETED } })).toMatchObject({ type: 'InvalidRequest', field: 'answers.dissatisfied_with' });
    expect(await refusal({ callId: `${planId}-7dc`, by: agent, outcome: 'no_answer', satisfactionScore: 3 })).toMatchObject({ type: 'InvalidRequest', field: 'satisfactionScore' });
    // Refusals never enter the history: the call is untouched.
    expect(callOf(await handle.query(followUpStateQuery), '7dc').attempts).toEqual([]);
    await handle.terminate('test done');
  });

  it('tries again later in the window after no answer and a busy line, then records the reached customer (retry, F-5)', async () => {
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 1, 60)] }, { retry: { afterSeconds: 2, maxAttempts: 3 } }));
    const { handle, planId } = await startPlan(stack, await givenCustomer(stack.db), { policyCode: policy, agent });
    const callId = `${planId}-7dc`;
    await untilCall(handle, '7dc', (c) => c.status === 'due');

    const first = await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ callId, by: agent, outcome: 'no_answer' }] });
    const retry = callOf(first, '7dc');
    expect(retry.status).toBe('scheduled');
    const lastAttempt = Date.parse(retry.attempts[0].at);
    expect(Date.parse(retry.nextAttemptAt!) - lastAttempt).toBeGreaterThanOrEqual(2000);
    expect(Date.parse(retry.nextAttemptAt!)).toBeLessThan(Date.parse(retry.windowEnd));
    // Off the worklist until the retry slot, then back on it.
    await eventually(() => callRows(planId), (rows) => rows[0].status === 'scheduled');
    await untilCall(handle, '7dc', (c) => c.status === 'due' && c.attempts.length === 1);

    await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ callId, by: agent, outcome: 'busy' }] });
    await untilCall(handle, '7dc', (c) => c.status === 'due' && c.attempts.length === 2);
    const done = await handle.executeUpdate(recordCallAttemptUpdate, { args: [reached(callId, agent)] });
    expect(callOf(done, '7dc').attempts.map((a) => a.outcome)).toEqual(['no_answer', 'busy', 'reached']);
    const stored: Array<{ attempt_no: number; outcome: string }> = await stack.db.query(`SELECT attempt_no, outcome FROM follow_up_attempts WHERE call_id = $1 ORDER BY attempt_no`, [callId]);
    expect(stored).toEqual([
      { attempt_no: 1, outcome: 'no_answer' },
      { attempt_no: 2, outcome: 'busy' },
      { attempt_no: 3, outcome: 'reached' },
    ]);
    expect((await handle.result()).status).toBe('completed');
  });

  it('misses a call unreached after the last attempt and escalates it to the supervisor once', async () => {
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 1, 60)] }, { retry: { afterSeconds: 1, maxAttempts: 2 } }));
    const { handle, planId } = await startPlan(stack, await givenCustomer(stack.db), { policyCode: policy, agent });
    const callId = `${planId}-7dc`;
    await untilCall(handle, '7dc', (c) => c.status === 'due');
    await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ callId, by: agent, outcome: 'no_answer' }] });
    await untilCall(handle, '7dc', (c) => c.status === 'due' && c.attempts.length === 1);
    const missed = await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ callId, by: agent, outcome: 'no_answer' }] });
    expect(callOf(missed, '7dc')).toMatchObject({ status: 'missed', missReason: 'unreached after 2 attempt(s) in the window' });
    await untilCall(handle, '7dc', (c) => c.escalated);
    const outbox: Array<{ recipient: string; channel: string }> = await stack.db.query(`SELECT recipient, channel FROM notification_outbox WHERE case_no = $1`, [planId]);
    expect(outbox).toEqual([{ recipient: 'supervisor', channel: 'staff-inbox' }]);
    await handle.result();
  });

  it('records a window that passes without a call as a miss and escalates it to the supervisor', async () => {
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 1, 3)] }));
    const { handle, planId } = await startPlan(stack, await givenCustomer(stack.db), { policyCode: policy, agent });
    const state = await untilCall(handle, '7dc', (c) => c.escalated);
    const call = callOf(state, '7dc');
    expect(call).toMatchObject({ status: 'missed', missReason: 'the window passed without a call', attempts: [] });
    expect(state.timeline.map((e) => e.event)).toEqual(expect.arrayContaining(['call_due', 'call_missed', 'miss_escalated']));
    const [row] = await eventually(() => callRows(planId), (rows) => rows[0].status === 'missed');
    expect(row).toMatchObject({ status: 'missed', miss_reason: 'the window passed without a call' });
    const outbox: Array<{ recipient: string; subject: string }> = await stack.db.query(`SELECT recipient, subject FROM notification_outbox WHERE case_no = $1`, [planId]);
    expect(outbox).toEqual([{ recipient: 'supervisor', subject: `Follow-up call missed: ${call.callId}` }]);
    const described = await eventually(() => handle.describe(), (d) => d.typedSearchAttributes.get(EscalationLevel) === 1);
    expect(described.typedSearchAttributes.get(EscalationLevel)).toBe(1);
    await handle.result();
  });

  it('misses the call on a wrong number and tells the supervisor to correct the file (A-8)', async () => {
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 1, 60)] }));
    const { handle, planId } = await startPlan(stack, await givenCustomer(stack.db), { policyCode: policy, agent });
    await untilCall(handle, '7dc', (c) => c.status === 'due');
    const after = await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ callId: `${planId}-7dc`, by: agent, outcome: 'wrong_number', notes: 'a restaurant answered' }] });
    expect(callOf(after, '7dc')).toMatchObject({ status: 'missed', missReason: expect.stringContaining('wrong number') });
    await untilCall(handle, '7dc', (c) => c.escalated);
    await handle.result();
  });
});
