import request from 'supertest';
import { AuditEventEntity, CaseRecordEntity } from '@libs/database';
import type { ReturnState } from '@workflows/returns/return.contract';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { FAST_RETURN_TERMS, givenCourier, givenParcel, paymentsFor, waybill } from '../support/returns';
import { clientFor, expectData } from '../support/api-client';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Returns over HTTP against the real API, database, Temporal, worker and department simulator (R-1..R-9, L-1..L-3).
describe('returns API (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: { header: string; code: string };
  let admin: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
    // Second-scale default policy for this suite's database: tracking each second, no warehouse batch,
    // every timeout a minute away so that none fires during a test.
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
    await givenCourier(stack, 200);
  });
  afterAll(() => stack?.stop());

  const address = { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' };
  const body = (over: Record<string, unknown> = {}) => ({
    type: 'return_and_refund',
    source: 'tmall',
    customerNo,
    orderRef: 'SO-20261120-0042',
    items: [{ sku: 'EB-200', quantity: 1 }],
    amountFen: 25_900,
    reason: 'not_as_described',
    description: 'Colour differs from the listing',
    ...over,
  });
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  const create = async (over: Record<string, unknown> = {}): Promise<string> =>
    (await http.post('/returns').set('Authorization', agent.header).send(body(over)).expect(201)).body.returnNo;
  const act = (returnNo: string, action: string, payload: Record<string, unknown> = {}) =>
    http.post(`/returns/${returnNo}/${action}`).set('Authorization', agent.header).send(payload);
  const stateOf = async (returnNo: string): Promise<ReturnState> => (await http.get(`/returns/${returnNo}`).set('Authorization', agent.header).expect(200)).body;
  const until = (returnNo: string, ok: (s: ReturnState) => boolean, timeoutMs = 30_000) => eventually(() => stateOf(returnNo), ok, timeoutMs);
  const events = (s: ReturnState) => s.timeline.map((t) => t.event);

  it('R-1, R-4, R-6: return and refund over HTTP: approve, ship, receive, inspect as resellable, refunded once by finance, listed', async () => {
    // Through the typed client generated from the API document.
    const { client: api } = await clientFor(stack.api!, stack.db, 'agent', { code: `AG-${String(Date.now()).slice(-5)}` });
    const me = expectData(await api.GET('/auth/me'));
    const path = (returnNo: string) => ({ params: { path: { returnNo } } });
    const created = expectData(
      await api.POST('/returns', {
        body: { type: 'return_and_refund', source: 'tmall', customerNo, orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'not_as_described', description: 'Colour differs from the listing', customerRating: 'neutral' },
      }),
      201,
    );
    expect(created).toEqual({ returnNo: expect.stringMatching(/^RT-\d{8}-\d{4}$/), workflowId: `return-${created.returnNo}`, created: true });
    const { returnNo } = created;

    const requested = expectData(await api.GET('/returns/{returnNo}', path(returnNo)));
    expect(requested).toMatchObject({ returnNo, type: 'return_and_refund', status: 'requested', source: 'tmall', reason: 'not_as_described', customerNo, amountFen: 25_900 });

    const approved = expectData(await api.POST('/returns/{returnNo}/approve', { ...path(returnNo), body: { note: 'amount matches the order line' } }));
    expect(approved).toMatchObject({ status: 'agreed', handler: me.actor });
    // A waybill the courier does not know yet: only a person can confirm the receipt.
    const shipped = expectData(await api.POST('/returns/{returnNo}/ship', { ...path(returnNo), body: { courier: 'YTO', waybillNo: waybill(), method: 'express' } }));
    expect(shipped.status).toBe('buyer_shipped');
    expect(shipped.parcels).toEqual([expect.objectContaining({ purpose: 'return', courier: 'YTO', method: 'express' })]);
    expect(expectData(await api.POST('/returns/{returnNo}/receive', { ...path(returnNo), body: { note: 'parcel opened at the counter' } })).status).toBe('received');
    const inspected = expectData(
      await api.POST('/returns/{returnNo}/inspect', { ...path(returnNo), body: { resellable: true, qualityProblem: false, notes: 'sealed, unused', photoRefs: ['box.jpg'] } }),
    );
    expect(['inspected', 'refund_pending', 'refunded']).toContain(inspected.status);

    const done = await eventually(async () => expectData(await api.GET('/returns/{returnNo}', path(returnNo))), (s) => s.status === 'refunded', 30_000);
    expect(done).toMatchObject({ status: 'refunded', result: 'refunded', refund: { refundId: `RF-${returnNo}`, amountFen: 25_900, status: 'paid' } });
    expect(done.inspection).toMatchObject({ resellable: true, qualityProblem: false, photoRefs: ['box.jpg'], by: me.actor });
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
    expect(done.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['requested', 'agree', 'ship', 'receive', 'inspect', 'request_refund', 'refund_paid']));

    // the register (read model) has it with source, problem type, rating, handler and result.
    const listed = await eventually(
      async () => expectData(await api.GET('/returns', { params: { query: { status: 'refunded', customerNo } } })),
      (page) => page.items.some((r) => r.returnNo === returnNo),
    );
    expect(listed.items.find((r) => r.returnNo === returnNo)).toMatchObject({
      type: 'return_and_refund',
      status: 'refunded',
      customerNo,
      source: 'tmall',
      problemType: 'not_as_described',
      customerRating: 'neutral',
      handler: me.actor,
      result: 'refunded',
    });
    const audit = await stack.db.getRepository(AuditEventEntity).find({ where: { resource: `return:${returnNo}` }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['return.register', 'return.approve', 'return.ship', 'return.receive', 'return.inspect']);
    expect(audit.every((a) => a.actor === me.actor && a.requestId)).toBe(true);
  });

  it('R-6: exchange with a quality problem: the shipping fee is waived, the replacement is shipped, delivered and the request closed', async () => {
    const returnNo = await create({ type: 'exchange', reason: 'quality_problem', description: 'Motor stops after ten minutes', customerPaidReturnShipping: false, address });
    await act(returnNo, 'approve').expect(200);
    await act(returnNo, 'ship', { courier: 'SF', waybillNo: waybill() }).expect(200);
    await act(returnNo, 'receive').expect(200);
    await act(returnNo, 'inspect', { resellable: false, qualityProblem: true, notes: 'motor seized' }).expect(200);

    const done = await until(returnNo, (s) => s.status === 'closed');
    expect(done).toMatchObject({ status: 'closed', result: 'replaced', refund: null, exchange: { shippingFee: 'waived_quality_problem', shippingFeeFen: 0 } });
    const replacement = done.parcels.find((p) => p.purpose === 'replacement');
    expect(replacement).toMatchObject({ lastState: 'delivered' });
    expect(events(done)).toEqual(expect.arrayContaining(['shipping_fee_settled', 'ship_replacement', 'deliver', 'close']));
  });

  it.each([
    ['an unknown field', { priority: 'urgent' }, 'property priority should not exist'],
    ['a missing type', { type: undefined }, 'type must be one of'],
    ['an unknown source', { source: 'fax' }, 'source must be one of'],
    ['a malformed customer number', { customerNo: '42' }, 'customerNo must look like'],
    ['no items', { items: [] }, 'items must hold at least one item'],
    ['a zero quantity', { items: [{ sku: 'EB-200', quantity: 0 }] }, 'items.0.quantity must be a whole number'],
    ['an amount in yuan with decimals', { amountFen: 259.5 }, 'amountFen must be a whole number of fen'],
    ['a negative amount', { amountFen: -1 }, 'amountFen must be a whole number of fen'],
    ['an unknown reason', { reason: 'bored' }, 'reason must be one of'],
    ['an empty description', { description: '' }, 'description is required'],
    ['refund only without goodsState', { type: 'refund_only' }, 'goodsState must be one of'],
    ['a no-reason return without goodsReceivedAt (R-9)', { reason: 'no_reason_7_days' }, 'goodsReceivedAt must be an ISO 8601 date-time'],
    ['an unknown goods class', { goodsClass: 'fragile' }, 'goodsClass must be one of'],
    ['an exchange without an address', { type: 'exchange' }, 'address is required for an exchange'],
    ['an address without a phone', { type: 'exchange', address: { ...address, phone: undefined } }, 'address.phone must be'],
    ['an unknown rating', { customerRating: 'great' }, 'customerRating must be one of'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, over, message) => {
    const before = await stack.db.getRepository(CaseRecordEntity).count({ where: { kind: 'return' } });
    const res = await http.post('/returns').set('Authorization', agent.header).send(body(over)).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toContain(message);
    expect(await stack.db.getRepository(CaseRecordEntity).count({ where: { kind: 'return' } })).toBe(before);
  });

  it.each([
    ['R-9: a no-reason return outside the seven days', { reason: 'no_reason_7_days', goodsReceivedAt: daysAgo(10) }, 'goodsReceivedAt', /seven days for a no-reason return ended on \d{4}-\d{2}-\d{2} \(R-9\)/],
    ['R-9: a no-reason return of custom-made goods', { reason: 'no_reason_7_days', goodsReceivedAt: daysAgo(1), goodsClass: 'custom_made' }, 'goodsClass', /custom-made goods are excluded .*\(R-9\)/],
    ['R-9: a no-reason return of goods received in the future', { reason: 'no_reason_7_days', goodsReceivedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'goodsReceivedAt', /future/],
    ['an unknown policy', { policyCode: 'no-such-policy' }, 'policyCode', /policyCode no-such-policy matches no return policy/],
    ['an unknown customer', { customerNo: 'CU-999999' }, 'customerNo', /customerNo CU-999999 matches no customer file/],
    ['a return of goods that have not arrived', { goodsState: 'in_transit' }, 'goodsState', /goodsState must be received/],
  ])('refuses %s with 400 naming the field', async (_case, over, field, message) => {
    const before = await stack.db.getRepository(CaseRecordEntity).count({ where: { kind: 'return' } });
    const res = await http.post('/returns').set('Authorization', agent.header).send(body(over)).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(res.body.message).toMatch(new RegExp(`^${field}`));
    expect(res.body.message).toMatch(message);
    expect(await stack.db.getRepository(CaseRecordEntity).count({ where: { kind: 'return' } })).toBe(before);
  });

  it('refuses a policy that an admin deactivated (R-8)', async () => {
    await http.post('/return-policies').set('Authorization', admin).send({ code: 'retired', terms: FAST_RETURN_TERMS }).expect(201);
    await http.put('/return-policies/retired').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS, active: false }).expect(200);
    const res = await http.post('/returns').set('Authorization', agent.header).send(body({ policyCode: 'retired' })).expect(400);
    expect(res.body).toMatchObject({ field: 'policyCode', message: 'policyCode retired is deactivated' });
  });

  it('R-9: accepts a no-reason return within the seven days', async () => {
    const returnNo = await create({ reason: 'no_reason_7_days', goodsReceivedAt: daysAgo(2) });
    expect((await stateOf(returnNo)).reason).toBe('no_reason_7_days');
  });

  it.each([
    ['ship', { courier: 'YTO', waybillNo: 'no' }, 'waybillNo must be 6 to 32 letters'],
    ['ship', { waybillNo: 'YT12345678' }, 'courier is required'],
    ['ship', { courier: 'YTO', waybillNo: 'YT12345678', method: 'pigeon' }, 'method must be one of: express, surface'],
    ['inspect', { qualityProblem: false, notes: 'ok' }, 'resellable must be true or false'],
    ['inspect', { resellable: true, qualityProblem: false, notes: 'ok', photoRefs: 'box.jpg' }, 'photoRefs must be a list'],
    ['reject', {}, 'reason is required'],
    ['cancel', { reason: '' }, 'reason is required'],
    ['modify', {}, 'amountFen must be a whole number of fen'],
    ['modify', { amountFen: 0 }, 'amountFen must be a whole number of fen'],
    ['pay-shipping', {}, 'paymentRef is required'],
    ['approve', { note: 'ok', by: 'AG-999' }, 'property by should not exist'],
  ])('refuses POST /returns/:returnNo/%s with %j with 400 naming the field', async (action, payload, message) => {
    const res = await act('RT-20261124-0001', action, payload).expect(400);
    expect(res.body.message).toContain(message);
  });

  it.each([
    [{ status: 'lost' }, 'status must be one of'],
    [{ type: 'swap' }, 'type must be one of'],
    [{ source: 'fax' }, 'source must be one of'],
    [{ problemType: 'bored' }, 'problemType must be one of'],
    [{ customerNo: "x' OR 1=1" }, 'customerNo must look like'],
    [{ handler: 'nobody' }, 'handler must be a staff code'],
    [{ from: 'yesterday' }, 'from must be an ISO 8601'],
    [{ from: '2026-11-24T00:00:00Z', to: '2026-11-23T00:00:00Z' }, 'to must be later than from'],
    [{ limit: '1000' }, 'limit must not be greater than 200'],
  ])('refuses list parameters %j with 400', async (query, message) => {
    const res = await http.get('/returns').set('Authorization', agent.header).query(query).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('filters the register by type, source, problem type, customer, handler and period, and pages it', async () => {
    const other = (await givenCustomer(stack.db)).customerNo;
    const refund = await create({ customerNo: other, type: 'refund_only', goodsState: 'in_transit', source: 'jd', reason: 'wrong_item' });
    const exchange = await create({ customerNo: other, type: 'exchange', source: 'phone', reason: 'quality_problem', address });
    await act(exchange, 'approve').expect(200);
    const list = (query: Record<string, string>) => http.get('/returns').set('Authorization', agent.header).query({ customerNo: other, ...query }).expect(200);
    const numbers = (res: { body: { items: Array<{ returnNo: string }> } }) => res.body.items.map((r) => r.returnNo);

    expect(numbers(await list({}))).toEqual([exchange, refund]);
    expect(numbers(await list({ type: 'refund_only' }))).toEqual([refund]);
    expect(numbers(await list({ source: 'phone' }))).toEqual([exchange]);
    expect(numbers(await list({ problemType: 'wrong_item' }))).toEqual([refund]);
    const handled = await eventually(() => list({ handler: agent.code }), (res) => numbers(res).length > 0);
    expect(numbers(handled)).toEqual([exchange]);
    expect((await list({ from: new Date(Date.now() + 60_000).toISOString() })).body).toEqual({ items: [], total: 0 });
    expect(numbers(await list({ from: new Date(Date.now() - 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() }))).toEqual([exchange, refund]);
    const page = await list({ limit: '1', offset: '1' });
    expect(page.body).toMatchObject({ total: 2, items: [expect.objectContaining({ returnNo: refund, type: 'refund_only', source: 'jd', problemType: 'wrong_item' })] });
    await act(refund, 'cancel', { reason: 'test done' });
    await act(exchange, 'cancel', { reason: 'test done' });
  });

  it('answers 404 for an unknown return and 400 for a malformed number', async () => {
    const missing = await http.get('/returns/RT-20200101-9999').set('Authorization', agent.header).expect(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', field: 'returnNo', message: 'return RT-20200101-9999 does not exist' });
    await act('RT-20200101-9999', 'approve').expect(404);
    const malformed = await http.get('/returns/CP-20261124-0001').set('Authorization', agent.header).expect(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'returnNo' });
  });

  it('R-1: refuses with 409 naming the state what the state does not allow (receive before ship, retry without a failed refund)', async () => {
    const returnNo = await create();
    const early = await act(returnNo, 'receive').expect(409);
    expect(early.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(early.body.message).toContain('requested');
    await act(returnNo, 'approve').expect(200);
    expect((await act(returnNo, 'receive').expect(409)).body.message).toContain('agreed');
    // Retrying a refund is finance's (and supervisors'): admin here.
    expect((await http.post(`/returns/${returnNo}/retry-refund`).set('Authorization', admin).send({}).expect(409)).body.message).toContain('agreed');
    // The read model records the approval once the workflow has published it, a moment after the answer.
    const after = await until(returnNo, (s) => s.status === 'agreed');
    expect(after.status).toBe('agreed');
    expect(events(after)).not.toContain('receive');
    await act(returnNo, 'cancel', { reason: 'test done' }).expect(200);
  });

  it('R-3: a no-reason return cannot be rejected while requested (409)', async () => {
    const returnNo = await create({ reason: 'no_reason_7_days', goodsReceivedAt: daysAgo(1) });
    const res = await act(returnNo, 'reject', { reason: 'we do not take returns' }).expect(409);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    expect(res.body.message).toMatch(/cannot be rejected.*R-3/);
    expect((await stateOf(returnNo)).status).toBe('requested');
    await act(returnNo, 'cancel', { reason: 'test done' }).expect(200);
  });

  it('R-2: rejected and modified back to requested; a finished return can no longer change (409)', async () => {
    const returnNo = await create({ amountFen: 99_900 });
    expect((await act(returnNo, 'reject', { reason: 'the order line was CNY 259.00' }).expect(200)).body).toMatchObject({ status: 'rejected', rejection: { round: 1 } });
    expect((await act(returnNo, 'modify', { amountFen: 25_900 }).expect(200)).body).toMatchObject({ status: 'requested', amountFen: 25_900 });
    const cancelled = await act(returnNo, 'cancel', { reason: 'the buyer kept the item' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const late = await act(returnNo, 'approve').expect(409);
    expect(late.body.message).toBe(`return ${returnNo} is cancelled and can no longer change`);
    // A finished return is still readable, once its workflow has published the cancellation.
    expect((await until(returnNo, (s) => s.status === 'cancelled')).status).toBe('cancelled');
  });

  it('returns the same return for a retried POST with the same Idempotency-Key, and 409 for another body', async () => {
    const key = 'return-retry-0001';
    const first = await http.post('/returns').set('Authorization', agent.header).set('Idempotency-Key', key).send(body()).expect(201);
    const again = await http.post('/returns').set('Authorization', agent.header).set('Idempotency-Key', key).send(body()).expect(200);
    expect(again.body).toEqual({ ...first.body, created: false });
    expect(await stack.db.getRepository(CaseRecordEntity).countBy({ caseNo: first.body.returnNo })).toBe(1);
    const reused = await http.post('/returns').set('Authorization', agent.header).set('Idempotency-Key', key).send(body({ amountFen: 100 })).expect(409);
    expect(reused.body).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    const bad = await http.post('/returns').set('Authorization', agent.header).set('Idempotency-Key', 'short').send(body()).expect(400);
    expect(bad.body.field).toBe('Idempotency-Key');
  });

  it('answers the damage register paginated, and refuses bad filters', async () => {
    const res = await http.get('/damage-claims').set('Authorization', agent.header).query({ limit: '5' }).expect(200);
    expect(res.body).toEqual({ items: expect.any(Array), total: expect.any(Number) });
    expect((await http.get('/damage-claims').set('Authorization', agent.header).query({ kind: 'wet' }).expect(400)).body.message).toContain('kind must be one of');
    expect((await http.get('/damage-claims').set('Authorization', agent.header).query({ returnNo: 'x' }).expect(400)).body.message).toContain('returnNo must look like');
  });

  it('L-2, L-3: a return parcel reported damaged files a claim in the register; the refund goes on without waiting for it', async () => {
    const returnNo = await create();
    await act(returnNo, 'approve').expect(200);
    const no = waybill();
    await givenParcel(stack, no, 'damaged');
    await act(returnNo, 'ship', { courier: 'YTO', waybillNo: no }).expect(200);

    const register = await eventually(
      () => http.get('/damage-claims').set('Authorization', agent.header).query({ returnNo }).expect(200),
      (res) => res.body.total > 0,
    );
    expect(register.body.total).toBe(1);
    expect(register.body.items[0]).toMatchObject({
      returnNo,
      waybillNo: no,
      kind: 'damaged',
      courierAgentId: expect.stringMatching(/^CA-\d+$/),
      goodsValueFen: 25_900,
      itemNo: 'EB-200',
      handler: agent.code,
    });
    expect((await http.get('/damage-claims').set('Authorization', agent.header).query({ waybillNo: no, kind: 'damaged' }).expect(200)).body.total).toBe(1);

    const done = await until(returnNo, (s) => s.status === 'refunded');
    expect(done.status).toBe('refunded');
    expect(done.damageClaims).toEqual([expect.objectContaining({ waybillNo: no, kind: 'damaged' })]);
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
  });
});
