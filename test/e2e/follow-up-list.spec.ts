import request from 'supertest';
import { givenCustomerFile } from '../support/customer-files';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { fastStep, fastTerms, givenFollowUpPolicy } from '../workflows/follow-up-fixtures';

const HOUR = 3600;
const DAY = 86_400;

/** The Asia/Shanghai date `days` days from now. */
function shanghaiDate(days: number): string {
  return new Date(Date.now() + 8 * HOUR * 1000 + days * DAY * 1000).toISOString().slice(0, 10);
}

// E2E tier: GET /follow-ups over HTTP against the real API, PostgreSQL, Temporal and worker.
describe('GET /follow-ups: plans with filters, pagination and access (F-1, F-12, A-5)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let manager: string;
  let agentX: { header: string; code: string };
  let agentY: { header: string; code: string };
  let customerA: string;
  let customerB: string;
  const plans: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    manager = (await bearerFor(stack.api!, stack.db, 'manager')).header;
    const x = await bearerFor(stack.api!, stack.db, 'agent');
    const y = await bearerFor(stack.api!, stack.db, 'agent');
    agentX = { header: x.header, code: x.member.code };
    agentY = { header: y.header, code: y.member.code };
    customerA = (await givenCustomerFile(stack.db, {})).customerNo;
    customerB = (await givenCustomerFile(stack.db, {})).customerNo;
    // Delivery calls fall due in two days, repair calls in ten: the due range tells them apart.
    const policyCode = await givenFollowUpPolicy(
      stack,
      fastTerms({ delivery: [fastStep('7dc', 2 * DAY, 3 * DAY)], repair: [fastStep('3dc', 10 * DAY, 2 * DAY)], shipment: [fastStep('received_intact', 2 * DAY, DAY)] }),
    );
    const create = async (key: string, customerNo: string, trigger: string, agent: { header: string; code: string }) => {
      const res = await http.post('/follow-ups').set('Authorization', agent.header).send({ customerNo, trigger, agent: agent.code, policyCode }).expect(201);
      plans[key] = res.body.planId;
      await eventually(() => http.get(`/follow-ups/${res.body.planId}`).set('Authorization', supervisor), (r) => r.body.calls?.length === 1);
    };
    await create('aDeliveryX', customerA, 'delivery', agentX);
    await create('aRepairY', customerA, 'repair', agentY);
    await create('bShipmentX', customerB, 'shipment', agentX);
    await http.post(`/follow-ups/${plans.bShipmentX}/cancel`).set('Authorization', supervisor).send({ reason: 'customer moved abroad' }).expect(200);
    await eventually(() => http.get('/follow-ups').set('Authorization', supervisor).query({ customer: customerB }), (r) => r.body.items?.[0]?.status === 'cancelled');
  });
  afterAll(() => stack?.stop());

  const list = (auth: string, query: Record<string, string | number>) => http.get('/follow-ups').set('Authorization', auth).query(query);
  const ids = (res: request.Response) => (res.body.items as Array<{ planId: string }>).map((p) => p.planId);

  it('filters by customer, newest first, with call counts and the next call', async () => {
    const res = await list(supervisor, { customer: customerA }).expect(200);
    expect(res.body.total).toBe(2);
    expect(ids(res)).toEqual([plans.aRepairY, plans.aDeliveryX]);
    expect(res.body.items[1]).toMatchObject({ customerNo: customerA, trigger: 'delivery', tier: 1, status: 'active', agent: agentX.code, calls: { total: 1, open: 1, done: 0, missed: 0 } });
    const nextCallAt = Date.parse(res.body.items[1].nextCallAt);
    expect(nextCallAt).toBeGreaterThan(Date.now() + DAY * 1000);
  });

  it('filters by trigger (the plan trigger), status and agent (A-5)', async () => {
    expect(ids(await list(supervisor, { customer: customerA, trigger: 'repair' }).expect(200))).toEqual([plans.aRepairY]);
    expect(ids(await list(supervisor, { customer: customerB, status: 'cancelled' }).expect(200))).toEqual([plans.bShipmentX]);
    expect(ids(await list(supervisor, { customer: customerB, status: 'active' }).expect(200))).toEqual([]);
    expect(ids(await list(manager, { agent: agentY.code }).expect(200))).toEqual([plans.aRepairY]);
  });

  it('filters by the range of days a call falls due (Asia/Shanghai)', async () => {
    const soon = await list(supervisor, { customer: customerA, dueFrom: shanghaiDate(1), dueTo: shanghaiDate(3) }).expect(200);
    expect(ids(soon)).toEqual([plans.aDeliveryX]);
    const later = await list(supervisor, { customer: customerA, dueFrom: shanghaiDate(9) }).expect(200);
    expect(ids(later)).toEqual([plans.aRepairY]);
    const before = await list(supervisor, { customer: customerA, dueTo: shanghaiDate(0) }).expect(200);
    expect(ids(before)).toEqual([]);
  });

  it('pages with limit and offset like GET /complaints', async () => {
    const first = await list(supervisor, { customer: customerA, limit: 1, offset: 0 }).expect(200);
    const second = await list(supervisor, { customer: customerA, limit: 1, offset: 1 }).expect(200);
    const beyond = await list(supervisor, { customer: customerA, limit: 1, offset: 2 }).expect(200);
    expect([first.body.total, second.body.total]).toEqual([2, 2]);
    expect([...ids(first), ...ids(second)]).toEqual([plans.aRepairY, plans.aDeliveryX]);
    expect(ids(beyond)).toEqual([]);
  });

  it('A-5: an agent sees their own plans; asking for another agent is 403; supervisors and managers see all', async () => {
    const own = await list(agentX.header, { customer: customerA }).expect(200);
    expect(ids(own)).toEqual([plans.aDeliveryX]);
    const allOwn = await list(agentX.header, {}).expect(200);
    expect(allOwn.body.items.every((p: { agent: string }) => p.agent === agentX.code)).toBe(true);
    expect(ids(allOwn)).toEqual(expect.arrayContaining([plans.aDeliveryX, plans.bShipmentX]));
    const forbidden = await list(agentX.header, { agent: agentY.code }).expect(403);
    expect(forbidden.body.field).toBe('agent');
    expect(ids(await list(manager, { customer: customerA }).expect(200))).toHaveLength(2);
  });

  it.each([
    [{ dueFrom: '2026-02-31' }, 'dueFrom'],
    [{ dueTo: 'next-week' }, 'dueTo'],
    [{ dueFrom: '2026-12-10', dueTo: '2026-12-01' }, 'dueTo'],
    [{ status: 'open' }, 'status'],
    [{ trigger: 'DROP TABLE' }, 'trigger'],
    [{ customer: '42' }, 'customer'],
    [{ limit: 0 }, 'limit'],
  ])('refuses %j with 400 naming %s', async (query, field) => {
    const res = await list(supervisor, query as Record<string, string | number>).expect(400);
    expect(`${res.body.field ?? ''} ${res.body.message}`).toContain(field);
  });
});
