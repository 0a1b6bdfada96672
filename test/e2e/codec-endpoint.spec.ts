import request from 'supertest';
import { Client } from '@temporalio/client';
import { CustomerEntity } from '@libs/database';
import { workflowIdFor } from '@libs/temporal/conventions';
import { givenAgent, givenCustomer } from '../support/builders';
import { bearerFor, givenStaffWithPassword, signIn } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// The codec server the Temporal UI calls: decrypts for supervisors and up, refuses everyone else.
describe('codec endpoint (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let encryptedPayloads: { payloads: Array<{ metadata: Record<string, string>; data: string }> };
  let customer: CustomerEntity;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db);
    customer = await givenCustomer(stack.db);
    const supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    const created = await http
      .post('/complaints')
      .set('Authorization', supervisor)
      .send({ customerNo: customer.customerNo, channel: 'phone', category: 'service', severity: 'low', description: `Call ${customer.name} on ${customer.phone}` })
      .expect(201);

    // What the UI receives from the server: the raw, still encrypted input payload.
    const raw = new Client({ connection: stack.temporal.connection, namespace: stack.config.TEMPORAL_NAMESPACE });
    const history = await raw.workflow.getHandle(workflowIdFor.complaint(created.body.caseNo)).fetchHistory();
    const input = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads!;
    encryptedPayloads = {
      payloads: input.map((p) => ({
        metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
        data: Buffer.from(p.data ?? []).toString('base64'),
      })),
    };
  });
  afterAll(() => stack?.stop());

  const decodedText = (body: { payloads: Array<{ data: string }> }) => body.payloads.map((p) => Buffer.from(p.data, 'base64').toString('utf8')).join('');

  it('decodes for a supervisor: the customer data comes back in clear', async () => {
    const supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    expect(JSON.stringify(encryptedPayloads)).not.toContain(customer.phone!);
    const res = await http.post('/codec/decode').set('Authorization', supervisor).set('X-Namespace', stack.config.TEMPORAL_NAMESPACE).send(encryptedPayloads).expect(200);
    expect(decodedText(res.body)).toContain(customer.phone!);
  });

  it('accepts the session cookie of a signed-in supervisor, as the Temporal UI sends it', async () => {
    const { username, password } = await givenStaffWithPassword(stack.db, 'supervisor', 'ui.operator', { capacity: 0 });
    const login = await signIn(stack.api!, username, password);
    expect(login.response.status).toBe(200);
    const cookie = String(login.response.headers.get('set-cookie')).split(';')[0];
    const res = await http.post('/codec/decode').set('Cookie', cookie).send(encryptedPayloads).expect(200);
    expect(decodedText(res.body)).toContain(customer.phone!);
    // The cookie is for the codec only: other routes want the bearer token.
    await http.get('/complaints').set('Cookie', cookie).expect(401);
  });

  it('refuses an agent (403) and a caller without credentials (401)', async () => {
    const agent = (await bearerFor(stack.api!, stack.db, 'agent', { capacity: 0 })).header;
    await http.post('/codec/decode').set('Authorization', agent).send(encryptedPayloads).expect(403);
    const anonymous = await http.post('/codec/decode').send(encryptedPayloads).expect(401);
    expect(JSON.stringify(anonymous.body)).not.toContain(customer.phone!);
  });

  it("answers the Temporal UI's CORS preflight for its origin only", async () => {
    const ui = new URL(stack.config.TEMPORAL_UI_URL).origin;
    const ok = await http.options('/codec/decode').set('Origin', ui).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type,x-namespace');
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(ui);
    expect(ok.headers['access-control-allow-credentials']).toBe('true');
    const other = await http.options('/codec/decode').set('Origin', 'http://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
