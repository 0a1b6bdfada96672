import { workflowIdFor } from '@libs/temporal/conventions';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import { recordCallAttemptUpdate } from '@workflows/follow-ups/follow-up.contract';
import { complaintInputFor, givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';
import { fastStep, fastTerms, givenFollowUpPolicy, startPlan, untilCall } from './follow-up-fixtures';

// Escalations reach people, not role inboxes (C-5, C-6, A-7): the named person up the case owner's
// reporting line, their delegate while they are absent, and the role inbox only when nobody is named.
// Second-scale SLA policy: first contact 3 s, ladder 4 / 7 / 10 s, supervisor report 5 s, resolution 12 s.
describe('escalations to named people (complaints and follow-up calls)', () => {
  let stack: TestStack;
  let customer: { id: string; customerNo: string };

  beforeAll(async () => {
    stack = await startTestStack();
    customer = await givenCustomer(stack.db);
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('fast-people', 'billing', 'critical', 'regular', '24x7', 3, 12, 5, '{4,7,10}')`,
    );
  });
  afterAll(() => stack?.stop());

  /** A line of its own: agent → supervisor → manager (the manager reports to nobody). */
  async function givenLine(supervisorOver: Record<string, unknown> = {}) {
    const manager = await givenAgent(stack.db, { role: 'manager' });
    const supervisor = await givenAgent(stack.db, { role: 'supervisor', reportsToCode: manager.code, ...supervisorOver });
    const agent = await givenAgent(stack.db, { reportsToCode: supervisor.code });
    return { manager: manager.code, supervisor: supervisor.code, agent: agent.code };
  }
  /** Only `code` takes new complaints. */
  const onlyActiveAgent = async (code: string) => {
    await stack.db.query(`UPDATE staff_members SET status = 'absent' WHERE role = 'agent' AND code <> $1`, [code]);
  };
  const outbox = (caseNo: string): Promise<Array<{ recipient: string; dedupe_key: string }>> =>
    stack.db.query(`SELECT recipient, dedupe_key FROM notification_outbox WHERE case_no = $1 ORDER BY id`, [caseNo]);
  const reached = (rows: Array<{ recipient: string; dedupe_key: string }>, target: string) =>
    rows.filter((r) => r.dedupe_key.includes(`:${target}:`)).map((r) => r.recipient).sort();

  async function untouchedComplaint(owner: string) {
    await onlyActiveAgent(owner);
    const input = complaintInputFor(customer, { category: 'billing', severity: 'critical' });
    const handle = await stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(input.caseNo),
      args: [input],
    });
    return { handle, caseNo: input.caseNo };
  }

  it("C-6, C-5: each step reaches the named person up the owner's line; above the line, the role inbox", async () => {
    const line = await givenLine();
    const { handle, caseNo } = await untouchedComplaint(line.agent);
    const rows = await eventually(() => outbox(caseNo), (r) => r.length >= 6, 30_000);
    expect(reached(rows, 'first_contact')).toEqual([line.supervisor]);
    expect(reached(rows, 'supervisor_report')).toEqual([line.supervisor]);
    expect(reached(rows, 'escalation_1')).toEqual([line.supervisor]);
    expect(reached(rows, 'escalation_2')).toEqual([line.manager]);
    expect(reached(rows, 'resolution')).toEqual([line.manager]);
    // Nobody above the manager is named: the general manager's office inbox is the fallback.
    expect(reached(rows, 'escalation_3')).toEqual(['gm_office']);
    expect(rows.map((r) => r.recipient)).not.toContain('supervisor');
    await handle.terminate('test done');
  }, 45_000);

  it('A-7: an absent supervisor is told together with their delegate', async () => {
    const delegate = await givenAgent(stack.db, { role: 'supervisor' });
    const line = await givenLine({ status: 'absent', delegateCode: delegate.code });
    const { handle, caseNo } = await untouchedComplaint(line.agent);
    const rows = await eventually(() => outbox(caseNo), (r) => reached(r, 'first_contact').length === 2, 20_000);
    expect(reached(rows, 'first_contact')).toEqual([line.supervisor, delegate.code].sort());
    await handle.terminate('test done');
  }, 30_000);

  it('falls back to the role inbox when the owner has no reporting line', async () => {
    const loner = await givenAgent(stack.db);
    const { handle, caseNo } = await untouchedComplaint(loner.code);
    const rows = await eventually(() => outbox(caseNo), (r) => reached(r, 'first_contact').length > 0, 20_000);
    expect(reached(rows, 'first_contact')).toEqual(['supervisor']);
    await handle.terminate('test done');
  }, 30_000);

  it("a missed follow-up call reaches the caller's own supervisor by name", async () => {
    const line = await givenLine();
    const policy = await givenFollowUpPolicy(stack, fastTerms({ delivery: [fastStep('7dc', 1, 60)] }));
    const { handle, planId } = await startPlan(stack, customer, { policyCode: policy, agent: line.agent });
    await untilCall(handle, '7dc', (c) => c.status === 'due');
    await handle.executeUpdate(recordCallAttemptUpdate, { args: [{ callId: `${planId}-7dc`, by: line.agent, outcome: 'wrong_number', notes: 'a restaurant answered' }] });
    await untilCall(handle, '7dc', (c) => c.escalated);
    const rows = await outbox(planId);
    expect(rows.map((r) => r.recipient)).toEqual([line.supervisor]);
    await handle.result();
  }, 30_000);
});
