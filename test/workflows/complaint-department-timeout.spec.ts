import { WorkflowHandle } from '@temporalio/client';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import { ComplaintInput, ComplaintState, complaintStateQuery, confirmForwardUpdate, contactComplaintUpdate, requestForwardUpdate } from '@workflows/complaint/complaint.contract';
import { givenAgent, givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// C-4, C-5 on the real dev server with second-scale policies (no time skipping): a quality complaint
// must close within its resolution time (here 12 s stands for 3 days); the quality department gets
// what is left of it, silence is recorded as timed out, and the case climbs the ladder one step at a time.
const RESOLUTION_S = 12;
const TOLERANCE_MS = 2500;

describe('complaint workflow: the quality department within the resolution time (C-4, C-5)', () => {
  let stack: TestStack;
  let customer: { id: string; customerNo: string };

  beforeAll(async () => {
    // The API takes the department's callback (the quality department answers by callback).
    stack = await startTestStack({ departments: true, api: true });
    await givenAgent(stack.db);
    customer = await givenCustomer(stack.db);
    // Quality/high complaints of regular customers: resolution 12 s; nothing else fires meanwhile.
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('quality-fast', 'quality', 'high', 'regular', '24x7', 600, $1, 600, '{}')`,
      [RESOLUTION_S],
    );
  });
  afterAll(() => stack?.stop());

  type Handle = WorkflowHandle<typeof complaintWorkflow>;
  async function start(over: Partial<ComplaintInput> = {}): Promise<{ handle: Handle; caseNo: string; startedAt: number }> {
    const caseNo = `CP-20261130-${String(Math.floor(Math.random() * 900000) + 100000)}`;
    const handle = await stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(caseNo),
      args: [{ caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', channel: 'phone', category: 'quality', severity: 'high', description: 'Motor stops', productRef: 'EB-200', registeredBy: 'AG-100', ...over }],
    });
    const startedAt = (await handle.describe()).startTime.getTime();
    return { handle, caseNo, startedAt };
  }
  const until = (handle: Handle, ok: (s: ComplaintState) => boolean, timeoutMs = 30_000) => eventually(() => handle.query(complaintStateQuery), ok, timeoutMs);
  const by = 'AG-100';

  async function forward(handle: Handle, note: string): Promise<number> {
    await handle.executeUpdate(requestForwardUpdate, { args: [{ by, note }] });
    const sent = await handle.executeUpdate(confirmForwardUpdate, { args: [{ by: 'MGR-001' }] });
    expect(sent.status).toBe('forwarded');
    return Date.now();
  }
  const breaches = (caseNo: string): Promise<Array<{ target: string; deadline: Date; escalation_level: number | null }>> =>
    stack.db.query(`SELECT target, deadline, escalation_level FROM sla_breaches WHERE case_no = $1 ORDER BY id`, [caseNo]);
  /** Who was told that the department stayed silent (one notice per forwarding round). */
  const silenceNotices = (caseNo: string): Promise<Array<{ recipient: string }>> =>
    stack.db.query(`SELECT recipient FROM notification_outbox WHERE case_no = $1 AND dedupe_key LIKE '%:department-%' ORDER BY id`, [caseNo]);
  const escalations = (s: ComplaintState) => s.timeline.filter((e) => e.event === 'escalate').map((e) => e.note?.split(':')[0]);

  it('C-4, C-5: a silent department is timed out at the case\'s own deadline (forwarded on "day 2" it gets the rest, not a new full time), one step up the ladder', async () => {
    await givenDepartment(stack, 'quality', { mode: 'manual' });
    const { handle, caseNo, startedAt } = await start();
    await until(handle, (s) => s.status === 'assigned');
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'Reached; motor fault confirmed' }] });
    // "Day 2": a third of the resolution time has passed when the manager sends it to the department.
    await eventually(async () => Date.now(), (now) => now >= startedAt + (RESOLUTION_S * 1000) / 3, 10_000);
    const forwardedAt = await forward(handle, 'Three units of one batch');

    const silent = await until(handle, (s) => s.department?.status === 'timed_out');
    // C-4: recorded as timed out by the system, never as an answer of the quality department.
    expect(silent.status).toBe('department_timed_out');
    const timeout = silent.timeline.find((e) => e.event === 'department_timeout')!;
    expect(timeout.by).toBe('system');
    expect(silent.timeline.filter((e) => e.event === 'department_answer')).toEqual([]);
    // C-5: at the deadline counted from registration, not from the forwarding.
    expect(Date.parse(timeout.at) - startedAt).toBeLessThan(RESOLUTION_S * 1000 + TOLERANCE_MS);
    expect(Date.parse(timeout.at) - forwardedAt).toBeLessThan(RESOLUTION_S * 1000 - 2000);
    const window = Number(/within (\d+) s/.exec(silent.department!.reason!)![1]);
    expect(window).toBeLessThan(RESOLUTION_S);
    expect(window).toBeGreaterThanOrEqual(RESOLUTION_S - Math.ceil((forwardedAt - startedAt) / 1000) - 2);
    // One step up the ladder: agent (0) → supervisor (1), and the supervisor is told.
    expect(silent.escalationLevel).toBe(1);
    expect(escalations(silent)).toEqual(['level 1 (supervisor)']);
    const told = await eventually(() => silenceNotices(caseNo), (rows) => rows.length > 0, 15_000);
    expect(told.map((r) => r.recipient)).toEqual(['supervisor']);

    // C-5: the case's own resolution deadline is not moved by the department's time: it is breached at once.
    const rows = await eventually(() => breaches(caseNo), (r) => r.some((b) => b.target === 'resolution'), 15_000);
    expect(rows.find((r) => r.target === 'resolution')!.deadline.getTime() - startedAt).toBeLessThan(RESOLUTION_S * 1000 + TOLERANCE_MS);
    expect(rows.find((r) => r.target === 'department_answer')).toMatchObject({ escalation_level: 1 });

    // Sent again and silent again: the next step (manager), not a jump.
    await forward(handle, 'Please answer: batch 2611');
    const again = await until(handle, (s) => s.department?.round === 2 && s.department.status === 'timed_out');
    expect(again.status).toBe('department_timed_out');
    expect(again.escalationLevel).toBe(2);
    expect(escalations(again)).toEqual(['level 1 (supervisor)', 'level 2 (manager)']);
    const second = await eventually(() => silenceNotices(caseNo), (r) => r.length === 2, 15_000);
    expect(second.map((r) => r.recipient)).toEqual(['supervisor', 'manager']);
    await handle.terminate('test done');
  }, 90_000);

  it('C-5: after the department answers, the resolution deadline is still the one counted from registration', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 300, failureRate: 0, duplicateRate: 0 });
    const { handle, startedAt } = await start();
    await until(handle, (s) => s.status === 'assigned');
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'Reached' }] });
    const before = await until(handle, (s) => s.sla?.deadlines.some((d) => d.target === 'resolution') === true);
    const resolutionAt = Date.parse(before.sla!.deadlines.find((d) => d.target === 'resolution')!.at);
    expect(resolutionAt - startedAt).toBeLessThan(RESOLUTION_S * 1000 + TOLERANCE_MS);

    await forward(handle, 'Investigate the batch');
    const answered = await until(handle, (s) => s.department?.status === 'answered' && s.sla?.paused === false && s.sla.deadlines.some((d) => d.target === 'resolution'));
    expect(answered.status).toBe('department_answered');
    // The department's time counts against the case: the deadline stays where it was (before the patch it moved by that time).
    const after = Date.parse(answered.sla!.deadlines.find((d) => d.target === 'resolution')!.at);
    expect(Math.abs(after - resolutionAt)).toBeLessThan(1000);
    await handle.terminate('test done');
  }, 60_000);
});
