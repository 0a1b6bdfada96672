import type { ChildProcess } from 'node:child_process';
import { approveReturnUpdate } from '@workflows/returns/return.contract';
import { givenCustomer } from '../support/builders';
import { givenDepartment, nextCallArriving } from '../support/departments';
import { waitUntil } from '../support/eventually';
import { givenReturnPolicy, paymentsFor, startReturn, untilReturn } from '../support/returns';
import { startTestStack, TestStack } from '../support/test-stack';
import { killHard, startWorkerProcess } from '../support/worker-process';

// the refund of a return, asked of finance while the worker dies mid-call, is paid exactly once:
// the retried activity carries the same key (derived from the return), and finance answers it with
// the payment it already booked.
describe('return refund survives a killed worker (e2e)', () => {
  let stack: TestStack;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ departments: true, worker: false });
  });
  afterAll(async () => {
    for (const worker of workers) await killHard(worker);
    await stack?.stop();
  });

  it('pays each refund once although the worker is killed while finance books it', async () => {
    const customer = await givenCustomer(stack.db);
    const policy = await givenReturnPolicy(stack, { departmentAnswerSeconds: 60 });
    workers.push(await startWorkerProcess(stack.config));
    // Finance books the payment 3 s after the call arrives; the worker is killed before it hears back.
    await givenDepartment(stack, 'finance', { latencyMs: 3000, failureRate: 0, loseNextResponses: 0 });
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'refund_only', policyCode: policy });
    const arrived = nextCallArriving(stack, 'finance');
    await handle.executeUpdate(approveReturnUpdate, { args: [{ by: 'AG-101' }] });
    await arrived;
    await killHard(workers[0]);
    await waitUntil(async () => (await paymentsFor(stack, `RF-${returnNo}`)).length > 0, 15_000, 'finance booking the payment');
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1); // finance did the work; nobody heard

    await givenDepartment(stack, 'finance', { latencyMs: 0 });
    workers.push(await startWorkerProcess(stack.config));
    const done = await untilReturn(handle, 'refunded', 40_000);

    expect(done.refund).toMatchObject({ status: 'paid', attempts: 1 });
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
    // The pay-refund activity really ran twice.
    const child = stack.temporal.workflow.getHandle(`return-${returnNo}-refund-1`);
    const history = await child.fetchHistory();
    const started = history.events!.filter((e) => e.activityTaskStartedEventAttributes).map((e) => e.activityTaskStartedEventAttributes!.attempt);
    expect(Math.max(...started.map(Number))).toBeGreaterThanOrEqual(2);
  }, 90_000);
});
