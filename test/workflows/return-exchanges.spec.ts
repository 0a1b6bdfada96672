import { approveReturnUpdate, inspectReturnUpdate, payShippingUpdate, receiveReturnUpdate, shipReturnUpdate } from '@workflows/returns/return.contract';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { givenClaimDocuments } from '../support/files';
import { eventsOf, givenCourier, givenParcel, givenReturnPolicy, paymentsFor, ReturnHandle, startReturn, untilReturn, waybill } from '../support/returns';
import { startTestStack, TestStack } from '../support/test-stack';

// Exchanges and parcels damaged or lost in transit, on the real dev server with the simulated courier
// and finance (R-6, L-1..L-4).
describe('return workflow: exchanges and damage in transit', () => {
  let stack: TestStack;
  let customer: { id: string; customerNo: string };
  let fast: string;

  beforeAll(async () => {
    // The API takes the courier's callback on a damage claim.
    stack = await startTestStack({ api: true, departments: true });
    customer = await givenCustomer(stack.db);
    fast = await givenReturnPolicy(stack);
    await givenCourier(stack, 200);
  });
  afterAll(() => stack?.stop());

  const by = (who: string) => ({ by: who });

  /** Agreed, shipped by the buyer, received and inspected with the given findings. */
  async function inspected(handle: ReturnHandle, findings: { resellable: boolean; qualityProblem: boolean }): Promise<void> {
    await handle.executeUpdate(approveReturnUpdate, { args: [by('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...by('buyer'), courier: 'YTO', waybillNo: waybill() }] });
    await handle.executeUpdate(receiveReturnUpdate, { args: [by('WH-001')] });
    await handle.executeUpdate(inspectReturnUpdate, { args: [{ ...by('WH-001'), ...findings, notes: findings.qualityProblem ? 'motor does not start' : 'works, customer changed size' }] });
  }

  const register = (returnNo: string): Promise<Array<Record<string, unknown>>> =>
    stack.db.query(`SELECT claim_id, waybill_no, kind, courier_agent_id, goods_value_fen, item_no, handler, status, claim_no FROM damage_claims WHERE return_no = $1 ORDER BY filed_at`, [returnNo]);

  it('R-6: a quality problem is exchanged free: replacement shipped, tracked to delivery, closed', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'exchange', reason: 'quality_problem', policyCode: fast });
    await inspected(handle, { resellable: false, qualityProblem: true });
    const shipped = await untilReturn(handle, 'replacement_shipped');
    expect(shipped.exchange).toMatchObject({ shippingFee: 'waived_quality_problem', shippingFeeFen: 0 });
    const closed = await untilReturn(handle, 'closed');
    expect(closed.result).toBe('replaced');
    expect(closed.parcels.map((p) => [p.purpose, p.lastState])).toEqual([
      ['return', null],
      ['replacement', 'delivered'],
    ]);
    expect(closed.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['shipping_fee_settled', 'ship_replacement', 'deliver', 'close']));
    // L-4: the customer got the waybill number by SMS.
    const sms: Array<{ body: string }> = await stack.db.query(`SELECT body FROM notification_outbox WHERE case_no = $1 AND channel = 'sms'`, [returnNo]);
    expect(sms.map((m) => m.body).join('\n')).toContain(closed.parcels[1].waybillNo);
  });

  it('R-6: no quality problem and return postage not paid: the fee is due, paid, confirmed by finance, then the replacement ships', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'exchange', reason: 'other', customerPaidReturnShipping: false, policyCode: fast });
    await inspected(handle, { resellable: true, qualityProblem: false });
    const due = await untilReturn(handle, (s) => s.exchange?.shippingFee === 'due');
    expect(due.status).toBe('inspected');
    expect(due.exchange!.shippingFeeFen).toBe(1200);
    expect(due.deadlines.map((d) => d.id)).toContain('shipping_fee');
    // The SMS goes out after the state says the fee is due.
    const sms = await eventually(
      (): Promise<Array<{ subject: string; body: string }>> => stack.db.query(`SELECT subject, body FROM notification_outbox WHERE case_no = $1 AND channel = 'sms'`, [returnNo]),
      (rows) => rows.some((m) => m.subject === '换货运费待支付'),
    );
    // From the Chinese template: the return number and the fee in yuan, no rule id.
    const fee = sms.find((m) => m.subject === '换货运费待支付')!;
    expect(fee.body).toContain(returnNo);
    expect(fee.body).toContain('12.00元');
    expect(fee.body).not.toMatch(/\b[ACRLFK]-\d+\b/);

    await handle.executeUpdate(payShippingUpdate, { args: [{ ...by('AG-101'), paymentRef: 'ALIPAY-2026112400123' }] });
    const closed = await untilReturn(handle, 'closed');
    expect(closed.exchange).toMatchObject({ shippingFee: 'paid', paymentRef: 'ALIPAY-2026112400123' });
    expect(eventsOf(closed, 'shipping_fee_paid')).toHaveLength(1);
  });

  it('R-6: the customer paid the return postage: the replacement ships without a further fee', async () => {
    const { handle } = await startReturn(stack, customer, { type: 'exchange', reason: 'other', customerPaidReturnShipping: true, policyCode: fast });
    await inspected(handle, { resellable: true, qualityProblem: false });
    const shipped = await untilReturn(handle, (s) => s.status === 'replacement_shipped' || s.status === 'closed');
    expect(shipped.exchange).toMatchObject({ shippingFee: 'paid_by_customer', shippingFeeFen: 0 });
  });

  it('R-6: a shipping fee never paid closes the exchange at the timeout', async () => {
    const code = await givenReturnPolicy(stack, { shippingFeeSeconds: 2 });
    const { handle } = await startReturn(stack, customer, { type: 'exchange', reason: 'other', policyCode: code });
    await inspected(handle, { resellable: true, qualityProblem: false });
    const closed = await untilReturn(handle, 'closed', 10_000);
    expect(closed.result).toBe('closed: shipping fee unpaid');
    expect(closed.parcels.filter((p) => p.purpose === 'replacement')).toHaveLength(0);
  });

  it('R-8: the seller never confirms receipt of an exchange parcel: received by the system, then queued for inspection (R-5)', async () => {
    const code = await givenReturnPolicy(stack, { sellerConfirmExpressSeconds: 2 });
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'exchange', reason: 'quality_problem', policyCode: code });
    await handle.executeUpdate(approveReturnUpdate, { args: [by('AG-101')] });
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...by('buyer'), courier: 'EMS', waybillNo: 'UNKNOWN-' + waybill() }] });
    const received = await untilReturn(handle, (s) => s.status === 'received' && eventsOf(s, 'inspection_queued').length === 1, 10_000);
    expect(eventsOf(received, 'receive')[0].by).toBe('system');
    // After-sales is told after the event is recorded.
    const inbox = await eventually(
      (): Promise<Array<{ recipient: string }>> => stack.db.query(`SELECT recipient FROM notification_outbox WHERE case_no = $1 AND subject LIKE '%ready for inspection%'`, [returnNo]),
      (rows) => rows.length > 0,
    );
    expect(inbox).toEqual([{ recipient: 'after-sales' }]);
    await handle.terminate('test done');
  });

  it('L-2, L-3: a return parcel lost in transit: claim filed and registered, the customer refunded without waiting for it', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { policyCode: fast, amountFen: 48_800 });
    await handle.executeUpdate(approveReturnUpdate, { args: [by('AG-101')] });
    const no = waybill();
    await givenParcel(stack, no, 'lost');
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...by('buyer'), courier: 'YTO', waybillNo: no }] });
    const refunded = await untilReturn(handle, 'refunded');
    expect(refunded.damageClaims).toEqual([expect.objectContaining({ claimId: `DC-${returnNo}-B1`, waybillNo: no, kind: 'lost' })]);
    expect(eventsOf(refunded, 'request_refund')[0].note).toMatch(/lost in transit.*L-2/);
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
    // L-3: every field of the register; once its documents are attached (L-2) the claim goes to the
    // courier, whose decision arrives on its own.
    await givenClaimDocuments(stack, returnNo, 'lost');
    const rows = await eventually(() => register(returnNo), (r) => r[0]?.status === 'accepted', 30_000);
    expect(rows).toEqual([
      {
        claim_id: `DC-${returnNo}-B1`,
        waybill_no: no,
        kind: 'lost',
        courier_agent_id: expect.stringMatching(/^CA-\d+$/),
        goods_value_fen: '48800',
        item_no: 'EB-200',
        handler: 'AG-101',
        status: 'accepted',
        claim_no: `CLM-DC-${returnNo}-B1`,
      },
    ]);
  });

  it('L-2: a damaged replacement: claim filed, a new replacement shipped and delivered, exchange closed', async () => {
    const { handle, returnNo } = await startReturn(stack, customer, { type: 'exchange', reason: 'quality_problem', policyCode: fast });
    await inspected(handle, { resellable: false, qualityProblem: true });
    const first = await untilReturn(handle, 'replacement_shipped');
    await givenParcel(stack, first.parcels[1].waybillNo, 'damaged');
    const closed = await untilReturn(handle, 'closed', 30_000);
    const replacements = closed.parcels.filter((p) => p.purpose === 'replacement');
    expect(replacements.map((p) => [p.round, p.lastState])).toEqual([
      [1, 'damaged'],
      [2, 'delivered'],
    ]);
    expect(replacements[0].waybillNo).not.toBe(replacements[1].waybillNo);
    expect(closed.damageClaims).toEqual([expect.objectContaining({ claimId: `DC-${returnNo}-R1`, kind: 'damaged' })]);
    expect(closed.result).toBe('replaced');
    // The claim workflow writes the register on its own, abandoned by the closed request.
    expect(await eventually(() => register(returnNo), (r) => r.length > 0)).toHaveLength(1);
  });

  it('L-2: an exchange whose return parcel is lost gets its replacement at once', async () => {
    const { handle } = await startReturn(stack, customer, { type: 'exchange', reason: 'quality_problem', policyCode: fast });
    await handle.executeUpdate(approveReturnUpdate, { args: [by('AG-101')] });
    const no = waybill();
    await givenParcel(stack, no, 'lost');
    await handle.executeUpdate(shipReturnUpdate, { args: [{ ...by('buyer'), courier: 'YTO', waybillNo: no }] });
    const closed = await untilReturn(handle, 'closed', 30_000);
    expect(closed.parcels.map((p) => [p.purpose, p.lastState])).toEqual([
      ['return', 'lost'],
      ['replacement', 'delivered'],
    ]);
    expect(closed.inspection).toBeNull();
  });
});
