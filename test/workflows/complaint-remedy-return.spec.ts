import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { workflowIdFor } from '@libs/temporal/conventions';
import {
  ComplaintInput,
  complaintStateQuery,
  contactComplaintUpdate,
  recordSatisfactionUpdate,
  resolveComplaintUpdate,
} from '@workflows/complaint/complaint.contract';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import { givenAgent, givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { eventually } from '../support/eventually';
import { paymentsFor, ReturnHandle, untilReturn } from '../support/returns';
import { startTestStack, TestStack } from '../support/test-stack';

// C-10: a refund or replacement remedy runs as a return request, a child workflow the complaint waits
// for; the satisfaction call (C-8) comes after it.
describe('complaint workflow: remedies carried out as return requests', () => {
  let stack: TestStack;
  let customer: { id: string; customerNo: string };

  beforeAll(async () => {
    stack = await startTestStack({ departments: true });
    await givenAgent(stack.db);
    customer = await givenCustomer(stack.db);
  });
  afterAll(() => stack?.stop());

  async function contactedComplaint(over: Partial<ComplaintInput> = {}) {
    const caseNo = `CP-20261124-${randomUUID().replace(/\D/g, '').slice(0, 6).padEnd(6, '3')}`;
    const handle = await stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(caseNo),
      args: [{ caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', channel: 'phone', category: 'quality', severity: 'normal', description: 'Motor stops', registeredBy: 'AG-100', ...over }],
    });
    await eventually(() => handle.query(complaintStateQuery), (s) => s.status === 'assigned');
    await handle.executeUpdate(contactComplaintUpdate, { args: [{ by: 'AG-101', summary: 'called, confirmed the fault' }] });
    return { handle, caseNo };
  }

  const refundRequest = { type: 'refund_only' as const, orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900 };

  it('refund: starts a pre-agreed return request, waits for finance, then allows the satisfaction call', async () => {
    await givenDepartment(stack, 'finance', { latencyMs: 2000 });
    try {
      const { handle, caseNo } = await contactedComplaint();
      const resolved = await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by: 'AG-101', remedy: 'refund', summary: 'refund agreed', returnRequest: refundRequest }] });
      expect(resolved.status).toBe('resolved');
      const running = await eventually(() => handle.query(complaintStateQuery), (s) => s.remedyReturn?.status === 'running');
      const returnNo = running.remedyReturn!.returnNo!;
      expect(returnNo).toMatch(/^RT-\d{8}-\d{4}$/);

      // The complaint waits: no satisfaction while the refund is with finance.
      const refused = await handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by: 'AG-101', reached: true, score: 5 }] }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
      expect(((refused as WorkflowUpdateFailedError).cause as Error).message).toMatch(new RegExp(`return ${returnNo} is still running`));

      const child = stack.temporal.workflow.getHandle(workflowIdFor.return(returnNo));
      const childState = await untilReturn(child as unknown as ReturnHandle, (r) => r.timeline.some((t) => t.event === 'agree'));
      expect(childState).toMatchObject({ source: 'complaint', complaintCaseNo: caseNo, reason: 'quality_problem', type: 'refund_only' });
      expect(childState.timeline.find((t) => t.event === 'agree')!.note).toBe(`agreed as the remedy of complaint ${caseNo}`);

      const done = await eventually(() => handle.query(complaintStateQuery), (s) => s.remedyReturn?.status === 'refunded', 20_000);
      expect(done.remedyReturn).toEqual({ returnNo, type: 'refund_only', status: 'refunded', result: 'refunded' });
      expect(done.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['remedy_return_started', 'remedy_return_finished']));
      expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);

      const closed = await handle.executeUpdate(recordSatisfactionUpdate, { args: [{ by: 'AG-101', reached: true, score: 5 }] });
      expect(closed.status).toBe('closed');
      // registered in the read model as a case from a complaint.
      const rows: Array<{ source: string; status: string }> = await eventually(
        () => stack.db.query(`SELECT source, status FROM case_records WHERE case_no = $1`, [returnNo]),
        (r: Array<{ status: string }>) => r[0]?.status === 'refunded',
      );
      expect(rows).toEqual([{ source: 'complaint', status: 'refunded' }]);
    } finally {
      await givenDepartment(stack, 'finance', { latencyMs: 200 });
    }
  });

  it('replace: starts an exchange to the address on the customer file', async () => {
    const { handle } = await contactedComplaint();
    await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by: 'AG-101', remedy: 'replace', summary: 'new unit', returnRequest: { orderRef: 'SO-1', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900 } }] });
    const running = await eventually(() => handle.query(complaintStateQuery), (s) => s.remedyReturn?.status === 'running');
    expect(running.remedyReturn!.type).toBe('exchange');
    const child = await untilReturn(stack.temporal.workflow.getHandle(workflowIdFor.return(running.remedyReturn!.returnNo!)) as unknown as ReturnHandle, 'agreed');
    expect(child.status).toBe('agreed');
    await stack.temporal.workflow.getHandle(workflowIdFor.return(running.remedyReturn!.returnNo!)).terminate('test done');
    await handle.terminate('test done');
  });

  it('refuses a refund without the order, items and amount its return needs', async () => {
    const { handle } = await contactedComplaint();
    const error = await handle.executeUpdate(resolveComplaintUpdate, { args: [{ by: 'AG-101', remedy: 'refund', summary: 'refund' }] }).catch((e: unknown) => e);
    expect(((error as WorkflowUpdateFailedError).cause as Error).message).toMatch(/returnRequest is required for a refund/);
    const bad = await handle
      .executeUpdate(resolveComplaintUpdate, { args: [{ by: 'AG-101', remedy: 'refund', summary: 'refund', returnRequest: { ...refundRequest, amountFen: -1 } }] })
      .catch((e: unknown) => e);
    expect(((bad as WorkflowUpdateFailedError).cause as Error).message).toMatch(/returnRequest.amountFen/);
    expect((await handle.query(complaintStateQuery)).status).toBe('contacted');
    await handle.terminate('test done');
  });
});
