import request from 'supertest';
import { CaseRecordEntity } from '@libs/database';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// E2E tier: HTTP against the real API application, real PostgreSQL, real Temporal and the real worker.
describe('complaints API (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let customerNo: string;
  let auth: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db, { skills: ['quality', 'logistics'] });
    customerNo = (await givenCustomer(stack.db)).customerNo;
    // Supervisors see every case; what agents may not do is covered by the auth suite.
    auth = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
  });
  afterAll(() => stack?.stop());

  const complaint = (over: Record<string, unknown> = {}) => ({
    customerNo,
    channel: 'phone',
    category: 'quality',
    severity: 'high',
    description: 'Motor makes a grinding noise',
    ...over,
  });

  async function waitForStatus(caseNo: string, status: string) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const res = await http.get(`/complaints/${caseNo}`).set('Authorization', auth);
      if (res.body.status === status || Date.now() > deadline) return res;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('reports ready when database, Temporal and a worker are up', async () => {
    const res = await http.get('/health/ready').expect(200);
    expect(res.body).toMatchObject({ ready: true, database: { up: true }, temporal: { up: true }, worker: { up: true } });
    await http.get('/health').expect(200, { status: 'ok' });
  });

  it('registers a complaint with a readable case number, starts its workflow and lists it', async () => {
    const created = await http.post('/complaints').set('Authorization', auth).send(complaint()).expect(201);
    expect(created.body.caseNo).toMatch(/^CP-\d{8}-\d{4}$/);
    expect(created.body.workflowId).toBe(`complaint-${created.body.caseNo}`);
    expect(created.headers['x-request-id']).toBeDefined();

    const detail = await waitForStatus(created.body.caseNo, 'assigned');
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ caseNo: created.body.caseNo, status: 'assigned', customerNo, category: 'quality' });

    // The list is the read model, written by the workflow right after its own state changes.
    const listed = (res: { body: { items: Array<{ caseNo: string }> } }) => res.body.items.map((c) => c.caseNo);
    const list = await eventually(() => http.get('/complaints').set('Authorization', auth).query({ status: 'assigned' }).expect(200), (res) => listed(res).includes(created.body.caseNo));
    expect(listed(list)).toContain(created.body.caseNo);
  });

  it('numbers complaints of the same day consecutively', async () => {
    const a = await http.post('/complaints').set('Authorization', auth).send(complaint()).expect(201);
    const b = await http.post('/complaints').set('Authorization', auth).send(complaint()).expect(201);
    const seq = (caseNo: string) => Number(caseNo.split('-')[2]);
    expect(seq(b.body.caseNo)).toBe(seq(a.body.caseNo) + 1);
  });

  it('returns the same case for a retried POST with the same Idempotency-Key, and 409 for another body', async () => {
    const key = 'retry-test-0001';
    const first = await http.post('/complaints').set('Authorization', auth).set('Idempotency-Key', key).send(complaint()).expect(201);
    const again = await http.post('/complaints').set('Authorization', auth).set('Idempotency-Key', key).send(complaint()).expect(200);
    expect(again.body).toEqual({ ...first.body, created: false });
    const rows = await stack.db.getRepository(CaseRecordEntity).countBy({ caseNo: first.body.caseNo });
    expect(rows).toBe(1);

    const reused = await http.post('/complaints').set('Authorization', auth).set('Idempotency-Key', key).send(complaint({ severity: 'low' })).expect(409);
    expect(reused.body).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
  });

  it('answers concurrent retries with one case', async () => {
    const key = 'concurrent-0001';
    const answers = await Promise.all([1, 2, 3].map(() => http.post('/complaints').set('Authorization', auth).set('Idempotency-Key', key).send(complaint())));
    expect(new Set(answers.map((a) => a.body.caseNo)).size).toBe(1);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
  });

  it.each([
    ['an unknown field', complaint({ priority: 'urgent' }), 'property priority should not exist'],
    ['a bad category', complaint({ category: 'weather' }), 'category must be one of'],
    ['a malformed customer number', complaint({ customerNo: '42' }), 'customerNo must look like'],
    ['an empty description', complaint({ description: '' }), 'description should not be empty'],
    ['a missing channel', complaint({ channel: undefined }), 'channel must be one of'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, message) => {
    const before = await stack.db.getRepository(CaseRecordEntity).count();
    const res = await http.post('/complaints').set('Authorization', auth).send(body).expect(400);
    expect(res.body.message).toContain(message);
    expect(await stack.db.getRepository(CaseRecordEntity).count()).toBe(before);
  });

  it('refuses an unknown customer, bad JSON and an oversized body with 4xx', async () => {
    const unknown = await http.post('/complaints').set('Authorization', auth).send(complaint({ customerNo: 'CU-999999' })).expect(400);
    expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'customerNo' });
    await http.post('/complaints').set('Authorization', auth).set('Content-Type', 'application/json').send('{"customerNo": ').expect(400);
    await http.post('/complaints').set('Authorization', auth).send(complaint({ description: 'x'.repeat(300_000) })).expect(413);
  });

  it('filters the list by category, customer, escalation level and SLA breach', async () => {
    const other = await givenCustomer(stack.db);
    const billing = await http.post('/complaints').set('Authorization', auth).send(complaint({ category: 'billing', customerNo: other.customerNo })).expect(201);
    const quality = await http.post('/complaints').set('Authorization', auth).send(complaint()).expect(201);
    await stack.db.query(
      `INSERT INTO sla_breaches (case_no, target, policy_code, policy_version, deadline, late_ms) VALUES ($1, 'first_contact', 'default', 1, now(), 10)`,
      [quality.body.caseNo],
    );
    const list = (query: Record<string, string>) => http.get('/complaints').set('Authorization', auth).query({ limit: '200', ...query }).expect(200);
    const caseNos = (res: { body: { items: Array<{ caseNo: string }> } }) => res.body.items.map((c) => c.caseNo);

    expect(caseNos(await list({ category: 'billing' }))).toEqual([billing.body.caseNo]);
    expect(caseNos(await list({ customer: other.customerNo }))).toEqual([billing.body.caseNo]);
    expect(caseNos(await list({ breached: 'true' }))).toEqual([quality.body.caseNo]);
    expect(caseNos(await list({ breached: 'false' }))).not.toContain(quality.body.caseNo);
    expect((await list({ escalationLevel: '0' })).body.total).toBeGreaterThan(0);
    expect((await list({ escalationLevel: '3' })).body.items).toEqual([]);
  });

  it.each([
    [{ category: 'weather' }, 'category must be one of'],
    [{ escalationLevel: '7' }, 'escalationLevel must be a whole number from 0 to 3'],
    [{ breached: 'maybe' }, 'breached must be true or false'],
    [{ customer: "x' OR 1=1" }, 'customer must look like'],
    [{ limit: '1000' }, 'limit must not be greater than 200'],
  ])('refuses list parameters %j with 400', async (query, message) => {
    const res = await http.get('/complaints').set('Authorization', auth).query(query).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('answers 400 for a malformed case number and 404 for an unknown one', async () => {
    await http.get('/complaints/not-a-case').set('Authorization', auth).expect(400);
    const res = await http.get('/complaints/CP-19990101-0001').set('Authorization', auth).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('serves the OpenAPI document', async () => {
    const res = await http.get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/complaints', '/complaints/{caseNo}', '/health/ready']));
  });
});
