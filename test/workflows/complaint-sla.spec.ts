import { randomUUID } from 'node:crypto';
import { WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { workflowIdFor } from '@libs/temporal/conventions';
import { EscalationLevel } from '@libs/temporal/search-attributes';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import {
  ComplaintInput,
  complaintStateQuery,
  contactComplaintUpdate,
  recordSatisfactionUpdate,
  resolveComplaintUpdate,
  resumeComplaintUpdate,
  waitForCustomerUpdate,
} from '@workflows/complaint/complaint.contract';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually, waitUntil } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// SLA clock and escalation ladder on the real dev server, with second-scale policies (no time skipping).
// The `fast` policy: first contact 3 s, ladder steps 4 / 7 / 10 s, supervisor report 5 s, resolution 12 s.
const FAST = { firstContact: 3, supervisorReport: 5, steps: [4, 7, 10], resolution: 12 };
const TOLERANCE_MS = 2000;

describe('complaint workflow: SLAs and escalation', () => {
  let stack: TestStack;
  let customer: { id: string; customerNo: string };

  beforeAll(async () => {
    stack = await startTestStack();
    await givenAgent(stack.db);
    customer = await givenCustomer(stack.db);
    // The most specific policy wins: this one for billing/critical complaints of regular customers.
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('fast', 'billing', 'critical', 'regular', '24x7', $1, $2, $3, $4)`,
      [FAST.firstContact, FAST.resolution, FAST.supervisorReport, FAST.steps],
    );
  });
  afterAll(() => stack?.stop());

  async function start(over: Partial<ComplaintInput> = {}): Promise<{ handle: WorkflowHandle<typeof complaintWorkflow>; caseNo: string }> {
    const caseNo = `CP-20261124-${String(Math.floor(Math.random() * 900000) + 100000)}`;
    const handle = await stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(caseNo),
      args: [{ caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', channel: 'phone', category: 'billing', severity: 'critical', description: 'Charged twice', registeredBy: 'AG-100', ...over }],
    });
    return { handle, caseNo };
  }

  const breaches = (caseNo: string): Promise<Array<{ target: string; deadline: Date; recorded_at: Date; late_ms: number; escalation_level: number | null }>> =>
    stack.db.query(`SELECT target, deadline, recorded_at, late_ms, escalation_level FROM sla_breaches WHERE case_no = $1 ORDER BY recorded_at, id`, [caseNo]);

  const notifications = (caseNo: string): Promise<Array<{ recipient: string }>> =>
    stack.db.query(`SELECT recipient FROM notification_outbox WHERE case_no = $1 ORDER BY id`, [caseNo]);

  const until = <T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 25_000) => eventually(read, ok, timeoutMs);

  it('escalates an untouched complaint level by level, each once, in order, at its deadline', async () => {
    const { handle, caseNo } = await start();
    const startedAt = (await handle.describe()).startTime.getTime();
    const rows = await until(() => breaches(caseNo), (r) => r.length === 6);

    const offset = (target: string) => (rows.find((r) => r.target === target)!.deadline.getTime() - startedAt) / 1000;
    expect(offset('first_contact')).toBeCloseTo(FAST.firstContact, 0); // C-3
    expect(offset('escalation_1')).toBeCloseTo(FAST.steps[0], 0);
    expect(offset('supervisor_report')).toBeCloseTo(FAST.supervisorReport, 0); // C-6
    expect(offset('escalation_2')).toBeCloseTo(FAST.steps[1], 0);
    expect(offset('escalation_3')).toBeCloseTo(FAST.steps[2], 0);
    expect(offset('resolution')).toBeCloseTo(FAST.resolution, 0); // C-5
    for (const row of rows) {
      expect(row.late_ms).toBeLessThan(TOLERANCE_MS);
      expect(row.recorded_at.getTime() - row.deadline.getTime()).toBeLessThan(TOLERANCE_MS + 1000);
    }
    expect(rows.filter((r) => r.escalation_level !== null).map((r) => r.escalation_level)).toEqual([1, 2, 3]);

    const state = await handle.query(complaintStateQuery);
    expect(state.escalationLevel).toBe(3);
    expect(state.timeline.filter((e) => e.event === 'escalate').map((e) => e.note?.slice(0, 7))).toEqual(['level 1', 'level 2', 'level 3']);
    const described = await until(() => handle.describe(), (d) => d.typedSearchAttributes.get(EscalationLevel) === 3);
    expect(described.typedSearchAttributes.get(EscalationLevel)).toBe(3);

    // Each breach is recorded, then its notification queued.
    const outbox = await until(() => notifications(caseNo), (n) => n.length === 6);
    expect(outbox.map((n) => n.recipient)).toEqual(['supervisor', 'supervisor', 'supervisor', 'manager', 'gm_office', 'manager']);
  }, 40_000);

  it('does not breach first contact when the agent calls in time', async () => {
    const { handle, caseNo } = await start();
    await until(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by: 'AG-100', summary: 'Called, refund checked' }] });
    const rows = await until(() => breaches(caseNo), (r) => r.some((b) => b.target === 'escalation_1'), 10_000);
    expect(rows.map((r) => r.target)).not.toContain('first_contact');
    await handle.terminate('test done');
  }, 20_000);

  it('stops the clock while the case waits for the customer', async () => {
    const { handle, caseNo } = await start();
    await handle.executeUpdate(waitForCustomerUpdate, { args: [{ by: 'AG-100', reason: 'waiting for photos of the invoice' }] });
    const paused = await until(() => handle.query(complaintStateQuery), (s) => s.sla?.paused === true);
    expect(paused.sla).toMatchObject({ paused: true, pausedReason: 'waiting for photos of the invoice', deadlines: [] });

    // A twin started after the pause shows when this case's first-contact deadline would have passed.
    const twin = await start();
    await until(() => breaches(twin.caseNo), (r) => r.some((b) => b.target === 'first_contact'));
    expect(await breaches(caseNo)).toEqual([]);
    await twin.handle.terminate('test done');

    const resumedAt = Date.now();
    await handle.executeUpdate(resumeComplaintUpdate, { args: [{ by: 'AG-100' }] });
    const rows = await until(() => breaches(caseNo), (r) => r.some((b) => b.target === 'first_contact'));
    const firstContact = rows.find((r) => r.target === 'first_contact')!;
    // The time used before the pause is kept, the paused time is not counted.
    expect(firstContact.deadline.getTime()).toBeGreaterThan(resumedAt + 1000);
    expect(firstContact.deadline.getTime()).toBeLessThan(resumedAt + FAST.firstContact * 1000 + TOLERANCE_MS);
    const state = await handle.query(complaintStateQuery);
    expect(state.timeline.map((e) => e.event)).toEqual(expect.arrayContaining(['wait_for_customer', 'sla_clock_paused', 'resume', 'sla_clock_resumed']));
    await handle.terminate('test done');
  }, 30_000);

  it('reopens after a low satisfaction score and closes after a good one (C-8)', async () => {
    const { handle } = await start({ category: 'service', severity: 'low' });
    await until(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    const by = 'AG-100';
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'Reached the customer' }] });
    await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'explanation', summary: 'Explained the delivery schedule' }] });
    const low = await handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 2, comment: 'still unhappy' }] });
    expect(low.status).toBe('reopened');

    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'Called back, offered compensation' }] });
    await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'compensation', summary: 'Voucher sent' }] });
    await handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 5 }] });
    const result = await handle.result();
    expect(result.status).toBe('closed');
    expect(result.timeline.map((e) => e.event)).toEqual(
      expect.arrayContaining(['report_unsatisfied', 'confirm_satisfied', 'close']),
    );
  }, 20_000);

  it('queues the satisfaction call for the owner when it falls due after resolution (C-8)', async () => {
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds, satisfaction_call_seconds)
       VALUES ('call-soon', 'other', 'low', NULL, '24x7', 600, 6000, 600, '{}', 2)`,
    );
    const { handle, caseNo } = await start({ category: 'other', severity: 'low' });
    const assigned = await until(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    const by = 'AG-100';
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'Reached' }] });
    const resolvedAt = Date.now();
    await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'explanation', summary: 'Explained' }] });
    expect(await notifications(caseNo)).toEqual([]);

    const queued = await until(() => notifications(caseNo), (n) => n.length > 0, 10_000);
    expect(queued).toEqual([{ recipient: assigned.assignedAgent }]);
    expect(Date.now() - resolvedAt).toBeGreaterThanOrEqual(2000);
    // The event is recorded once the notice is queued, after the notify activity.
    const state = await until(() => handle.query(complaintStateQuery), (s) => s.timeline.some((e) => e.event === 'satisfaction_call_due'));
    expect(state.timeline.map((e) => e.event)).toContain('satisfaction_call_due');
    expect(state.satisfaction?.callDueAt).toEqual(expect.any(String));
    // Once per resolution: the call is answered and the case closes, so nothing more can be queued.
    await handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 5 }] });
    const closed = await handle.result();
    expect(closed.timeline.filter((e) => e.event === 'satisfaction_call_due')).toHaveLength(1);
    const calls: unknown[] = await stack.db.query(`SELECT 1 FROM notification_outbox WHERE case_no = $1 AND subject LIKE 'Satisfaction call due%'`, [caseNo]);
    expect(calls).toHaveLength(1);
  }, 20_000);

  // Unanswered satisfaction calls, retried in the customer's call hours and closing as unreached: satisfaction-call-retries.spec.ts.

  it('refuses an action the state does not allow, naming the state, and keeps it out of history', async () => {
    const { handle } = await start({ category: 'service', severity: 'low' });
    await until(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    const refused = await handle
      .executeUpdate(resolveComplaintUpdate, { args: [{ by: 'AG-100', remedy: 'repair', summary: 'x' }] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((refused as WorkflowUpdateFailedError).cause?.message)).toBe('cannot resolve a complaint that is assigned');
    const history = await handle.fetchHistory();
    expect(history.events!.some((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toBe(false);
    await handle.terminate('test done');
  });

  it('loses no escalation and doubles none when the worker is down through the deadlines', async () => {
    const { handle, caseNo } = await start();
    const assigned = await until(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned' && (s.sla?.deadlines.length ?? 0) > 0);
    const lastDeadline = Math.max(...assigned.sla!.deadlines.map((d) => Date.parse(d.at)));
    await stack.stopWorker();
    try {
      // Every deadline the case showed passes while no worker runs; the server fires the first timer alone.
      await waitUntil(async () => Date.now() > lastDeadline, 40_000, 'the last SLA deadline');
      await waitUntil(async () => (await handle.fetchHistory()).events!.some((e) => e.timerFiredEventAttributes), 10_000, 'a timer fired with no worker');
      expect(await breaches(caseNo)).toEqual([]);
    } finally {
      await stack.startWorker();
    }
    const rows = await until(() => breaches(caseNo), (r) => r.length === 6);
    expect(rows.map((r) => r.target).sort()).toEqual(['escalation_1', 'escalation_2', 'escalation_3', 'first_contact', 'resolution', 'supervisor_report']);
    const state = await handle.query(complaintStateQuery);
    expect(state.timeline.filter((e) => e.event === 'escalate')).toHaveLength(3);
    const outbox = await until(() => notifications(caseNo), (n) => n.length >= 6);
    expect(outbox).toHaveLength(6);
    await handle.terminate('test done');
  }, 50_000);
});
