import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RULE_ID_PATTERN } from '@libs/domain/messages/message-templates';
import type { ReturnState } from '@workflows/returns/return.contract';
import { COURIER_NAME } from '../../apps/department-sim/src/departments/courier-desk';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { eventsOf, FAST_RETURN_TERMS, givenCourier, givenParcel, waybill } from '../support/returns';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

interface OutboxItem {
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  caseNo: string | null;
}

const CHINESE = /[\u4e00-\u9fff]/;

// E2E tier: the API, PostgreSQL, Temporal, the worker and the department simulator, all over HTTP.
describe('shipment messages and the checks before shipping (L-1, L-4, e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let sim: ReturnType<typeof request>;
  let agent: string;
  let supervisor: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    sim = request(stack.departments!.getHttpServer());
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
    await givenCourier(stack, 200);
  });
  afterAll(() => stack?.stop());

  const address = { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' };

  /** An inspected exchange with a quality problem: the replacement is due at once. */
  async function exchangeReadyToShip(over: Record<string, unknown> = {}): Promise<{ returnNo: string; orderRef: string; sku: string }> {
    const sku = `EB-${randomUUID().slice(0, 6).toUpperCase()}`;
    const orderRef = `SO-${randomUUID().slice(0, 8)}`;
    const body = { type: 'exchange', source: 'tmall', customerNo, orderRef, items: [{ sku, quantity: 1 }], amountFen: 25_900, reason: 'quality_problem', description: 'Motor stops after ten minutes', customerPaidReturnShipping: false, address, ...over };
    const { returnNo } = (await http.post('/returns').set('Authorization', agent).send(body).expect(201)).body as { returnNo: string };
    return { returnNo, orderRef, sku };
  }
  async function inspect(returnNo: string): Promise<void> {
    const act = (action: string, payload: Record<string, unknown> = {}) => http.post(`/returns/${returnNo}/${action}`).set('Authorization', agent).send(payload).expect(200);
    await act('approve');
    await act('ship', { courier: 'SF', waybillNo: waybill() });
    await act('receive');
    await act('inspect', { resellable: false, qualityProblem: true, notes: 'motor seized' });
  }
  const stateOf = async (returnNo: string): Promise<ReturnState> => (await http.get(`/returns/${returnNo}`).set('Authorization', agent).expect(200)).body;
  const until = (returnNo: string, ok: (s: ReturnState) => boolean) => eventually(() => stateOf(returnNo), ok, 60_000);
  const outbox = async (caseNo: string): Promise<OutboxItem[]> => (await http.get('/outbox').set('Authorization', supervisor).query({ caseNo, limit: 100 }).expect(200)).body.items;
  const refusalOf = (s: ReturnState) => eventsOf(s, 'shipment_refused').at(-1)?.note ?? '';

  it('L-4: the shipment SMS names the courier company and the waybill number, in Chinese without a rule id', async () => {
    const { returnNo } = await exchangeReadyToShip();
    await inspect(returnNo);
    const done = await until(returnNo, (s) => s.status === 'closed');
    const replacement = done.parcels.find((p) => p.purpose === 'replacement')!;
    // The parcel records the courier company the courier named, not a placeholder.
    expect(replacement.courier).toBe(COURIER_NAME);
    expect(eventsOf(done, 'shipment_refused')).toEqual([]);

    const sms = (await outbox(returnNo)).filter((m) => m.channel === 'sms' && m.recipient === customerNo);
    const shipped = sms.find((m) => m.body.includes(replacement.waybillNo) && m.body.includes(COURIER_NAME));
    expect(shipped).toBeDefined();
    expect(shipped!.subject).toBe('换货已发出');
    for (const m of sms) {
      expect(`${m.subject} ${m.body}`).not.toMatch(RULE_ID_PATTERN);
      expect(m.body).toMatch(CHINESE);
    }
  });

  it('L-1: every tracking query is noted with the courier agent id and date, and the customer is told the result', async () => {
    const { returnNo } = await exchangeReadyToShip();
    await inspect(returnNo);
    const done = await until(returnNo, (s) => s.status === 'closed');
    const replacement = done.parcels.find((p) => p.purpose === 'replacement')!;
    const agentId = replacement.events.at(-1)!.courierAgentId;
    expect(agentId).toMatch(/^CA-\d+$/);
    // The last query's result on the parcel: when, what and which courier agent.
    expect(replacement.lastQuery).toEqual({ at: expect.any(String), result: 'delivered', courierAgentId: agentId });
    expect(Date.parse(replacement.lastQuery!.at)).not.toBeNaN();
    // Each result on the timeline by the courier's agent, with its date.
    const tracked = eventsOf(done, 'tracking').filter((t) => t.note?.includes(replacement.waybillNo));
    expect(tracked.map((t) => t.note!.split(': ')[1].split(' at ')[0])).toEqual(replacement.events.map((e) => e.state));
    for (const t of tracked) {
      expect(t.by).toBe(`courier ${agentId}`);
      expect(t.note).toMatch(/ at \d{4}-\d{2}-\d{2}T/);
    }
    // The customer is told each new result, in Chinese, with the date.
    const told = await eventually(async () => (await outbox(returnNo)).filter((m) => m.channel === 'sms' && m.subject === '物流进度'), (m) => m.some((x) => x.body.includes('已签收')), 30_000);
    expect(told.every((m) => m.body.includes(replacement.waybillNo) && /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(m.body))).toBe(true);
  });

  it('L-1: a tracking query that finds nothing new still reads back at once from the read model, with the courier agent and date', async () => {
    const { returnNo } = await exchangeReadyToShip();
    await http.post(`/returns/${returnNo}/approve`).set('Authorization', agent).send({}).expect(200);
    // The courier knows the parcel from now and takes a minute per step: each round finds the same event.
    const waybillNo = waybill();
    await givenCourier(stack, 60_000);
    try {
      await givenParcel(stack, waybillNo, 'delivered');
      await http.post(`/returns/${returnNo}/ship`).set('Authorization', agent).send({ courier: 'SF', waybillNo }).expect(200);
      const returned = (s: ReturnState) => s.parcels.find((p) => p.purpose === 'return' && p.waybillNo === waybillNo);
      const first = await until(returnNo, (s) => !!returned(s)?.lastQuery);
      const tracked = eventsOf(first, 'tracking');
      expect(tracked).toHaveLength(1);
      const agentId = returned(first)!.events[0].courierAgentId;
      // A later round, with no new event and so no other change of the case, is in the read model at once.
      const later = await until(returnNo, (s) => Date.parse(returned(s)!.lastQuery!.at) > Date.parse(tracked[0].at));
      expect(returned(later)!.lastQuery).toEqual({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), result: 'created', courierAgentId: agentId });
      expect(agentId).toMatch(/^CA-\d+$/);
      // Noted on the parcel, not as another timeline entry per round.
      expect(eventsOf(later, 'tracking')).toHaveLength(1);
      expect(later.status).toBe('buyer_shipped');
    } finally {
      await givenCourier(stack, 200);
    }
  });

  it('L-4: out of stock: refuses to ship with the reason on the timeline, tells after-sales, and ships once restocked', async () => {
    const { returnNo, sku } = await exchangeReadyToShip();
    await sim.put(`/control/stock/${sku}`).send({ onHand: 0 }).expect(200);
    await inspect(returnNo);
    const refused = await until(returnNo, (s) => eventsOf(s, 'shipment_refused').length > 0);
    expect(refusalOf(refused)).toContain(`out of stock: ${sku} (1 needed, 0 on hand)`);
    expect(refused.parcels.filter((p) => p.purpose === 'replacement')).toEqual([]);
    const staff = await eventually(async () => (await outbox(returnNo)).filter((m) => m.channel === 'staff-inbox' && m.recipient === 'after-sales'), (m) => m.length > 0, 30_000);
    expect(staff[0].body).toContain(`out of stock: ${sku}`);

    // The same refusal is recorded once, however often it is checked again.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(eventsOf(await stateOf(returnNo), 'shipment_refused')).toHaveLength(1);

    await sim.put(`/control/stock/${sku}`).send({ onHand: 3 }).expect(200);
    const shipped = await until(returnNo, (s) => s.parcels.some((p) => p.purpose === 'replacement'));
    expect(shipped.parcels.find((p) => p.purpose === 'replacement')!.courier).toBe(COURIER_NAME);
  });

  it('L-4: refuses to ship to a contact phone that is neither a mobile nor a landline, naming the problem but not the number', async () => {
    const { returnNo } = await exchangeReadyToShip({ address: { ...address, phone: '123456' } });
    await inspect(returnNo);
    const refused = await until(returnNo, (s) => eventsOf(s, 'shipment_refused').length > 0);
    expect(refusalOf(refused)).toContain('address: the contact phone is neither a mobile number nor a landline with its area code');
    expect(refusalOf(refused)).not.toContain('123456');
    expect(refused.status).toBe('inspected');
  });

  it('L-4: refuses to ship while finance has not received the payment for the order', async () => {
    const { returnNo, orderRef } = await exchangeReadyToShip();
    await sim.put(`/control/orders/${orderRef}/payment`).send({ paid: false }).expect(200);
    await inspect(returnNo);
    const refused = await until(returnNo, (s) => eventsOf(s, 'shipment_refused').length > 0);
    expect(refusalOf(refused)).toContain('payment: finance has not received the payment for the order');
    await sim.put(`/control/orders/${orderRef}/payment`).send({ paid: true }).expect(200);
    await until(returnNo, (s) => s.parcels.some((p) => p.purpose === 'replacement'));
  });
});
