import request from 'supertest';
import { givenAgent, givenCustomer } from '../support/builders';
import { bearerFor, givenStaffWithPassword, signInRaw } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// E2E tier: input no store can hold is refused with a 400 naming the field, before anything is written
// or any workflow starts (issue 15: "No input can jam a case or stall the API").
describe('input safety (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, config: { TRUSTED_PROXIES: 'loopback' } });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db, { skills: ['quality'] });
    customerNo = (await givenCustomer(stack.db)).customerNo;
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
  });
  afterAll(() => stack?.stop());

  const complaint = (over: Record<string, unknown> = {}) => ({ customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: 'Heater broke', ...over });
  const policyTerms = (over: Record<string, unknown> = {}) => ({
    category: 'logistics', severity: 'critical', customerTier: 'dealer', calendar: '24x7', timeZone: 'Asia/Shanghai',
    firstContactSeconds: 3_600, resolutionSeconds: 86_400, supervisorReportSeconds: 43_200, escalationStepsSeconds: [7_200], ...over,
  });
  const counts = async () =>
    (await stack.db.query(`SELECT (SELECT count(*) FROM case_records)::int AS cases, (SELECT count(*) FROM idempotency_records)::int AS keys, (SELECT count(*) FROM sla_policies)::int AS policies, (SELECT count(*) FROM audit_events)::int AS audit`))[0];

  // [what, method, path, body (a string is sent raw), field named in the answer]
  it.each<[string, 'post' | 'put' | 'get', string, unknown, string]>([
    ['NUL in productRef of a complaint', 'post', '/complaints', complaint({ productRef: 'EB-200\u0000' }), 'productRef'],
    ['NUL in reference of a follow-up plan', 'post', '/follow-ups', { customerNo: 'CU-000001', trigger: 'delivery', reference: 'SO-1\u0000' }, 'reference'],
    ['a lone surrogate in a description', 'post', '/complaints', '{"customerNo":"CU-000001","channel":"phone","category":"quality","severity":"normal","description":"broken \\ud800"}', 'description'],
    ['a lone surrogate in a field name', 'post', '/complaints', '{"customerNo":"CU-000001","\\udc00":"x"}', '\udc00'],
    ['year 0', 'post', '/follow-ups', { customerNo: 'CU-000001', trigger: 'delivery', occurredAt: '0000-01-01T00:00:00Z' }, 'occurredAt'],
    ['30 February', 'post', '/follow-ups', { customerNo: 'CU-000001', trigger: 'delivery', occurredAt: '2026-02-30T10:00:00Z' }, 'occurredAt'],
    ['a repair bill of 1e300 fen', 'post', '/follow-ups', '{"customerNo":"CU-000001","trigger":"repair","repairAmountFen":1e300}', 'repairAmountFen'],
    ['null for a number of a policy', 'put', '/sla-policies/default', policyTerms({ firstContactSeconds: null }), 'firstContactSeconds'],
    ['a 40-digit offset', 'get', `/complaints?offset=${'9'.repeat(40)}`, undefined, 'offset'],
    ['NUL in a query string', 'get', '/complaints?status=open%00', undefined, 'status'],
    ['NUL in a path parameter', 'get', '/complaints/CP-20261124-0001%00', undefined, 'caseNo'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_what, method, path, body, field) => {
    const before = await counts();
    let call = http[method](path).set('Authorization', admin);
    if (body !== undefined) call = typeof body === 'string' ? call.set('Content-Type', 'application/json').send(body) : call.send(body as object);
    const res = await call;
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.body)).toContain(field === '\udc00' ? 'field name' : field);
    expect(await counts()).toEqual(before);
  });

  it('refuses a path that is not even valid UTF-8 (a lone surrogate) with a 400', async () => {
    const res = await http.get('/sla-policies/%ED%A0%80').set('Authorization', admin);
    expect(res.status).toBe(400);
  });

  it('refuses 120,000 nested arrays on the unauthenticated sign-in and on any body endpoint quickly, while /health answers', async () => {
    const nested = '['.repeat(120_000) + ']'.repeat(120_000);
    const started = Date.now();
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => http.post('/complaints').set('Authorization', admin).set('Content-Type', 'application/json').send(`{"description":${nested}}`)),
      http.get('/health'),
    ]);
    expect(answers.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(400));
    expect(answers[0].body.message).toMatch(/deeper than 32 levels/);
    expect(answers[10].status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    // Sign-in takes small bodies only: a deep or large one never reaches the parser.
    const login = await http.post('/auth/login').set('Content-Type', 'application/json').send(`{"username":${'['.repeat(1000)}`);
    expect(login.status).toBe(400);
    const large = await http.post('/auth/login').send({ username: 'x'.repeat(20_000), password: 'y' });
    expect(large.status).toBe(413);
  });

  it('accepts the same requests with clean values', async () => {
    await http.post('/complaints').set('Authorization', admin).send(complaint({ productRef: 'EB-200', description: '加热器坏了 👍 2026-02-30 is no date here' })).expect(201);
    await http.get(`/complaints?offset=0&limit=5`).set('Authorization', admin).expect(200);
  });

  it('sets the codec session cookie Secure when the API is reached over HTTPS (through the trusted proxy)', async () => {
    const staff = await givenStaffWithPassword(stack.db, 'supervisor', `sec-${Date.now()}`);
    const plain = await signInRaw(stack.api!, staff.username, staff.password).expect(200);
    expect(plain.headers['cache-control']).toBe('no-store');
    expect(String(plain.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    const https = await request(stack.api!.getHttpServer()).post('/auth/login').set('X-Forwarded-Proto', 'https').send({ username: staff.username, password: staff.password }).expect(200);
    expect(String(https.headers['set-cookie'])).toMatch(/;\s*Secure/i);
  });

  it('marks answers no-store and keeps inline scripts to the Swagger page', async () => {
    const me = await http.get('/complaints').set('Authorization', admin).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['content-security-policy']).toContain("script-src 'self'");
    expect(me.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    const docs = await http.get('/docs').redirects(1);
    expect(docs.headers['content-security-policy']).toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
