import request from 'supertest';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// A-5 over HTTP: partners and group-buy customers stay with whoever brought them in; an agent's
// capacity (open complaints in the read model) is a limit; when every agent is full the complaint
// waits in the supervisor's queue and the supervisor up the line is told by name.
describe('complaint assignment: who brought them in, capacity, supervisor queue (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: { header: string; code: string };

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const s = await bearerFor(stack.api!, stack.db, 'supervisor');
    supervisor = { header: s.header, code: s.member.code };
  });
  afterAll(() => stack?.stop());

  /** Fresh agents, the only active ones, each with the capacity given. */
  async function agents(...capacities: number[]): Promise<string[]> {
    await stack.db.query(`UPDATE staff_members SET status = 'absent' WHERE role = 'agent'`);
    const codes: string[] = [];
    for (const capacity of capacities) codes.push((await bearerFor(stack.api!, stack.db, 'agent', { capacity })).member.code);
    return codes;
  }

  const register = async (customerNo: string, category = 'service') =>
    (await http.post('/complaints').set('Authorization', supervisor.header).send({ customerNo, channel: 'phone', category, severity: 'normal', description: 'no answer from the shop' }).expect(201)).body.caseNo as string;
  const settled = (caseNo: string) =>
    eventually(
      async () => (await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor.header).expect(200)).body,
      (c) => c.status !== 'registered' || c.timeline.some((e: { event: string }) => e.event === 'queued_for_supervisor'),
      30_000,
    );
  const ownerOf = async (caseNo: string) => (await settled(caseNo)).assignedAgent as string | null;
  /** Waits until the read model counts `n` open complaints for the agent (capacity counts from there). */
  const untilOpen = (code: string, n: number) =>
    eventually(async () => (await http.get(`/staff/${code}`).set('Authorization', supervisor.header).expect(200)).body.openCases as number, (v) => v === n, 20_000);

  it('A-5: partners and group-buy customers stay with the staff member who brought them in; others are balanced', async () => {
    const [keeper, other] = await agents(10, 10);
    const regular = (await givenCustomer(stack.db)).customerNo;
    // The keeper is the busier of the two...
    await stack.db.query(`UPDATE staff_members SET status = 'absent' WHERE code = $1`, [other]);
    for (let i = 0; i < 2; i += 1) expect(await ownerOf(await register(regular))).toBe(keeper);
    await stack.db.query(`UPDATE staff_members SET status = 'active' WHERE code = $1`, [other]);
    await untilOpen(keeper, 2);

    // ...and still gets the partner's and the group-buy customer's complaints.
    const dealer = (await givenCustomer(stack.db, { tier: 'dealer', broughtInBy: keeper })).customerNo;
    const groupBuy = (await givenCustomer(stack.db, { tier: 'group_buy', broughtInBy: keeper })).customerNo;
    const dealerCase = await register(dealer);
    expect(await ownerOf(dealerCase)).toBe(keeper);
    expect((await settled(dealerCase)).timeline.find((e: { event: string }) => e.event === 'assign').note).toContain('A-5: stays with the staff member who brought the customer in');
    expect(await ownerOf(await register(groupBuy))).toBe(keeper);
    // A regular customer brought in by the keeper is balanced like any other.
    const regularBroughtIn = (await givenCustomer(stack.db, { tier: 'regular', broughtInBy: keeper })).customerNo;
    expect(await ownerOf(await register(regularBroughtIn))).toBe(other);
  }, 90_000);

  it('A-5: an agent at capacity gets no more; the next best agent gets the case, even for their own partner', async () => {
    const [full, next] = await agents(2, 30);
    await stack.db.query(`UPDATE staff_members SET status = 'absent' WHERE code = $1`, [next]);
    const regular = (await givenCustomer(stack.db)).customerNo;
    for (let i = 0; i < 2; i += 1) expect(await ownerOf(await register(regular))).toBe(full);
    await stack.db.query(`UPDATE staff_members SET status = 'active' WHERE code = $1`, [next]);
    await untilOpen(full, 2);

    // `full` carries 2 of 2: capacity wins over who brought the partner in.
    const dealer = (await givenCustomer(stack.db, { tier: 'dealer', broughtInBy: full })).customerNo;
    expect(await ownerOf(await register(dealer))).toBe(next);
    expect(await ownerOf(await register(regular))).toBe(next);
    expect(await untilOpen(full, 2)).toBe(2);
  }, 90_000);

  it('A-5: when every agent is full the case waits in the supervisor queue and the supervisor is told by name', async () => {
    const [only] = await agents(1);
    await http.patch(`/staff/${only}`).set('Authorization', supervisor.header).send({ reportsTo: supervisor.code }).expect(200);
    const customer = await givenCustomer(stack.db, { assignedAgentCode: only });
    expect(await ownerOf(await register(customer.customerNo))).toBe(only);
    await untilOpen(only, 1);

    const waiting = await register(customer.customerNo);
    const state = await settled(waiting);
    expect(state).toMatchObject({ status: 'registered', assignedAgent: null });
    expect(state.timeline.find((e: { event: string }) => e.event === 'queued_for_supervisor').note).toContain('every agent is at capacity');
    const told: Array<{ recipient: string; channel: string }> = await eventually(
      () => stack.db.query(`SELECT recipient, channel FROM notification_outbox WHERE case_no = $1`, [waiting]),
      (rows: unknown[]) => rows.length > 0,
    );
    expect(told).toEqual([{ recipient: supervisor.code, channel: 'staff-inbox' }]);
    expect(await untilOpen(only, 1)).toBe(1);

    // A supervisor places it by hand (the queue is theirs).
    const helper = (await bearerFor(stack.api!, stack.db, 'agent')).member.code;
    await http.post(`/complaints/${waiting}/reassign`).set('Authorization', supervisor.header).send({ agent: helper }).expect(200);
    expect((await settled(waiting)).assignedAgent).toBe(helper);
  }, 90_000);

  it('A-5: capacity holds when complaints open all at once: the rest wait in the supervisor queue', async () => {
    const [only] = await agents(3);
    await http.patch(`/staff/${only}`).set('Authorization', supervisor.header).send({ reportsTo: supervisor.code }).expect(200);
    const customers = await Promise.all(Array.from({ length: 8 }, () => givenCustomer(stack.db)));
    // Eight complaints at once: their workflows choose owners side by side, before any has recorded one.
    const cases = await Promise.all(customers.map((c) => register(c.customerNo)));
    const owners = await Promise.all(cases.map(ownerOf));
    expect(owners.filter((o) => o === only)).toHaveLength(3);
    expect(owners.filter((o) => o === null)).toHaveLength(5);
    expect(await untilOpen(only, 3)).toBe(3);
    // The rows agree with the workflows once each has recorded its owner.
    const rows: Array<{ assigned_agent_code: string | null }> = await stack.db.query(`SELECT assigned_agent_code FROM case_records WHERE case_no = ANY($1)`, [cases]);
    expect(rows.filter((r) => r.assigned_agent_code === only)).toHaveLength(3);
  }, 90_000);

  it('rejects a reporting line to nobody, to oneself or round in a circle (400 naming reportsTo)', async () => {
    const [a] = await agents(5);
    for (const reportsTo of ['SUP-999', a]) {
      const res = await http.patch(`/staff/${a}`).set('Authorization', supervisor.header).send({ reportsTo }).expect(400);
      expect(res.body.field).toBe('reportsTo');
    }
    await http.patch(`/staff/${a}`).set('Authorization', supervisor.header).send({ reportsTo: supervisor.code }).expect(200);
    const circle = await http.patch(`/staff/${supervisor.code}`).set('Authorization', supervisor.header).send({ reportsTo: a }).expect(400);
    expect(circle.body.message).toContain('circle');
    expect((await http.get(`/staff/${a}`).set('Authorization', supervisor.header).expect(200)).body.reportsTo).toBe(supervisor.code);
  }, 30_000);
});
