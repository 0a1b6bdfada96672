import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { PaymentRecord } from '@libs/departments/ports';
import { decodePayload, givenDepartment, runDepartmentRequest } from '../support/departments';
import { startTestStack, TestStack } from '../support/test-stack';

// finance pays a refund once per refund id, however often the platform has to ask.
describe('finance department (e2e)', () => {
  let stack: TestStack;
  const ledger = async (key: string) =>
    ((await request(stack.departments!.getHttpServer()).get('/control/payments').expect(200)).body as PaymentRecord[]).filter((p) => p.idempotencyKey === key);
  const refund = (refundId: string, amountFen = 12_800) => ({
    department: 'finance' as const,
    kind: 'pay-refund',
    caseNo: 'RT-20261124-0007',
    payload: { refundId, amountFen, currency: 'CNY', caseNo: 'RT-20261124-0007' },
    timeoutSeconds: 20,
  });

  beforeAll(async () => {
    stack = await startTestStack({ departments: true });
  });
  afterAll(() => stack?.stop());
  beforeEach(() => givenDepartment(stack, 'finance', { latencyMs: 0, failureRate: 0, loseNextResponses: 0 }));

  it('pays once when the response is lost and the activity is retried with the same key', async () => {
    await givenDepartment(stack, 'finance', { loseNextResponses: 1 });
    const refundId = `RF-${randomUUID().slice(0, 8)}`;
    const { handle, outcome } = await runDepartmentRequest(stack, refund(refundId));

    const [payment] = await ledger(refundId);
    expect(outcome).toEqual({ outcome: 'completed', result: payment });
    expect(await ledger(refundId)).toHaveLength(1);
    const history = await handle.fetchHistory();
    const started = history.events!.find((e) => e.activityTaskStartedEventAttributes)!.activityTaskStartedEventAttributes!;
    expect(started.attempt).toBe(2);
    const scheduled = history.events!.find((e) => e.activityTaskScheduledEventAttributes)!;
    expect(await decodePayload(stack, scheduled.userMetadata!.summary!)).toBe(`Finance department: pay refund ${refundId} of CNY 128.00 for RT-20261124-0007`);
  });

  it('answers the same refund requested twice with the original payment', async () => {
    const refundId = `RF-${randomUUID().slice(0, 8)}`;
    const first = await runDepartmentRequest(stack, refund(refundId));
    const second = await runDepartmentRequest(stack, refund(refundId));
    expect(second.outcome).toEqual(first.outcome);
    expect(await ledger(refundId)).toHaveLength(1);
  });

  it('refuses, without retrying, a refund id reused for another amount', async () => {
    const refundId = `RF-${randomUUID().slice(0, 8)}`;
    await runDepartmentRequest(stack, refund(refundId));
    const { handle, outcome } = await runDepartmentRequest(stack, refund(refundId, 99_900));
    expect(outcome).toMatchObject({ outcome: 'failed', error: { code: 'REQUEST_REFUSED' } });
    expect((outcome as { reason: string }).reason).toContain(`The finance department refused the request (409): ${refundId} was already used for another payment`);
    const history = await handle.fetchHistory();
    expect(history.events!.find((e) => e.activityTaskStartedEventAttributes)!.activityTaskStartedEventAttributes!.attempt).toBe(1);
    expect((await ledger(refundId)).map((p) => p.amountFen)).toEqual([12_800]);
  });
});
