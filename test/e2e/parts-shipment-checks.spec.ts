import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { ApiClient } from '@libs/api-client';
import { RULE_ID_PATTERN } from '@libs/domain/messages/message-templates';
import { clientFor, expectData, expectError } from '../support/api-client';
import { givenCustomer } from '../support/builders';
import { startTestStack, TestStack } from '../support/test-stack';

// L-4: before parts ship, stock is checked (sales), the address and contact are confirmed and, for
// chargeable parts, finance confirms the payment; a refusal names the failed check and writes nothing.
// E2E tier: the API, PostgreSQL and the department simulator, over HTTP.
describe('L-4 checks before a parts shipment (e2e)', () => {
  let stack: TestStack;
  let sim: ReturnType<typeof request>;
  let warehouse: ApiClient;
  let supervisor: ApiClient;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false, departments: true });
    sim = request(stack.departments!.getHttpServer());
    warehouse = (await clientFor(stack.api!, stack.db, 'warehouse', { code: 'WH-002' })).client;
    supervisor = (await clientFor(stack.api!, stack.db, 'supervisor')).client;
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  const to = { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' };
  const fresh = () => {
    const id = randomUUID().slice(0, 8).toUpperCase();
    return { waybillNo: `YT${id}`, partNo: `CTRL-${id}`, orderRef: `SO-${id}` };
  };
  type Over = Record<string, unknown>;
  const ship = (f: ReturnType<typeof fresh>, over: Over = {}) =>
    warehouse.POST('/parts-shipments', {
      body: { waybillNo: f.waybillNo, parts: [{ partNo: f.partNo, quantity: 2 }], courier: '圆通速递', to, billing: 'warranty' as const, customerNo, ...over },
    });
  const sms = async (waybillNo: string) => {
    const items = expectData(await supervisor.GET('/outbox', { params: { query: { limit: 100 } } })).items as Array<{ channel: string; recipient: string; subject: string; body: string }>;
    return items.filter((m) => m.channel === 'sms' && m.body.includes(waybillNo));
  };
  /** Nothing of a refused shipment is written: no row, no audit entry, no message to the customer. */
  async function expectNothingWritten(waybillNo: string): Promise<void> {
    expect(await stack.db.query(`SELECT id FROM parts_shipments WHERE waybill_no = $1`, [waybillNo])).toEqual([]);
    expect(await stack.db.query(`SELECT id FROM audit_events WHERE action = 'parts-shipment.record' AND details->>'waybillNo' = $1`, [waybillNo])).toEqual([]);
    expect(await sms(waybillNo)).toEqual([]);
  }

  it.each<[string, (f: ReturnType<typeof fresh>) => Promise<Over>, string, RegExp]>([
    [
      'out of stock',
      async (f) => {
        await sim.put(`/control/stock/${f.partNo}`).send({ onHand: 1 }).expect(200);
        return {};
      },
      'parts',
      /^不能发货（L-4）：库存不足（out of stock: CTRL-\w+ \(2 needed, 1 on hand\)）$/,
    ],
    ['a contact phone that is neither a mobile nor a landline', async () => ({ to: { ...to, phone: '123456' } }), 'to', /^不能发货（L-4）：收货地址或联系人有误（address: the contact phone is neither a mobile number nor a landline/],
    ['a recipient without a name', async () => ({ to: { ...to, name: '  ' } }), 'to', /收货地址或联系人有误（address: the recipient has no name）/],
    [
      'chargeable parts finance has not been paid for',
      async (f) => {
        await sim.put(`/control/orders/${f.orderRef}/payment`).send({ paid: false }).expect(200);
        return { billing: 'chargeable', orderRef: f.orderRef, amountFen: 12_000 };
      },
      'orderRef',
      /^不能发货（L-4）：财务未确认收款（payment: finance has not received the payment for the order）$/,
    ],
  ])('L-4: refuses parts with %s: 409 naming the check, nothing written', async (_case, given, field, message) => {
    const f = fresh();
    const over = await given(f);
    const refusal = expectError(await ship(f, over), 409);
    expect(refusal).toMatchObject({ code: 'CONFLICT', field });
    expect(refusal.message).toMatch(message);
    // Reasons name no personal data.
    expect(refusal.message).not.toContain('123456');
    await expectNothingWritten(f.waybillNo);
  });

  it('L-4: a delivery address is required (400 naming it), nothing written', async () => {
    const f = fresh();
    expect(expectError(await ship(f, { to: undefined }), 400)).toMatchObject({ field: 'to' });
    // Chargeable parts name the order finance is asked about, and what they cost.
    const unpaid = expectError(await ship(f, { billing: 'chargeable' }), 400);
    expect(unpaid).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['orderRef', 'amountFen'] });
    expect(unpaid.message).toContain('orderRef is required for chargeable parts');
    await expectNothingWritten(f.waybillNo);
  });

  it('L-4: warranty parts ship without asking finance; the customer gets the courier and the waybill by SMS, from the template', async () => {
    const f = fresh();
    // Finance would refuse this order: warranty parts are free (C-10), so it is not asked.
    await sim.put(`/control/orders/${f.orderRef}/payment`).send({ paid: false }).expect(200);
    const shipment = expectData(await ship(f, { orderRef: f.orderRef }), 201);
    expect(shipment).toMatchObject({ waybillNo: f.waybillNo, courier: '圆通速递', billing: 'warranty', customerNo, result: 'correct', shippedBy: 'WH-002' });
    const [message, ...more] = await sms(f.waybillNo);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ recipient: customerNo, subject: '配件已发出' });
    expect(message.body).toContain('圆通速递');
    expect(message.body).toContain(f.waybillNo);
    expect(`${message.subject} ${message.body}`).not.toMatch(RULE_ID_PATTERN);
    // The address is checked, never stored.
    const [row] = await stack.db.query(`SELECT row_to_json(p)::text AS json FROM parts_shipments p WHERE waybill_no = $1`, [f.waybillNo]);
    expect(row.json).not.toContain(to.line);
    expect(row.json).not.toContain(to.phone);
    // Recorded again: the same shipment, not checked or told again.
    expect(expectData(await ship(f), 200).id).toBe(shipment.id);
    expect(await sms(f.waybillNo)).toHaveLength(1);
  });

  it('L-4: chargeable parts ship once finance has the payment; a refused shipment goes through once stock is back', async () => {
    const f = fresh();
    const paid = expectData(await ship(f, { billing: 'chargeable', orderRef: f.orderRef, amountFen: 12_000 }), 201);
    expect(paid).toMatchObject({ billing: 'chargeable', orderRef: f.orderRef });

    const g = fresh();
    await sim.put(`/control/stock/${g.partNo}`).send({ onHand: 0 }).expect(200);
    expectError(await ship(g), 409);
    await sim.put(`/control/stock/${g.partNo}`).send({ onHand: 5 }).expect(200);
    expect(expectData(await ship(g), 201).waybillNo).toBe(g.waybillNo);
  });
});
