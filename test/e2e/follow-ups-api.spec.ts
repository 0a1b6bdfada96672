import request from 'supertest';
import { givenCustomerFile } from '../support/customer-files';
import { eventually } from '../support/eventually';
import type { Schemas } from '@libs/api-client';
import { clientOf, expectData, expectError } from '../support/api-client';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { fastStep, fastTerms, GREETED } from '../workflows/follow-up-fixtures';

// E2E tier: HTTP against the real API, PostgreSQL, Temporal and worker.
describe('follow-ups API (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let supervisor: string;
  let agent: { header: string; code: string };
  let other: string;
  let customerNo: string;
  const FAST = 'e2e-fast';

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    other = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    customerNo = (await givenCustomerFile(stack.db, { name: '钱多多', phone: '13900001111' }, [{ model: 'EB-200', serialNo: 'SN-1', purchaseDate: '2026-11-20' }])).customerNo;
    const terms = fastTerms({ delivery: [fastStep('7dc', 3, 60, { questions: [{ id: 'use_explained', text: 'Use explained?', type: 'yes_no', required: true }] })], shipment: [fastStep('received_intact', 1, 2)] });
    await http.post('/follow-up-policies').set('Authorization', admin).send({ code: FAST, terms }).expect(201);
  });
  afterAll(() => stack?.stop());

  const plan = (over: Record<string, unknown> = {}) => ({ customerNo, trigger: 'delivery', policyCode: FAST, agent: agent.code, ...over });
  const worklist = (auth = agent.header, query: Record<string, string> = {}) => http.get('/worklist').set('Authorization', auth).query(query).expect(200);
  const listed = (res: request.Response) => (res.body.items as Array<{ callId: string }>).map((i) => i.callId);

  it('creates a plan, shows the call on the worklist when it is due, and records an attempt (F-1, F-9, F-12)', async () => {
    // Through the typed client generated from the API document.
    const api = await clientOf(stack.api!, agent.header.slice('Bearer '.length));
    const created = expectData(await api.POST('/follow-ups', { body: { customerNo, trigger: 'delivery', policyCode: FAST, agent: agent.code } }), 201);
    const { planId } = created;
    expect(planId).toMatch(/^FU-\d{8}-\d{4}$/);
    expect(created).toEqual({ planId, workflowId: `followup-${planId}`, created: true });

    const plan = { params: { path: { planId } } };
    const detail = await eventually(async () => expectData(await api.GET('/follow-ups/{planId}', plan)), (d) => d.calls.length === 1);
    const call = detail.calls[0];
    expect(call).toMatchObject({ callId: `${planId}-7dc`, status: 'scheduled', agent: agent.code });
    expect(call.script.map((l) => l.id)).toEqual(['identity_confirmed', 'thanked', 'use_explained', 'suggestions', 'dissatisfied_with', 'apologised', 'improvement_promised']);
    const callIds = (w: Schemas['WorklistDto']) => w.items.map((i) => i.callId);
    const myWorklist = async () => expectData(await api.GET('/worklist'));
    // Not on yesterday's worklist: it falls due today...
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    expect(callIds(expectData(await api.GET('/worklist', { params: { query: { date: yesterday } } })))).not.toContain(call.callId);
    // ...on today's, due by the end of the day, and once its time has come `due`, with what the agent needs on the phone.
    const due = await eventually(myWorklist, (w) => w.items.some((i) => i.callId === call.callId && i.status === 'due'));
    const item = due.items.find((i) => i.callId === call.callId);
    expect(item).toMatchObject({
      planId,
      tier: 1,
      trigger: 'delivery',
      purpose: 'Test call 7dc',
      attempts: 0,
      customer: { customerNo, name: '钱多多', phone: '13900001111', timeZone: 'Asia/Shanghai', callAllowedNow: true, products: [{ model: 'EB-200', serialNo: 'SN-1', purchaseDate: '2026-11-20' }] },
    });
    expect(item?.customer.localTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \((working|rest) day\)$/);

    const attempt = { params: { path: { planId, callId: call.callId } } };
    const after = expectData(
      await api.POST('/follow-ups/{planId}/calls/{callId}/attempts', {
        ...attempt,
        body: { outcome: 'reached', satisfactionScore: 5, answers: { ...GREETED, use_explained: true, suggestions: 'app reminders' }, notes: 'all good' },
      }),
    );
    expect(after.calls[0]).toMatchObject({ status: 'done', attempts: [{ no: 1, outcome: 'reached', satisfactionScore: 5, by: agent.code }] });
    await eventually(myWorklist, (w) => !callIds(w).includes(call.callId));
    const [stored]: Array<{ outcome: string; notes: string }> = await stack.db.query(`SELECT outcome, notes FROM follow_up_attempts WHERE call_id = $1`, [call.callId]);
    expect(stored).toEqual({ outcome: 'reached', notes: 'all good' });

    // 409: the call is closed now.
    expectError(await api.POST('/follow-ups/{planId}/calls/{callId}/attempts', { ...attempt, body: { outcome: 'no_answer' } }), 409);
  });

  it('answers 409 for an attempt before the call is due and 400 naming the field for an attempt the script refuses (F-9)', async () => {
    const { planId } = (await http.post('/follow-ups').set('Authorization', agent.header).send(plan()).expect(201)).body;
    const url = `/follow-ups/${planId}/calls/${planId}-7dc/attempts`;
    await eventually(() => http.get(`/follow-ups/${planId}`).set('Authorization', agent.header), (res) => res.body.calls?.length === 1);
    const early = await http.post(url).set('Authorization', agent.header).send({ outcome: 'no_answer' }).expect(409);
    expect(early.body).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('is not due until') });

    await eventually(() => http.get(`/follow-ups/${planId}`).set('Authorization', agent.header), (res) => res.body.calls[0].status === 'due');
    const noScore = await http.post(url).set('Authorization', agent.header).send({ outcome: 'reached', answers: { ...GREETED, use_explained: true } }).expect(400);
    expect(noScore.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'satisfactionScore' });
    const unsatisfied = await http.post(url).set('Authorization', agent.header).send({ outcome: 'reached', satisfactionScore: 3, answers: { ...GREETED, use_explained: true } }).expect(400);
    expect(unsatisfied.body).toMatchObject({ field: 'answers.dissatisfied_with', message: expect.stringContaining('F-9') });
    const badOutcome = await http.post(url).set('Authorization', agent.header).send({ outcome: 'voicemail' }).expect(400);
    expect(badOutcome.body.message).toContain('outcome must be one of: reached, no_answer, busy, wrong_number');
    // Another agent's call.
    await http.post(url).set('Authorization', other).send({ outcome: 'no_answer' }).expect(403);
    await http.post(`/follow-ups/${planId}/cancel`).set('Authorization', supervisor).send({ reason: 'test done' }).expect(200);
  });

  it.each([
    ['a trigger only the Schedules use', { trigger: 'monthly_sample' }, 'trigger must be one of'],
    ['an unknown customer', { customerNo: 'CU-999999' }, 'customerNo CU-999999 matches no customer file'],
    ['a policy that does not exist', { policyCode: 'nope-policy' }, 'policyCode nope-policy names no active follow-up policy'],
    ['an event without its date', { trigger: 'event_invitation', eventName: 'Open day', policyCode: 'default' }, 'occurredAt is required for an event invitation'],
    ['a malformed date', { occurredAt: 'yesterday' }, 'occurredAt must be an ISO 8601 date-time'],
    ['an unknown field', { priority: 'high' }, 'property priority should not exist'],
  ])('refuses a plan with %s (400)', async (_case, over, message) => {
    const res = await http.post('/follow-ups').set('Authorization', agent.header).send(plan(over)).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('answers 404 for an unknown plan or call and 400 for a malformed plan number', async () => {
    await http.get('/follow-ups/FU-20261124-9999').set('Authorization', supervisor).expect(404);
    const malformed = await http.get('/follow-ups/42').set('Authorization', supervisor).expect(400);
    expect(malformed.body.field).toBe('planId');
    const { planId } = (await http.post('/follow-ups').set('Authorization', agent.header).send(plan()).expect(201)).body;
    await eventually(() => http.get(`/follow-ups/${planId}`).set('Authorization', agent.header), (res) => res.body.calls?.length === 1);
    const unknownCall = await http.post(`/follow-ups/${planId}/calls/${planId}-nope/attempts`).set('Authorization', agent.header).send({ outcome: 'busy' }).expect(404);
    expect(unknownCall.body.field).toBe('callId');
    await http.post(`/follow-ups/${planId}/cancel`).set('Authorization', supervisor).send({ reason: 'test done' }).expect(200);
  });

  it('returns the same plan for a retried POST with the same Idempotency-Key', async () => {
    const first = await http.post('/follow-ups').set('Authorization', agent.header).set('Idempotency-Key', 'fu-retry-0001').send(plan()).expect(201);
    const again = await http.post('/follow-ups').set('Authorization', agent.header).set('Idempotency-Key', 'fu-retry-0001').send(plan()).expect(200);
    expect(again.body).toEqual({ ...first.body, created: false });
    await eventually(() => http.get(`/follow-ups/${first.body.planId}`).set('Authorization', supervisor), (res) => res.body.calls?.length === 1);
    await http.post(`/follow-ups/${first.body.planId}/cancel`).set('Authorization', supervisor).send({ reason: 'test done' }).expect(200);
  });

  it('lists the outbox for supervisors: a missed call escalated to the supervisor (F-5 window passed)', async () => {
    const { planId } = (await http.post('/follow-ups').set('Authorization', agent.header).send(plan({ trigger: 'shipment' })).expect(201)).body;
    const outbox = await eventually(() => http.get('/outbox').set('Authorization', supervisor).query({ caseNo: planId }).expect(200), (res) => res.body.total === 1, 20_000);
    expect(outbox.body.items[0]).toMatchObject({ channel: 'staff-inbox', recipient: 'supervisor', subject: `Follow-up call missed: ${planId}-received_intact`, caseNo: planId, sentAt: null });
    await http.get('/outbox').set('Authorization', agent.header).expect(403);
    await http.get('/outbox').set('Authorization', supervisor).query({ channel: 'fax' }).expect(400);
  });

  it('lets admins version the follow-up policy and refuses bad terms naming the field', async () => {
    const current = (await http.get(`/follow-up-policies/${FAST}`).set('Authorization', agent.header).expect(200)).body;
    expect(current.version).toBe(1);
    const bad = { ...current.terms, plans: { ...current.terms.plans, delivery: [{ ...current.terms.plans.delivery[0], windowSeconds: 0 }] } };
    const refused = await http.put(`/follow-up-policies/${FAST}`).set('Authorization', admin).send({ terms: bad }).expect(400);
    expect(refused.body.field).toBe('terms.plans.delivery[0].windowSeconds');
    const next = await http.put(`/follow-up-policies/${FAST}`).set('Authorization', admin).send({ terms: { ...current.terms, tier2: { sampleSize: 5, rule: 'random' } } }).expect(200);
    expect(next.body.version).toBe(2);
    await http.put(`/follow-up-policies/${FAST}`).set('Authorization', agent.header).send({ terms: current.terms }).expect(403);
    await http.put('/follow-up-policies/default').set('Authorization', admin).send({ terms: current.terms, active: false }).expect(409);
    await http.get('/follow-up-policies/nope-policy').set('Authorization', admin).expect(404);
    const list = await http.get('/follow-up-policies').set('Authorization', agent.header).expect(200);
    expect(list.body.items.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['default', FAST]));
  });

  it('documents the endpoints in Swagger, with request examples', async () => {
    const res = await http.get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/follow-ups', '/follow-ups/{planId}', '/follow-ups/{planId}/calls/{callId}/attempts', '/worklist', '/outbox', '/follow-up-policies', '/follow-up-policies/{code}']),
    );
    const attempt = res.body.paths['/follow-ups/{planId}/calls/{callId}/attempts'].post;
    expect(Object.keys(attempt.requestBody.content['application/json'].examples)).toEqual(['satisfied', 'dissatisfied', 'intent', 'noAnswer', 'wrongNumber']);
    expect(Object.keys(res.body.paths['/follow-ups'].post.requestBody.content['application/json'].examples)).toContain('secondaryOutlet');
  });
});
