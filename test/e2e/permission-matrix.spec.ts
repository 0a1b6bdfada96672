import request from 'supertest';
import type { Role } from '@libs/domain/staff/access';
import { givenCustomer } from '../support/builders';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// The role × action matrix of the README's security section, over HTTP. An allowed action answers
// with what the route itself says (200, 201, or 400/404/409 for the deliberately unusable request);
// a refused one with 403 before anything is read or changed.
type Caller = { header: string; code: string };
type Http = ReturnType<typeof request>;
type Call = (http: Http, who: Caller, world: World) => request.Test;
interface World {
  returnNo: string;
  customerNo: string;
}

const COLUMNS = ['agent', 'other agent', 'warehouse', 'finance', 'supervisor', 'manager', 'gm_office', 'admin', 'department'] as const;
type Column = (typeof COLUMNS)[number];

const as = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: (w: World) => string, body?: (w: World, who: Caller) => object): Call =>
  (http, who, w) => {
    const req = http[method](path(w)).set('Authorization', who.header);
    return body ? req.send(body(w, who)) : req;
  };
const now = () => new Date().toISOString();

// 'agent' registered the return (and approved it: it is `agreed`, so every return action is refused by
// the state, 409, once the role and ownership checks let it through); 'other agent' has no part in it.
//                                                                                                               agent other  wh  fin  sup  mgr  gmo  adm dept
const MATRIX: Array<[string, Call, number[]]> = [
  ['register a complaint', as('post', () => '/complaints', () => ({})),                                          [400, 400, 403, 403, 400, 400, 400, 400, 403]],
  ['list complaints', as('get', () => '/complaints'),                                                              [200, 200, 403, 403, 200, 200, 200, 200, 403]],
  ['reassign a complaint', as('post', () => '/complaints/CP-20200101-9999/reassign', () => ({})),                 [403, 403, 403, 403, 400, 400, 400, 400, 403]],
  ['register a return', as('post', () => '/returns', () => ({})),                                                 [400, 400, 403, 403, 400, 400, 400, 400, 403]],
  ['list returns', as('get', () => '/returns'),                                                                    [200, 200, 200, 200, 200, 200, 200, 200, 403]],
  ['read a return', as('get', (w) => `/returns/${w.returnNo}`),                                                   [200, 403, 200, 200, 200, 200, 200, 200, 403]],
  ['approve a return (R-2)', as('post', (w) => `/returns/${w.returnNo}/approve`, () => ({})),                     [409, 403, 403, 403, 409, 409, 409, 409, 403]],
  ['receive returned goods (R-4)', as('post', (w) => `/returns/${w.returnNo}/receive`, () => ({})),               [409, 403, 409, 403, 409, 409, 409, 409, 403]],
  ['inspect returned goods (R-5)', as('post', (w) => `/returns/${w.returnNo}/inspect`, () => ({ resellable: true, qualityProblem: false, notes: 'sealed' })), [409, 403, 409, 403, 409, 409, 409, 409, 403]],
  ['confirm a shipping fee (R-6)', as('post', (w) => `/returns/${w.returnNo}/pay-shipping`, () => ({ paymentRef: 'PAY-1' })), [409, 403, 403, 409, 409, 409, 409, 409, 403]],
  ['retry a failed refund (R-4)', as('post', (w) => `/returns/${w.returnNo}/retry-refund`, () => ({})),          [403, 403, 403, 409, 409, 409, 409, 409, 403]],
  ['confirm a refund above the threshold (R-1, R-4)', as('post', (w) => `/returns/${w.returnNo}/refund-confirmation`, () => ({})), [403, 403, 403, 409, 403, 403, 403, 403, 403]],
  ['cancel a return', as('post', (w) => `/returns/${w.returnNo}/cancel`, () => ({})),                             [400, 403, 403, 403, 400, 400, 400, 400, 403]],
  ['read a customer file', as('get', (w) => `/customers/${w.customerNo}`),                                        [200, 200, 403, 403, 200, 200, 200, 200, 403]],
  ["delete a customer's product", as('delete', (w) => `/customers/${w.customerNo}/products/00000000-0000-4000-8000-000000000000`), [403, 403, 403, 403, 404, 404, 404, 404, 403]],
  ['record their own file hand-over (A-2)', as('post', () => '/customer-file-events', (_w, who) => ({ kind: 'visit', occurredAt: now(), responsibleStaffCode: who.code })), [201, 201, 403, 403, 201, 201, 201, 201, 403]],
  ['charge a colleague with a hand-over (K-8)', as('post', () => '/customer-file-events', () => ({ kind: 'visit', occurredAt: now(), responsibleStaffCode: 'AG-990' })), [403, 403, 403, 403, 201, 201, 201, 201, 403]],
  ['read a report', as('get', () => '/reports/kpis?from=2026-01-01&to=2026-02-01'),                              [403, 403, 403, 403, 200, 200, 200, 200, 403]],
  ['read the staff directory', as('get', () => '/staff'),                                                         [200, 200, 403, 403, 200, 200, 200, 200, 403]],
  ["change an agent's profile", as('patch', () => '/staff/AG-990', () => ({ capacity: 30 })),                    [403, 403, 403, 403, 200, 200, 200, 200, 403]],
  ['manage API keys', as('get', () => '/api-keys'),                                                               [403, 403, 403, 403, 403, 403, 403, 200, 403]],
  ['decode payloads (Temporal UI)', as('post', () => '/codec/decode', () => ({ payloads: [] })),                  [403, 403, 403, 403, 200, 200, 200, 200, 403]],
  ['read their own inbox', as('get', () => '/inbox'),                                                             [200, 200, 200, 200, 200, 200, 200, 200, 403]],
  ['list follow-up plans (own for agents)', as('get', () => '/follow-ups'),                                       [200, 200, 403, 403, 200, 200, 200, 200, 403]],
  ['see who they are', as('get', () => '/auth/me'),                                                              [200, 200, 200, 200, 200, 200, 200, 200, 200]],
];

describe('permission matrix: role × action (e2e)', () => {
  let stack: TestStack;
  let http: Http;
  const callers = {} as Record<Column, Caller>;
  const world = {} as World;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    const staff: Array<[Column, Exclude<Role, 'department'>]> = [
      ['agent', 'agent'], ['other agent', 'agent'], ['warehouse', 'warehouse'], ['finance', 'finance'],
      ['supervisor', 'supervisor'], ['manager', 'manager'], ['gm_office', 'gm_office'], ['admin', 'admin'],
    ];
    for (const [column, role] of staff) {
      const { header, member } = await bearerFor(stack.api!, stack.db, role);
      callers[column] = { header, code: member.code };
    }
    // The colleague every "charge someone else" and "change a profile" row names.
    await bearerFor(stack.api!, stack.db, 'agent', { code: 'AG-990' });
    const key = await http.post('/api-keys').set('Authorization', callers.admin.header).send({ name: 'quality system', role: 'department', actor: 'quality' }).expect(201);
    callers.department = { header: `Bearer ${key.body.key}`, code: 'quality' };

    world.customerNo = (await givenCustomer(stack.db)).customerNo;
    const registered = await http
      .post('/returns')
      .set('Authorization', callers.agent.header)
      .send({ type: 'return_and_refund', source: 'tmall', customerNo: world.customerNo, orderRef: 'SO-1', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 9_900, reason: 'not_as_described', description: 'Colour differs' })
      .expect(201);
    world.returnNo = registered.body.returnNo;
    await http.post(`/returns/${world.returnNo}/approve`).set('Authorization', callers.agent.header).send({}).expect(200);
  });
  afterAll(() => stack?.stop());

  const cells = MATRIX.flatMap(([action, call, statuses]) => COLUMNS.map((column, i) => [action, column, statuses[i], call] as const));

  it('has one answer per role for every action', () => {
    for (const [action, , statuses] of MATRIX) expect([action, statuses.length]).toEqual([action, COLUMNS.length]);
  });

  it.each(cells)('%s as %s: %s', async (_action, column, expected, call) => {
    const res = await call(http, callers[column], world);
    expect({ status: res.status, code: res.body?.code }).toMatchObject({ status: expected, ...(expected === 403 ? { code: 'FORBIDDEN' } : {}) });
  });

  it("lets an agent act on and list the returns of their own customers (A-5), and no one else's", async () => {
    const customersAgent = await bearerFor(stack.api!, stack.db, 'agent');
    const customer = await givenCustomer(stack.db, { assignedAgentCode: customersAgent.member.code });
    const registered = await http
      .post('/returns')
      .set('Authorization', callers.supervisor.header)
      .send({ type: 'return_and_refund', source: 'phone', customerNo: customer.customerNo, orderRef: 'SO-2', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 9_900, reason: 'not_as_described', description: 'Scratched' })
      .expect(201);
    const returnNo: string = registered.body.returnNo;
    const approved = await http.post(`/returns/${returnNo}/approve`).set('Authorization', customersAgent.header).send({}).expect(200);
    expect(approved.body).toMatchObject({ status: 'agreed', handler: customersAgent.member.code });
    await http.get(`/returns/${returnNo}`).set('Authorization', callers['other agent'].header).expect(403);

    const listed = async (who: Caller) => (await http.get('/returns').set('Authorization', who.header).expect(200)).body.items.map((r: { returnNo: string }) => r.returnNo);
    expect(await listed({ header: customersAgent.header, code: customersAgent.member.code })).toEqual([returnNo]);
    expect(await listed(callers.agent)).toEqual([world.returnNo]);
    expect(await listed(callers['other agent'])).toEqual([]);
    expect(await listed(callers.warehouse)).toEqual(expect.arrayContaining([returnNo, world.returnNo]));
  });

  it("leaves the agent's return as it was: every allowed action was refused by its state", async () => {
    const state = await http.get(`/returns/${world.returnNo}`).set('Authorization', callers.supervisor.header).expect(200);
    expect(state.body).toMatchObject({ status: 'agreed', handler: callers.agent.code });
  });
});
