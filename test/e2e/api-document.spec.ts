import request from 'supertest';
import document from '../../libs/api-client/openapi.json';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// The served document is the committed one the client is generated from; and the one error body
// reaches even the answers no controller gives (malformed JSON, 413, unknown routes).
describe('API document and error body', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
  });
  afterAll(() => stack?.stop());

  it('serves at /docs-json exactly the document libs/api-client is generated from', async () => {
    const served = await http.get('/docs-json').expect(200);
    expect(served.body).toEqual(document);
  });

  it('describes every operation and gives every error answer the one error body', () => {
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item as Record<string, { operationId: string; description?: string; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>));
    expect(operations.filter((op) => !op.description).map((op) => op.operationId)).toEqual([]);
    const errors = operations.flatMap((op) => Object.entries(op.responses).filter(([status]) => Number(status) >= 400).map(([status, r]) => ({ id: `${op.operationId} ${status}`, schema: r.content?.['application/json']?.schema })));
    const readiness = { $ref: '#/components/schemas/ReadinessDto' };
    expect(errors.filter((e) => JSON.stringify(e.schema) !== JSON.stringify({ $ref: '#/components/schemas/ErrorBodyDto' }) && JSON.stringify(e.schema) !== JSON.stringify(readiness))).toEqual([]);
  });

  const errorBody = { statusCode: expect.any(Number), code: expect.any(String), message: expect.any(String), requestId: expect.any(String) };

  it.each([
    ['malformed JSON', () => http.post('/complaints').set('Authorization', supervisor).set('Content-Type', 'application/json').send('{"customerNo": '), 400, 'MALFORMED_JSON'],
    ['a body over 256 KB', () => http.post('/complaints').set('Authorization', supervisor).send({ description: 'x'.repeat(300_000) }), 413, 'PAYLOAD_TOO_LARGE'],
    ['an unknown route', () => http.get('/no-such-thing').set('Authorization', supervisor), 404, 'NOT_FOUND'],
    ['no credentials', () => http.get('/complaints'), 401, 'UNAUTHENTICATED'],
  ])('answers %s with the error body and a request id', async (_case, send, status, code) => {
    const res = await send().expect(status);
    expect(res.body).toEqual({ ...errorBody, statusCode: status, code });
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
  });

  it('keeps a well-formed X-Request-Id of the caller', async () => {
    const res = await http.post('/complaints').set('Authorization', supervisor).set('X-Request-Id', 'trace-42').set('Content-Type', 'application/json').send('{').expect(400);
    expect(res.body.requestId).toBe('trace-42');
  });

  it.each([
    ['one field', { customerNo: 'CU-000001', channel: 'phone', category: 'nonsense', severity: 'high', description: 'x' }, { field: 'category' }],
    ['several fields', { customerNo: 'bad', channel: 'phone', category: 'nonsense', severity: 'high', description: 'x' }, { fields: ['customerNo', 'category'] }],
  ])('names the field at fault (%s)', async (_case, body, named) => {
    const res = await http.post('/complaints').set('Authorization', supervisor).send(body).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', ...named });
    expect('field' in res.body && 'fields' in res.body).toBe(false);
  });

  it('accepts {} on /codec/decode, as the Temporal CLI sends for a query without arguments', async () => {
    const res = await http.post('/codec/decode').set('Authorization', supervisor).send({}).expect(200);
    expect(res.body).toEqual({ payloads: [] });
  });

  it.each(['http://localhost:8233', 'http://127.0.0.1:8233'])('admits the Temporal UI at %s to the codec (CORS with credentials)', async (origin) => {
    const res = await http.options('/codec/decode').set('Origin', origin).set('Access-Control-Request-Method', 'POST').expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });
});
