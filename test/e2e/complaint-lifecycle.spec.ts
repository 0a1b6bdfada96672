import request from 'supertest';
import { AuditEventEntity } from '@libs/database';
import { givenCustomer } from '../support/builders';
import { clientOf, expectData } from '../support/api-client';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// The whole complaint path over HTTP: register, contact, wait, resolve, satisfaction, closed.
describe('complaint lifecycle over HTTP (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: string;
  let agentCode: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = a.header;
    agentCode = a.member.code;
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  const post = (path: string, body: object = {}) => http.post(path).set('Authorization', agent).send(body);

  async function registered(): Promise<string> {
    const res = await post('/complaints', { customerNo, channel: 'chat', category: 'quality', severity: 'high', description: 'Frame cracked after a month' }).expect(201);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const state = await http.get(`/complaints/${res.body.caseNo}`).set('Authorization', agent);
      // Assigned, and the SLA clock has computed its first deadlines.
      if (state.status === 200 && state.body.sla?.deadlines.length) return res.body.caseNo;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('complaint was not assigned to the agent');
  }

  it('runs the happy path to closed, with the SLA clock visible and every step audited', async () => {
    // Through the typed client generated from the API document.
    const api = await clientOf(stack.api!, agent.slice('Bearer '.length));
    const caseNo = await registered();
    const at = { params: { path: { caseNo } } };
    const fresh = expectData(await api.GET('/complaints/{caseNo}', at));
    expect(fresh).toMatchObject({ status: 'assigned', assignedAgent: agentCode });
    expect(fresh.sla).toMatchObject({ policy: 'quality v1', paused: false }); // C-5: quality complaints
    const firstContact = fresh.sla?.deadlines.find((d) => d.target === 'first_contact');
    expect(firstContact?.remainingBusinessMs).toBeGreaterThan(23 * 3600_000);

    expect(expectData(await api.POST('/complaints/{caseNo}/contact', { ...at, body: { summary: 'Called; photos of the crack requested' } })).status).toBe('contacted');
    expectData(await api.POST('/complaints/{caseNo}/note', { ...at, body: { text: 'Customer prefers calls after 18:00' } }));
    const waiting = expectData(await api.POST('/complaints/{caseNo}/wait-for-customer', { ...at, body: { reason: 'waiting for photos' } }));
    expect(waiting.timeline).toContainEqual(expect.objectContaining({ event: 'wait_for_customer', by: agentCode, note: 'waiting for photos' }));
    expectData(await api.POST('/complaints/{caseNo}/resume', at));
    const resolved = expectData(await api.POST('/complaints/{caseNo}/resolve', { ...at, body: { remedy: 'repair', summary: 'Frame welded and repainted at the service point' } }));
    expect(resolved).toMatchObject({ status: 'resolved', remedy: 'repair' });
    const closed = expectData(await api.POST('/complaints/{caseNo}/satisfaction', { ...at, body: { reached: true, score: 4, comment: 'quick replacement' } }));
    expect(closed.status).toBe('closed');

    const audit = await stack.db.getRepository(AuditEventEntity).find({ where: { resource: `complaint:${caseNo}` }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual([
      'complaint.register',
      'complaint.contact',
      'complaint.note',
      'complaint.wait-for-customer',
      'complaint.resume',
      'complaint.resolve',
      'complaint.satisfaction',
    ]);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set([agentCode]));
  });

  it('C-10: a refund remedy runs as a return request; the satisfaction call waits for the refund', async () => {
    const caseNo = await registered();
    await post(`/complaints/${caseNo}/contact`, { summary: 'Called; refund agreed' }).expect(200);
    const missing = await post(`/complaints/${caseNo}/resolve`, { remedy: 'refund', summary: 'Refund of the frame' }).expect(400);
    expect(missing.body.message).toMatch(/returnRequest/);
    const badAmount = await post(`/complaints/${caseNo}/resolve`, {
      remedy: 'refund',
      summary: 'Refund of the frame',
      returnRequest: { orderRef: 'SO-20261120-0042', items: [{ sku: 'FR-26', quantity: 1 }], amountFen: 12.5 },
    }).expect(400);
    expect(badAmount.body.message).toMatch(/returnRequest.amountFen/);

    await post(`/complaints/${caseNo}/resolve`, {
      remedy: 'refund',
      summary: 'Refund of the frame',
      returnRequest: { type: 'refund_only', orderRef: 'SO-20261120-0042', items: [{ sku: 'FR-26', quantity: 1 }], amountFen: 129_900 },
    }).expect(200);
    const deadline = Date.now() + 20_000;
    let state = (await http.get(`/complaints/${caseNo}`).set('Authorization', agent).expect(200)).body;
    while (state.remedyReturn?.status !== 'refunded' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      state = (await http.get(`/complaints/${caseNo}`).set('Authorization', agent).expect(200)).body;
    }
    expect(state.remedyReturn).toMatchObject({ type: 'refund_only', status: 'refunded', result: 'refunded' });
    const refund = await http.get(`/returns/${state.remedyReturn.returnNo}`).set('Authorization', agent).expect(200);
    expect(refund.body).toMatchObject({ source: 'complaint', complaintCaseNo: caseNo, amountFen: 129_900, status: 'refunded' });
    expect((await post(`/complaints/${caseNo}/satisfaction`, { reached: true, score: 5 }).expect(200)).body.status).toBe('closed');
  });

  it('refuses an action the state does not allow with 409 naming the state', async () => {
    const caseNo = await registered();
    const res = await post(`/complaints/${caseNo}/resolve`, { remedy: 'repair', summary: 'too early' }).expect(409);
    expect(res.body).toMatchObject({ code: 'INVALID_TRANSITION', message: 'cannot resolve a complaint that is assigned' });
    await post(`/complaints/${caseNo}/satisfaction`, { reached: true, score: 5 }).expect(409);
    await post(`/complaints/${caseNo}/resume`).expect(409);
  });

  it.each([
    ['contact', {}, 'summary is required'],
    ['resolve', { remedy: 'magic', summary: 'x' }, 'remedy must be one of'],
    ['satisfaction', { reached: true }, 'score must be a whole number from 1 to 5'],
    ['satisfaction', { reached: 'yes', score: 3 }, 'reached must be true or false'],
    ['note', { text: 'x', extra: 1 }, 'property extra should not exist'],
    ['wait-for-customer', { reason: '' }, 'reason is required'],
  ])('refuses a bad %s body with 400 naming the field (%j)', async (action, body, message) => {
    const caseNo = await registered();
    const res = await post(`/complaints/${caseNo}/${action}`, body).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('answers 404 for an action on an unknown complaint', async () => {
    const res = await post('/complaints/CP-19990101-0042/contact', { summary: 'hello' }).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
