import { WorkflowUpdateFailedError } from '@temporalio/client';
import { CaseStatus } from '@libs/temporal/search-attributes';
import {
  approveReturnUpdate,
  cancelReturnUpdate,
  inspectReturnUpdate,
  modifyReturnUpdate,
  receiveReturnUpdate,
  rejectReturnUpdate,
  retryRefundUpdate,
  shipReturnUpdate,
} from '@workflows/returns/return.contract';
import { givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { eventually } from '../support/eventually';
import { eventsOf, givenCourier, givenParcel, givenReturnPolicy, paymentsFor, startReturn, untilReturn, waybill } from '../support/returns';
import { startTestStack, TestStack } from '../support/test-stack';

// Refund paths of the return workflow on the real dev server, with second-scale policies (R-1..R-9).
describe('return workflow: refunds and timeouts', () => {
  let stack: TestStack;
  let customer: { id: string; customerNo: string };
  let fast: string;

  beforeAll(async () => {
    stack = await startTestStack({ departments: true });
    customer = await givenCustomer(stack.db);
    fast = await givenReturnPolicy(stack);
    await givenCourier(stack, 300);
  });
  afterAll(() => stack?.stop());

  const as = (by: string) => ({ by });
  /** Notices queued for a case, once there is one: the notify activity runs after the state it follows. */
  const outbox = (caseNo: string, subject: string) =>
    eventually(
      (): Promise<Array<{ recipient: string }>> => stack.db.query(`SELECT recipient FROM notification_outbox WHERE case_no = $1 AND subject LIKE $2`, [caseNo, subject]),
      (rows) => rows.length > 0,
    );
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    return (error as WorkflowUpdateFailedError).cause as Error & { type: string };
  };

  it('R-1: refund only: agreed by the seller, paid by finance once under a key derived from the return', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'refund_only', policyCode: fast });
    const agreed = await handle.executeUpdate(approveReturnUpdate, { args: [{ ...as('AG-101'), note: 'amount matches the order' }] });
    expect(['agreed', 'refund_pending']).toContain(agreed.status);
    const done = await untilReturn(handle, 'refunded');
    expect(done.refund).toMatchObject({ refundId: `RF-${returnNo}`, status: 'paid', amountFen: 25_900 });
    expect(done.result).toBe('refunded');
    expect(done.handler).toBe('AG-101');
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
    expect(done.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['requested', 'agree', 'request_refund', 'refund_requested', 'refund_paid']));
    // registered for reports, with the result.
    const [row] = await eventually(
      () => stack.db.query(`SELECT status, source, problem_type, result, assigned_agent_code FROM case_records WHERE case_no = $1`, [returnNo]),
      (rows: Array<{ status: string }>) => rows[0]?.status === 'refunded',
    );
    expect(row).toEqual({ status: 'refunded', source: 'own_shop', problem_type: 'not_as_described', result: 'refunded', assigned_agent_code: 'AG-101' });
  });

  it('R-8: a silent seller: the system agrees at the timeout, and says it did', async () => {
    const code = await givenReturnPolicy(stack, { sellerSilentSeconds: 2 });
    const { handle } = await startReturn(stack, customer, { policyCode: code });
    const started = (await handle.describe()).startTime.getTime();
    const agreed = await untilReturn(handle, 'agreed', 10_000);
    const agree = eventsOf(agreed, 'agree')[0];
    expect(agree.by).toBe('system');
    expect(Date.parse(agree.at) - started).toBeGreaterThanOrEqual(2000);
    expect(Date.parse(agree.at) - started).toBeLessThan(4000);
    expect(agreed.deadlines.map((d) => d.id)).toEqual(['buyer_ship']);
  });

  it('R-8: refund only, paid and not shipped: a silent seller means a refund by the system', async () => {
    const code = await givenReturnPolicy(stack, { sellerSilentNotShippedSeconds: 2 });
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'refund_only', goodsState: 'not_shipped', policyCode: code });
    expect((await untilReturn(handle, (s) => s.deadlines.length > 0)).deadlines[0]).toMatchObject({ id: 'seller_response', action: 'refunded by the system' });
    const done = await untilReturn(handle, 'refunded');
    expect(eventsOf(done, 'agree')[0].by).toBe('system');
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
  });

  it('R-8: refund only, parcel still in transit: the seller has the shorter not-received time', async () => {
    const code = await givenReturnPolicy(stack, { sellerSilentNotReceivedSeconds: 7, sellerSilentSeconds: 50 });
    const { handle } = await startReturn(stack, customer, { type: 'refund_only', goodsState: 'in_transit', policyCode: code });
    const [deadline] = (await untilReturn(handle, (s) => s.deadlines.length > 0)).deadlines;
    const started = (await handle.describe()).startTime.getTime();
    expect(deadline.id).toBe('seller_response');
    expect(Date.parse(deadline.at) - started).toBeGreaterThanOrEqual(7000);
    expect(Date.parse(deadline.at) - started).toBeLessThan(8000);
    await handle.terminate('test done');
  });

  it('R-8: the buyer never ships: closed by the system', async () => {
    const code = await givenReturnPolicy(stack, { buyerShipSeconds: 2 });
    const { handle } = await startReturn(stack, customer, { policyCode: code });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    const closed = await untilReturn(handle, 'closed', 10_000);
    expect(closed.result).toBe('closed: the buyer did not ship');
    expect(eventsOf(closed, 'close')[0].by).toBe('system');
    expect(closed.refund).toBeNull();
  });

  it('R-8: rejected and the buyer never modifies: closed by the system', async () => {
    const code = await givenReturnPolicy(stack, { buyerModifySeconds: 2 });
    const { handle } = await startReturn(stack, customer, { policyCode: code });
    await handle.executeUpdate(rejectReturnUpdate, { args: [{ ...as('AG-101'), reason: 'amount exceeds the order line' }] });
    const closed = await untilReturn(handle, 'closed', 10_000);
    expect(closed.result).toBe('closed: the buyer did not modify');
    expect(closed.rejection).toEqual({ reason: 'amount exceeds the order line', by: 'AG-101', round: 1 });
  });

  it('R-2: rejected, modified by the buyer, back to the seller, then agreed', async () => {
    const { handle } = await startReturn(stack, customer, { policyCode: fast, amountFen: 99_900 });
    await handle.executeUpdate(rejectReturnUpdate, { args: [{ ...as('AG-101'), reason: 'the order line was CNY 259.00' }] });
    const modified = await handle.executeUpdate(modifyReturnUpdate, { args: [{ ...as('buyer'), amountFen: 25_900 }] });
    expect(modified).toMatchObject({ status: 'requested', amountFen: 25_900 });
    const agreed = await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    expect(agreed.status).toBe('agreed');
    expect(agreed.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['reject', 'modify', 'agree']));
    await handle.executeUpdate(cancelReturnUpdate, { args: [{ ...as('buyer'), reason: 'kept the item' }] });
  });

  it('R-3: a no-reason return cannot be rejected while requested; a correction can be asked once shipped', async () => {
    const { handle } = await startReturn(stack, customer, { policyCode: fast, reason: 'no_reason_7_days', goodsReceivedAt: new Date().toISOString() });
    const refused = await refusal(handle.executeUpdate(rejectReturnUpdate, { args: [{ ...as('AG-101'), reason: 'no' }] }));
    expect(refused.type).toBe('InvalidTransition');
    expect(refused.message).toMatch(/cannot be rejected.*R-3/);
    const history = await handle.fetchHistory();
    expect(history.events!.some((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toBe(false); // kept out of history

    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: waybill() }] });
    const corrected = await handle.executeUpdate(rejectReturnUpdate, { args: [{ ...as('AG-101'), reason: 'the amount includes the gift' }] });
    expect(corrected.status).toBe('rejected');
    const back = await handle.executeUpdate(modifyReturnUpdate, { args: [{ ...as('buyer'), amountFen: 20_000 }] });
    expect(back.status).toBe('buyer_shipped');
    expect(eventsOf(back, 'modify_shipped')).toHaveLength(1);
    await handle.terminate('test done');
  });

  it('R-4, L-1: tracking moves a delivered return to received; inspection as resellable refunds it', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { policyCode: fast });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    const no = waybill();
    await givenParcel(stack, no, 'delivered');
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: no, method: 'express' }] });
    const received = await untilReturn(handle, 'received');
    expect(eventsOf(received, 'receive')[0].by).toBe('system');
    expect(received.parcels[0].events.map((e) => e.state)).toEqual(['created', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered']);
    expect(received.parcels[0].events.every((e) => /^CA-\d+$/.test(e.courierAgentId))).toBe(true); // L-1
    expect(received.refundDueAt).not.toBeNull();
    const queued = await untilReturn(handle, (s) => s.inspectionQueuedAt !== null);
    expect(Date.parse(queued.inspectionQueuedAt!)).toBeLessThanOrEqual(Date.now()); // no batch rule: at once

    // A person cannot confirm a receipt the courier's delivery already recorded.
    expect((await refusal(handle.executeUpdate(receiveReturnUpdate, { args: [as('AG-101')] }))).type).toBe('InvalidTransition');
    await handle.executeUpdate(inspectReturnUpdate, { args: [{ ...as('WH-001'), resellable: true, qualityProblem: false, notes: 'sealed, unused', photoRefs: ['p1.jpg'] }] });
    const done = await untilReturn(handle, 'refunded');
    expect(done.inspection).toMatchObject({ resellable: true, qualityProblem: false, photoRefs: ['p1.jpg'] });
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
  });

  it('R-4: a person confirms receipt before the courier reports delivery; tracking does not receive it twice', async () => {
    const { handle } = await startReturn(stack, customer, { policyCode: fast });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    const no = waybill();
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: no }] });
    const received = await handle.executeUpdate(receiveReturnUpdate, { args: [{ ...as('WH-001'), note: 'brought in by hand' }] });
    expect(received.status).toBe('received');
    await givenParcel(stack, no, 'delivered');
    // The request goes on to its refund and ends: whatever tracking did by then is all it did.
    await handle.executeUpdate(inspectReturnUpdate, { args: [{ ...as('WH-001'), resellable: true, qualityProblem: false, notes: 'sealed' }] });
    const done = await handle.result();
    expect(done.status).toBe('refunded');
    expect(eventsOf(done, 'receive')).toEqual([expect.objectContaining({ by: 'WH-001' })]);
  });

  it('R-8: the seller never confirms receipt of an express return: refunded by the system', async () => {
    const code = await givenReturnPolicy(stack, { sellerConfirmExpressSeconds: 2, sellerConfirmSurfaceSeconds: 50 });
    const { handle, returnNo } = await startReturn(stack, customer, { policyCode: code });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    // A waybill the courier has never seen: tracking finds nothing, the timeout decides.
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'EMS', waybillNo: 'UNKNOWN-' + waybill() }] });
    const done = await untilReturn(handle, 'refunded');
    expect(eventsOf(done, 'request_refund')[0]).toMatchObject({ by: 'system' });
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
  });

  it('R-6: not resellable and no quality problem: the refund is refused and the request closed', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { policyCode: fast });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: waybill() }] });
    await handle.executeUpdate(receiveReturnUpdate, { args: [as('WH-001')] });
    await handle.executeUpdate(inspectReturnUpdate, { args: [{ ...as('WH-001'), resellable: false, qualityProblem: false, notes: 'used, scratched' }] });
    const closed = await untilReturn(handle, 'closed');
    expect(closed.result).toMatch(/^refund refused: .*not resellable/);
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(0);
  });

  it('R-4: a failed payment is visible and a person retries it; finance pays once', async () => {
    await givenDepartment(stack, 'finance', { failureRate: 1 });
    try {
      const code = await givenReturnPolicy(stack, { departmentAnswerSeconds: 3 });
      const { handle, returnNo } = await startReturn(stack, customer, { type: 'refund_only', policyCode: code });
      await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
      const failed = await untilReturn(handle, (s) => s.refund?.status === 'failed', 15_000);
      expect(failed.status).toBe('refund_pending');
      expect(failed.refund!.failure).toMatch(/no answer within 3 s|could not be reached within 3 s/);
      // The notice is written by an activity after the state says failed.
      const notices = await outbox(returnNo, '%refund failed%');
      expect(notices).toEqual([{ recipient: 'after-sales' }]);

      await givenDepartment(stack, 'finance', { failureRate: 0 });
      await handle.executeUpdate(retryRefundUpdate, { args: [as('FN-001')] });
      const done = await untilReturn(handle, 'refunded');
      expect(done.refund).toMatchObject({ status: 'paid', attempts: 2, refundId: `RF-${returnNo}` });
      expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
    } finally {
      await givenDepartment(stack, 'finance', { failureRate: 0 });
    }
  });

  it('R-9: a refund not paid within 7 days (here 2 s) of the goods coming back is recorded once', async () => {
    const code = await givenReturnPolicy(stack, { refundDueSeconds: 2 });
    const { handle, returnNo } = await startReturn(stack, customer, { policyCode: code });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: waybill() }] });
    await handle.executeUpdate(receiveReturnUpdate, { args: [as('WH-001')] });
    const overdue = await untilReturn(handle, (s) => eventsOf(s, 'refund_overdue').length > 0, 10_000);
    expect(overdue.deadlines.find((d) => d.id === 'refund_due')).toBeUndefined();
    expect(await outbox(returnNo, '%overdue%')).toEqual([{ recipient: 'manager' }]);
    // Recorded once: the request goes on to its refund and ends, so nothing can come later.
    await handle.executeUpdate(inspectReturnUpdate, { args: [{ ...as('WH-001'), resellable: true, qualityProblem: false, notes: 'sealed' }] });
    const done = await handle.result();
    expect(done.status).toBe('refunded');
    expect(eventsOf(done, 'refund_overdue')).toHaveLength(1);
    expect(await stack.db.query(`SELECT recipient FROM notification_outbox WHERE case_no = $1 AND subject LIKE '%overdue%'`, [returnNo])).toEqual([{ recipient: 'manager' }]);
  });

  it('R-5: with the warehouse batch rule, a parcel reaches inspection at the batch time', async () => {
    const code = await givenReturnPolicy(stack, { warehouseBatch: { cutoff: '16:00', morningEnds: '12:00', handoverAt: '15:00', timeZone: 'Asia/Shanghai' } });
    const { handle } = await startReturn(stack, customer, { policyCode: code });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: waybill() }] });
    const received = await handle.executeUpdate(receiveReturnUpdate, { args: [as('WH-001')] });
    const state = await untilReturn(handle, (s) => s.inspectionQueuedAt !== null);
    const arrived = Date.parse(eventsOf(received, 'receive')[0].at);
    const { inspectionQueuedAt } = await import('@libs/domain/returns/warehouse-batch');
    expect(Date.parse(state.inspectionQueuedAt!)).toBe(inspectionQueuedAt(arrived, { cutoff: '16:00', morningEnds: '12:00', handoverAt: '15:00', timeZone: 'Asia/Shanghai' }));
    expect(state.deadlines.map((d) => d.id)).toContain(Date.parse(state.inspectionQueuedAt!) > Date.now() ? 'inspection_queue' : 'refund_due');
    await handle.terminate('test done');
  });

  it('cancels before the goods move, and refuses to cancel once shipped', async () => {
    const { handle } = await startReturn(stack, customer, { policyCode: fast });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...as('buyer'), courier: 'YTO', waybillNo: waybill() }] });
    const refused = await refusal(handle.executeUpdate(cancelReturnUpdate, { args: [{ ...as('buyer'), reason: 'changed my mind' }] }));
    expect(refused.message).toMatch(/buyer_shipped/);

    const other = await startReturn(stack, customer, { policyCode: fast });
    const cancelled = await other.handle.executeUpdate(cancelReturnUpdate, { args: [{ ...as('buyer'), reason: 'found the missing part' }] });
    expect(cancelled).toMatchObject({ status: 'cancelled', result: 'cancelled: found the missing part' });
    expect((await eventually(() => other.handle.describe(), (d) => d.status.name !== 'RUNNING')).status.name).toBe('COMPLETED');
    await handle.terminate('test done');
  });

  it('R-8: a running request keeps the policy version it started with', async () => {
    const code = await givenReturnPolicy(stack, { buyerShipSeconds: 40 });
    const first = await startReturn(stack, customer, { policyCode: code });
    await untilReturn(first.handle, (s) => s.policy !== null);
    await givenReturnPolicy(stack, { buyerShipSeconds: 50 }, code);
    const second = await startReturn(stack, customer, { policyCode: code });
    expect((await untilReturn(first.handle, (s) => s.policy !== null)).policy).toEqual({ code, version: 1 });
    expect((await untilReturn(second.handle, (s) => s.policy !== null)).policy).toEqual({ code, version: 2 });
    await first.handle.terminate('test done');
    await second.handle.terminate('test done');
  });

  it('keeps the status search attribute and the UI details current', async () => {
    const { handle } = await startReturn(stack, customer, { policyCode: fast });
    await handle.executeUpdate(approveReturnUpdate, { args: [as('AG-101')] });
    const description = await eventually(
      () => handle.describe(),
      (d) => d.typedSearchAttributes.get(CaseStatus) === 'agreed',
    );
    expect(description.typedSearchAttributes.get(CaseStatus)).toBe('agreed');
    await handle.terminate('test done');
  });
});
