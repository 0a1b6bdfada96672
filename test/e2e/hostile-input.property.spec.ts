import fc from 'fast-check';
import request from 'supertest';
import { givenAgent, givenCustomer } from '../support/builders';
import { hostileValue } from '../support/hostile-values';
import { buildRequest, endpointsOf, OpenApiDocument } from '../support/openapi-requests';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Property: whatever hostile value goes into whichever body, query or path field of any operation in
// the OpenAPI document, the API answers below 500, and a refused request writes nothing.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1500);

// Tables the API writes while it answers (workflows write the others later, on their own).
const WRITTEN_BY_REQUESTS = ['api_keys', 'audit_events', 'customer_file_events', 'customer_products', 'customers', 'departments', 'idempotency_records', 'return_policies', 'sla_policies', 'follow_up_policies', 'staff_members'];

describe('hostile values in every field of the OpenAPI document (property)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let doc: OpenApiDocument;
  const known: Record<string, string> = {};

  beforeAll(async () => {
    // The departments answer, as in production: a valid request that reaches a department's check
    // (L-4 asks sales before a parts shipment) must meet a department, not an unreachable address.
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    const member = await bearerFor(stack.api!, stack.db, 'admin');
    admin = member.header;
    await givenAgent(stack.db, { skills: ['quality'] });
    const customer = await givenCustomer(stack.db);
    doc = (await http.get('/docs-json').expect(200)).body;
    // Real identifiers, so that a hostile body reaches past "not found" where it can.
    const complaint = await http.post('/complaints').set('Authorization', admin).send({ customerNo: customer.customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: 'seed' }).expect(201);
    Object.assign(known, { caseNo: complaint.body.caseNo, customerNo: customer.customerNo, code: 'default', staffCode: member.member.code });
  });
  afterAll(() => stack?.stop());

  const snapshot = async () =>
    (await stack.db.query(`SELECT ${WRITTEN_BY_REQUESTS.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}, (SELECT coalesce(sum(last_value), 0)::int FROM case_number_counters) AS numbers_allocated`))[0];

  it('never answers 5xx and never writes on a refusal', async () => {
    const endpoints = endpointsOf(doc).filter((e) => e.slots.length > 0);
    expect(endpoints.length).toBeGreaterThan(40);
    const statuses: Record<string, number> = {};
    const slotOf = fc.constantFrom(...endpoints).chain((endpoint) => fc.tuple(fc.constant(endpoint), fc.constantFrom(...endpoint.slots)));

    await fc.assert(
      fc.asyncProperty(slotOf, hostileValue(), async ([endpoint, slot], value) => {
        const built = buildRequest(endpoint, slot, value, known);
        const before = await snapshot();
        let call = http[built.method.toLowerCase() as 'get'](built.url).set('Authorization', admin);
        if (built.body !== undefined) call = call.set('Content-Type', 'application/json').send(built.body);
        const res = await call;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const where = `${built.method} ${built.url.slice(0, 120)} ${built.body?.slice(0, 200) ?? ''}`;
        expect({ where, status: res.status < 500 ? 'below 500' : res.status, body: res.status < 500 ? undefined : res.body }).toEqual({ where, status: 'below 500', body: undefined });
        if (res.status >= 400) expect({ where, written: await snapshot() }).toEqual({ where, written: before });
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 150_000, seed: process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : undefined, endOnFailure: true },
    );
    // The run must have hit a wide spread of endpoints and mostly been refused.
    process.stdout.write(`hostile property: ${JSON.stringify(statuses)} over ${endpoints.length} operations\n`);
    expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(Math.min(RUNS, 500));
  }, 200_000);
});
