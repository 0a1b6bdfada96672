import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { departmentRequestWorkflow } from '@workflows/departments/department-request.workflow';
import { givenDepartment, nextCallArriving } from '../support/departments';
import { waitUntil } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';
import { killHard, startWorkerProcess } from '../support/worker-process';

// a refund asked of finance while the worker dies mid-call is paid exactly once: the retry
// carries the same idempotency key (the refund id), and finance answers it with the original payment.
describe('finance refund survives a killed worker (e2e)', () => {
  let stack: TestStack;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true, worker: false });
  });
  afterAll(async () => {
    for (const worker of workers) await killHard(worker);
    await stack?.stop();
  });

  const payments = async (refundId: string) =>
    ((await request(stack.departments!.getHttpServer()).get('/control/payments').expect(200)).body as Array<{ idempotencyKey: string }>).filter(
      (p) => p.idempotencyKey === refundId,
    );

  it('pays once when the worker is killed while finance is working on the refund', async () => {
    workers.push(await startWorkerProcess(stack.config));
    // Finance books the payment 3 s after the call arrives; the worker dies before it hears back.
    await givenDepartment(stack, 'finance', { latencyMs: 3000, failureRate: 0, loseNextResponses: 0 });
    const refundId = `RF-${randomUUID().slice(0, 8)}`;
    const arrived = nextCallArriving(stack, 'finance');
    const handle = await stack.temporal.workflow.start(departmentRequestWorkflow, {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: `department-request-${refundId}`,
      args: [{ department: 'finance', kind: 'pay-refund', caseNo: 'RT-20261124-0042', payload: { refundId, amountFen: 25_900, currency: 'CNY', caseNo: 'RT-20261124-0042' }, timeoutSeconds: 60 }],
    });
    await arrived;
    await killHard(workers[0]);
    await waitUntil(async () => (await payments(refundId)).length > 0, 15_000, 'finance booking the payment');
    expect(await payments(refundId)).toHaveLength(1); // finance did the work; nobody heard

    await givenDepartment(stack, 'finance', { latencyMs: 0 });
    workers.push(await startWorkerProcess(stack.config));
    const outcome = await handle.result();

    expect(outcome.outcome).toBe('completed');
    expect(await payments(refundId)).toHaveLength(1);
    const history = await handle.fetchHistory();
    const started = history.events!.find((e) => e.activityTaskStartedEventAttributes)!.activityTaskStartedEventAttributes!;
    expect(started.attempt).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
