import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { WorkflowHandle } from '@temporalio/client';
import { DEFAULT_RETURN_POLICY_TERMS, ReturnPolicyTerms } from '@libs/domain/returns/return-policy';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { returnWorkflow } from '@workflows/returns/return.workflow';
import { ReturnInput, ReturnState, returnStateQuery } from '@workflows/returns/return.contract';
import { eventually } from './eventually';
import type { TestStack } from './test-stack';

export type ReturnHandle = WorkflowHandle<typeof returnWorkflow>;

/**
 * Second-scale terms for workflow tests: every timeout a minute away (so none fires unless a test
 * shortens it), tracking each second, parcels handed to inspection as they arrive.
 */
export const FAST_RETURN_TERMS: ReturnPolicyTerms = {
  ...DEFAULT_RETURN_POLICY_TERMS,
  sellerSilentSeconds: 60,
  sellerSilentVirtualSeconds: 60,
  sellerSilentNotReceivedSeconds: 60,
  sellerSilentNotShippedSeconds: 60,
  buyerModifySeconds: 60,
  buyerShipSeconds: 60,
  sellerConfirmExpressSeconds: 60,
  sellerConfirmSurfaceSeconds: 60,
  refundDueSeconds: 60,
  shippingFeeSeconds: 60,
  departmentAnswerSeconds: 20,
  trackingPollSeconds: 1,
  warehouseBatch: null,
};

/** A return policy of its own for a test: the fast terms with some changed. Returns its code. */
export async function givenReturnPolicy(stack: TestStack, change: Partial<ReturnPolicyTerms> = {}, code = `p-${randomUUID().slice(0, 8)}`): Promise<string> {
  const version: Array<{ next: number }> = await stack.db.query(`SELECT COALESCE(MAX(version), 0) + 1 AS next FROM return_policies WHERE code = $1`, [code]);
  await stack.db.query(`INSERT INTO return_policies (code, version, terms, created_by) VALUES ($1, $2, $3, 'test')`, [code, version[0].next, JSON.stringify({ ...FAST_RETURN_TERMS, ...change })]);
  return code;
}

let sequence = 0;

/** Starts a return workflow as the API would, with a unique number. */
export async function startReturn(stack: TestStack, customer: { id: string; customerNo: string }, over: Partial<ReturnInput> = {}): Promise<{ handle: ReturnHandle; returnNo: string }> {
  sequence += 1;
  const returnNo = `RT-20261124-${String(Math.floor(Math.random() * 90000) + 10000)}${sequence}`;
  const handle = await stack.temporal.workflow.start<typeof returnWorkflow>('returnWorkflow', {
    taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
    workflowId: workflowIdFor.return(returnNo),
    args: [
      {
        returnNo,
        type: 'return_and_refund',
        source: 'own_shop',
        customerId: customer.id,
        customerNo: customer.customerNo,
        customerTier: 'regular',
        orderRef: `SO-${returnNo.slice(-6)}`,
        items: [{ sku: 'EB-200', quantity: 1 }],
        amountFen: 25_900,
        reason: 'not_as_described',
        description: 'Colour differs from the listing',
        goodsState: 'received',
        address: { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' },
        requestedBy: 'AG-100',
        ...over,
      },
    ],
  });
  return { handle, returnNo };
}

export const stateOf = (handle: ReturnHandle): Promise<ReturnState> => handle.query(returnStateQuery);

/** Waits for the status (or the check) and returns the state for the test to assert on. */
export function untilReturn(handle: ReturnHandle, ok: ReturnState['status'] | ((s: ReturnState) => boolean), timeoutMs = 25_000): Promise<ReturnState> {
  const check = typeof ok === 'string' ? (s: ReturnState) => s.status === ok : ok;
  return eventually(() => stateOf(handle), check, timeoutMs);
}

/** The simulated courier: how fast waybills move, and how a parcel's journey ends. */
export async function givenCourier(stack: TestStack, trackingStepMs: number): Promise<void> {
  await request(stack.departments!.getHttpServer()).put('/control/courier').send({ trackingStepMs }).expect(200);
}

export async function givenParcel(stack: TestStack, waybillNo: string, outcome: 'delivered' | 'damaged' | 'lost'): Promise<void> {
  await request(stack.departments!.getHttpServer()).put(`/control/waybills/${waybillNo}`).send({ outcome }).expect(200);
}

/** Payments finance booked under one idempotency key. */
export async function paymentsFor(stack: TestStack, key: string): Promise<Array<{ idempotencyKey: string; amountFen: number }>> {
  const { body } = await request(stack.departments!.getHttpServer()).get('/control/payments').expect(200);
  return (body as Array<{ idempotencyKey: string; amountFen: number }>).filter((p) => p.idempotencyKey === key);
}

export const waybill = () => `YT${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;

export const eventsOf = (state: ReturnState, event: string) => state.timeline.filter((t) => t.event === event);
