import { setTimeout as sleep } from 'node:timers/promises';
import { WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { ALWAYS, DEFAULT_CALL_HOURS, isCallAllowed } from '@libs/domain/follow-ups/call-hours';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from '@libs/domain/follow-ups/follow-up-policy';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import { ComplaintInput, complaintStateQuery, contactComplaintUpdate, recordSatisfactionUpdate, resolveComplaintUpdate } from '@workflows/complaint/complaint.contract';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';
import { givenFollowUpPolicy } from './follow-up-fixtures';

// C-8 with F-5 on the real dev server: an unanswered satisfaction call is tried again later, at an
// allowed hour on the customer's own clock, as follow-up calls are (retry.afterSeconds of the default
// follow-up policy: two hours as seeded).
describe('complaint workflow: satisfaction call retries (C-8, F-5)', () => {
  let stack: TestStack;
  const by = 'AG-100';

  beforeAll(async () => {
    stack = await startTestStack();
    await givenAgent(stack.db);
  });
  afterAll(() => stack?.stop());

  async function resolvedComplaint(customer: { id: string; customerNo: string }): Promise<{ handle: WorkflowHandle<typeof complaintWorkflow>; caseNo: string }> {
    const caseNo = `CP-20261130-${String(Math.floor(Math.random() * 900000) + 100000)}`;
    const input: ComplaintInput = { caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', channel: 'phone', category: 'service', severity: 'low', description: 'Late repair', registeredBy: by };
    const handle = await stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: workflowIdFor.complaint(caseNo), args: [input] });
    await eventually(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned', 25_000);
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'Reached' }] });
    await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'repair', summary: 'Repaired' }] });
    return { handle, caseNo };
  }

  const unanswered = (handle: WorkflowHandle<typeof complaintWorkflow>) => handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: false }] }).then(
    (state) => ({ accepted: true as const, state }),
    (error: unknown) => ({ accepted: false as const, error }),
  );

  it('C-8, F-5: three "no answer" records a tenth of a second apart do not close the case as unreached; the next attempt waits for the London call hours', async () => {
    const customer = await givenCustomer(stack.db, { timeZone: 'Europe/London' });
    const { handle, caseNo } = await resolvedComplaint(customer);
    const firstAt = Date.now();
    const results = [];
    for (let i = 0; i < 3; i += 1) {
      results.push(await unanswered(handle));
      await sleep(100);
    }
    expect(results.map((r) => r.accepted)).toEqual([true, false, false]);
    for (const refused of results.slice(1)) {
      expect(refused.accepted ? undefined : refused.error).toBeInstanceOf(WorkflowUpdateFailedError);
      expect(String((refused as { error: WorkflowUpdateFailedError }).error.cause?.message)).toContain("in the customer's call hours (F-5)");
    }

    const state = await eventually(() => handle.query(complaintStateQuery), (s) => !!s.satisfaction?.nextAttemptAt, 20_000);
    expect(state.status).toBe('resolved');
    expect(state.satisfaction).toMatchObject({ attempts: 1, score: null });
    const next = Date.parse(state.satisfaction!.nextAttemptAt!);
    // Two hours later at the earliest (retry.afterSeconds), and at an allowed hour on the London clock.
    expect(next).toBeGreaterThanOrEqual(firstAt + 7200 * 1000);
    expect(isCallAllowed(next, 'Europe/London', DEFAULT_CALL_HOURS)).toBe(true);
    expect(state.timeline.map((e) => e.event)).toEqual(expect.arrayContaining(['satisfaction_call_unanswered', 'satisfaction_call_retry']));
    expect(state.timeline.filter((e) => e.event === 'satisfaction_call_unanswered')).toHaveLength(1);

    // The retry is on the owner's worklist at that time, with the remedy to ask about.
    const [row]: Array<{ due_at: Date; attempts: number; remedy: string }> = await stack.db.query(`SELECT due_at, attempts, remedy FROM satisfaction_calls WHERE case_no = $1`, [caseNo]);
    expect(row).toEqual({ due_at: new Date(next), attempts: 1, remedy: 'repair' });

    // A customer reached in the meantime (they call back) still answers the call.
    const closed = await handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 4 }] });
    expect(closed.status).toBe('closed');
  }, 60_000);

  it('C-8: unanswered at each planned attempt, three times, the case closes as unreached', async () => {
    // Retries a second apart at any hour: the attempts come at their slots within the test.
    await givenFollowUpPolicy(stack, { ...DEFAULT_FOLLOW_UP_POLICY_TERMS, callHours: ALWAYS, retry: { afterSeconds: 1, maxAttempts: 3 } }, 'default');
    const customer = await givenCustomer(stack.db);
    const { handle } = await resolvedComplaint(customer);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const state = await eventually(() => handle.query(complaintStateQuery), (s) => !s.satisfaction?.nextAttemptAt || Date.parse(s.satisfaction.nextAttemptAt) <= Date.now(), 20_000);
      expect(state.satisfaction?.attempts).toBe(attempt - 1);
      await sleep(200);
      const result = await unanswered(handle);
      expect(result.accepted).toBe(true);
      if (attempt < 3) await eventually(() => handle.query(complaintStateQuery), (s) => s.timeline.filter((e) => e.event === 'satisfaction_call_retry').length === attempt, 20_000);
    }
    const result = await handle.result();
    expect(result.status).toBe('closed');
    expect(result.satisfaction).toMatchObject({ score: null, attempts: 3 });
    expect(result.timeline.at(-1)?.event).toBe('close_unreached');
  }, 90_000);
});
