import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { CaseRecordEntity } from '@libs/database';
import { workflowIdFor } from '@libs/temporal/conventions';
import { AssignedAgent, CaseStatus, CaseType } from '@libs/temporal/search-attributes';
import { cancelComplaintUpdate, ComplaintInput, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// Workflow tier: the complaint workflow on the real Temporal dev server with the real worker and activities.
describe('complaint workflow: intake and assignment', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  async function startComplaint(over: Partial<ComplaintInput> & Pick<ComplaintInput, 'customerId' | 'customerNo'>) {
    const caseNo = `CP-20261124-${randomUUID().replace(/\D/g, '').slice(0, 6).padEnd(6, '7')}`;
    const input: ComplaintInput = {
      caseNo,
      customerTier: 'regular',
      channel: 'phone',
      category: 'quality',
      severity: 'normal',
      description: 'The controller stopped working',
      registeredBy: 'test',
      ...over,
    };
    const handle = await stack.temporal.workflow.start('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(caseNo),
      args: [input],
      typedSearchAttributes: [{ key: CaseType, value: 'complaint' }],
    });
    return { handle, caseNo };
  }

  it('assigns a VIP customer to the VIP agent and a regular one to the least-loaded skilled agent (A-5)', async () => {
    const vipAgent = await givenAgent(stack.db, { servesVip: true });
    const busy = await givenAgent(stack.db, { skills: ['quality'], capacity: 1 });
    const free = await givenAgent(stack.db, { skills: ['quality'], capacity: 10 });
    const vip = await givenCustomer(stack.db, { tier: 'vip' });
    const regular = await givenCustomer(stack.db);
    await stack.db.getRepository(CaseRecordEntity).insert({
      caseNo: 'CP-20260101-0001', kind: 'complaint', workflowId: 'complaint-CP-20260101-0001', status: 'assigned',
      customerId: regular.id, assignedAgentCode: busy.code, summary: 'earlier open case',
    });

    const forVip = await startComplaint({ customerId: vip.id, customerNo: vip.customerNo, customerTier: 'vip' });
    const forRegular = await startComplaint({ customerId: regular.id, customerNo: regular.customerNo });

    const vipState = await eventually(() => forVip.handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    const regularState = await eventually(() => forRegular.handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    expect(vipState.assignedAgent).toBe(vipAgent.code);
    expect(regularState.assignedAgent).toBe(free.code);
    expect(regularState.timeline.map((e) => e.event)).toEqual(['registered', 'assign']);
  });

  it('keeps the read model and the search attributes in step with the workflow', async () => {
    const agent = await givenAgent(stack.db);
    const customer = await givenCustomer(stack.db);
    const { handle, caseNo } = await startComplaint({ customerId: customer.id, customerNo: customer.customerNo, category: 'billing' });
    await eventually(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');

    const row = await eventually(
      () => stack.db.getRepository(CaseRecordEntity).findOneByOrFail({ caseNo }),
      (r) => r.status === 'assigned',
    );
    expect(row).toMatchObject({ status: 'assigned', assignedAgentCode: agent.code, stateVersion: 2, workflowId: `complaint-${caseNo}` });

    const described = await eventually(
      () => handle.describe(),
      (d) => d.typedSearchAttributes.get(CaseStatus) === 'assigned',
    );
    expect(described.typedSearchAttributes.get(CaseStatus)).toBe('assigned');
    expect(described.typedSearchAttributes.get(AssignedAgent)).toBe(agent.code);
  });

  it('cancels with a reason before resolution, refuses a cancel without one, and finishes', async () => {
    const customer = await givenCustomer(stack.db);
    const { handle, caseNo } = await startComplaint({ customerId: customer.id, customerNo: customer.customerNo });

    await expect(handle.executeUpdate(cancelComplaintUpdate, { args: [{ reason: '  ', by: 'AG-101' }] })).rejects.toThrow(WorkflowUpdateFailedError);

    const cancelled = await handle.executeUpdate(cancelComplaintUpdate, { args: [{ reason: 'customer withdrew the complaint', by: 'AG-101' }] });
    expect(cancelled.status).toBe('cancelled');
    const result = await handle.result();
    expect(result.status).toBe('cancelled');
    expect(result.timeline.at(-1)).toMatchObject({ event: 'cancel', by: 'AG-101', note: 'customer withdrew the complaint' });
    const row = await stack.db.getRepository(CaseRecordEntity).findOneByOrFail({ caseNo });
    expect(row.status).toBe('cancelled');

    // A finished complaint cannot be cancelled again.
    await expect(handle.executeUpdate(cancelComplaintUpdate, { args: [{ reason: 'again', by: 'AG-101' }] })).rejects.toThrow();
  });

  it('tells the supervisor at once about major information (C-9)', async () => {
    const customer = await givenCustomer(stack.db);
    const { handle, caseNo } = await startComplaint({ customerId: customer.id, customerNo: customer.customerNo, majorInformation: true });
    // Recorded once the supervisor's notice is queued.
    const state = await eventually(() => handle.query(complaintStateQuery), (s) => s.timeline.some((e) => e.event === 'major_information_reported'));
    expect(state.timeline.map((e) => e.event)).toContain('major_information_reported');
    const outbox: Array<{ recipient: string; subject: string }> = await stack.db.query(`SELECT recipient, subject FROM notification_outbox WHERE case_no = $1`, [caseNo]);
    expect(outbox).toEqual([{ recipient: 'supervisor', subject: `Major information in complaint ${caseNo}` }]);
    await handle.terminate('test done');
  });

  it('raises one quality alert when a key part reaches the defect threshold (C-12)', async () => {
    const customer = await givenCustomer(stack.db);
    const started: Array<Awaited<ReturnType<typeof startComplaint>>> = [];
    for (let i = 0; i < 4; i += 1) {
      started.push(await startComplaint({ customerId: customer.id, customerNo: customer.customerNo, keyPart: 'controller', productRef: `SN-C-${i}` }));
      // The defect is counted (and an alert queued) by activities that may finish after assignment.
      await eventually(() => started[i].handle.query(complaintStateQuery), (s) => s.timeline.some((e) => e.event === 'key_part_defect_recorded'));
    }
    await eventually(() => started[2].handle.query(complaintStateQuery), (s) => s.timeline.some((e) => e.event === 'key_part_alert_raised'));
    const alerts: Array<{ part: string; defects: number; trigger_case_no: string }> = await stack.db.query(`SELECT part, defects, trigger_case_no FROM key_part_alerts WHERE part = 'controller'`);
    expect(alerts).toEqual([{ part: 'controller', defects: 3, trigger_case_no: started[2].caseNo }]);
    const toQuality: unknown[] = await stack.db.query(`SELECT 1 FROM notification_outbox WHERE recipient = 'quality-department'`);
    expect(toQuality).toHaveLength(1);
    const third = await started[2].handle.query(complaintStateQuery);
    expect(third.timeline.map((e) => e.event)).toContain('key_part_alert_raised');
    for (const { handle } of started) await handle.terminate('test done');
  });
});
