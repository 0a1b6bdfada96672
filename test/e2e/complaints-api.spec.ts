import request from 'supertest';
import { CaseRecordEntity } from '@libs/database';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import type { ApiClient, operations, Schemas } from '@libs/api-client';
import { clientFor, expectData, expectError } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

type ComplaintFilters = NonNullable<operations['Complaints_list']['parameters']['query']>;

// E2E tier: HTTP against the real API application, real PostgreSQL, real Temporal and the real worker.
describe('complaints API (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let api: ApiClient;
  let customerNo: string;
  let auth: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db, { skills: ['quality', 'logistics'] });
    customerNo = (await givenCustomer(stack.db)).customerNo;
    // Supervisors see every case; what agents may not do is covered by the auth suite.
    const supervisor = await clientFor(stack.api!, stack.db, 'supervisor');
    api = supervisor.client;
    auth = `Bearer ${supervisor.token}`;
  });
  afterAll(() => stack?.stop());

  type NewComplaint = Schemas['CreateComplaintDto'];
  const complaint = (over: Partial<NewComplaint> = {}): NewComplaint => ({
    customerNo,
    channel: 'phone',
    category: 'quality',
    severity: 'high',
    description: 'Motor makes a grinding noise',
    ...over,
  });
  // Raw bodies for what the typed client refuses to send: unknown fields, wrong types.
  const rawComplaint = (over: Record<string, unknown>) => ({ ...complaint(), ...over });

  const register = (body: NewComplaint, idempotencyKey?: string) =>
    api.POST('/complaints', { body, params: { header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} } });
  const read = (caseNo: string) => api.GET('/complaints/{caseNo}', { params: { path: { caseNo } } });

  async function waitForStatus(caseNo: string, status: string) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const res = await read(caseNo);
      if (res.data?.status === status || Date.now() > deadline) return res;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('reports ready when database, Temporal and a worker are up', async () => {
    const ready = expectData(await api.GET('/health/ready'));
    expect(ready).toMatchObject({ ready: true, database: { up: true }, temporal: { up: true }, worker: { up: true } });
    expect(expectData(await api.GET('/health'))).toEqual({ status: 'ok' });
  });

  it('registers a complaint with a readable case number, starts its workflow and lists it', async () => {
    const answer = await register(complaint());
    const created = expectData(answer, 201);
    expect(created.caseNo).toMatch(/^CP-\d{8}-\d{4}$/);
    expect(created.workflowId).toBe(`complaint-${created.caseNo}`);
    expect(answer.response.headers.get('x-request-id')).toBeTruthy();

    const detail = expectData(await waitForStatus(created.caseNo, 'assigned'));
    expect(detail).toMatchObject({ caseNo: created.caseNo, status: 'assigned', customerNo, category: 'quality' });

    // The list is the read model, written by the workflow right after its own state changes.
    const listed = (list: Schemas['ComplaintListDto']) => list.items.map((c) => c.caseNo);
    const list = await eventually(
      async () => expectData(await api.GET('/complaints', { params: { query: { status: 'assigned' } } })),
      (page) => listed(page).includes(created.caseNo),
    );
    expect(listed(list)).toContain(created.caseNo);
  });

  it('numbers complaints of the same day consecutively', async () => {
    const a = expectData(await register(complaint()), 201);
    const b = expectData(await register(complaint()), 201);
    const seq = (caseNo: string) => Number(caseNo.split('-')[2]);
    expect(seq(b.caseNo)).toBe(seq(a.caseNo) + 1);
  });

  it('returns the same case for a retried POST with the same Idempotency-Key, and 409 for another body', async () => {
    const key = 'retry-test-0001';
    const first = expectData(await register(complaint(), key), 201);
    const again = expectData(await register(complaint(), key), 200);
    expect(again).toEqual({ ...first, created: false });
    const rows = await stack.db.getRepository(CaseRecordEntity).countBy({ caseNo: first.caseNo });
    expect(rows).toBe(1);

    const reused = expectError(await register(complaint({ severity: 'low' }), key), 409);
    expect(reused).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
  });

  it('answers concurrent retries with one case, and the retries that lost the race leave no row behind', async () => {
    const key = 'concurrent-0001';
    const count = async (sql: string) => Number((await stack.db.query(sql))[0].n);
    const rowsBefore = await count(`SELECT count(*) AS n FROM case_records WHERE kind = 'complaint'`);
    const auditBefore = await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'complaint.register'`);
    const answers = await Promise.all([1, 2, 3].map(() => register(complaint(), key)));
    expect(new Set(answers.map((a) => a.data?.caseNo)).size).toBe(1);
    expect(answers.map((a) => a.response.status).sort()).toEqual([200, 200, 201]);
    expect(await count(`SELECT count(*) AS n FROM case_records WHERE kind = 'complaint'`)).toBe(rowsBefore + 1);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'complaint.register'`)).toBe(auditBefore + 1);
  });

  it('writes the case row and its audit row together when the complaint is registered', async () => {
    const { caseNo } = expectData(await register(complaint()), 201);
    const [audit] = await stack.db.query(`SELECT actor, actor_role, action, details FROM audit_events WHERE resource = $1`, [`complaint:${caseNo}`]);
    expect(audit).toMatchObject({ actor_role: 'supervisor', action: 'complaint.register', details: { category: 'quality', severity: 'high', classification: 'complaint' } });
    const [row] = await stack.db.query(`SELECT kind, cardinality(description_tokens) AS tokens FROM case_records WHERE case_no = $1`, [caseNo]);
    // The description is searchable through its keyed tokens only.
    expect(row.kind).toBe('complaint');
    expect(row.tokens).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown field', rawComplaint({ priority: 'urgent' }), 'property priority should not exist'],
    ['a bad category', rawComplaint({ category: 'weather' }), 'category must be one of'],
    ['a malformed customer number', rawComplaint({ customerNo: '42' }), 'customerNo must look like'],
    ['an empty description', rawComplaint({ description: '' }), 'description should not be empty'],
    ['a missing channel', rawComplaint({ channel: undefined }), 'channel must be one of'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, message) => {
    // Sent raw: the typed client would not let these bodies through.
    const before = await stack.db.getRepository(CaseRecordEntity).count({ where: { kind: 'complaint' } });
    const res = await http.post('/complaints').set('Authorization', auth).send(body).expect(400);
    expect(res.body.message).toContain(message);
    expect(await stack.db.getRepository(CaseRecordEntity).count({ where: { kind: 'complaint' } })).toBe(before);
  });

  it('refuses an unknown customer, bad JSON and an oversized body with 4xx', async () => {
    const unknown = await http.post('/complaints').set('Authorization', auth).send(complaint({ customerNo: 'CU-999999' })).expect(400);
    expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'customerNo' });
    await http.post('/complaints').set('Authorization', auth).set('Content-Type', 'application/json').send('{"customerNo": ').expect(400);
    await http.post('/complaints').set('Authorization', auth).send(complaint({ description: 'x'.repeat(300_000) })).expect(413);
  });

  it('filters the list by category, customer, escalation level and SLA breach', async () => {
    const other = await givenCustomer(stack.db);
    const billing = expectData(await register(complaint({ category: 'billing', customerNo: other.customerNo })), 201);
    const quality = expectData(await register(complaint()), 201);
    await stack.db.query(
      `INSERT INTO sla_breaches (case_no, target, policy_code, policy_version, deadline, late_ms) VALUES ($1, 'first_contact', 'default', 1, now(), 10)`,
      [quality.caseNo],
    );
    type Filters = Omit<ComplaintFilters, 'limit'>;
    const list = async (query: Filters) => expectData(await api.GET('/complaints', { params: { query: { limit: 200, ...query } } }));
    const caseNos = (page: Schemas['ComplaintListDto']) => page.items.map((c) => c.caseNo);

    expect(caseNos(await list({ category: 'billing' }))).toEqual([billing.caseNo]);
    expect(caseNos(await list({ customer: other.customerNo }))).toEqual([billing.caseNo]);
    expect(caseNos(await list({ breached: true }))).toEqual([quality.caseNo]);
    expect(caseNos(await list({ breached: false }))).not.toContain(quality.caseNo);
    expect((await list({ escalationLevel: 0 })).total).toBeGreaterThan(0);
    expect((await list({ escalationLevel: 3 })).items).toEqual([]);
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
