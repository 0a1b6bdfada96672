import request from 'supertest';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { FAST_RETURN_TERMS } from '../support/returns';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Runs only on the production engine (TEMPORAL_ENGINE=server or cluster; see jest.config.js): the Temporal
// server on PostgreSQL with SQL visibility, which the compose file deploys. One complaint and one return
// go through the real API and worker; an escalation must fire and the custom search attributes must be
// queryable, as operators filter by them in the Temporal UI.
describe('production engine smoke (Temporal server on PostgreSQL)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db);
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    // C-3: first contact within 2 s for this suite's logistics complaints, so that the escalation fires at once.
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('smoke', 'logistics', 'high', 'regular', '24x7', 2, 600, 300, '{3,300,600}')`,
    );
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
  });
  afterAll(() => stack?.stop());

  it('runs on PostgreSQL persistence and SQL visibility', async () => {
    const info = await stack.temporal.connection.workflowService.getClusterInfo({});
    expect(info.persistenceStore).toMatch(/postgres/);
    expect(info.visibilityStore).toMatch(/postgres/);
  });

  it('C-3: a complaint registered through the API escalates when nobody contacts the customer, and operators find it by its search attributes', async () => {
    const customer = await givenCustomer(stack.db);
    const created = await http
      .post('/complaints')
      .set('Authorization', agent)
      .send({ customerNo: customer.customerNo, channel: 'phone', category: 'logistics', severity: 'high', description: '包裹外箱破损' })
      .expect(201);
    const { caseNo } = created.body as { caseNo: string };

    const breaches = await eventually(
      () => stack.db.query(`SELECT target FROM sla_breaches WHERE case_no = $1`, [caseNo]) as Promise<Array<{ target: string }>>,
      (rows) => rows.some((r) => r.target === 'escalation_1'),
      60_000,
    );
    expect(breaches.map((r) => r.target)).toEqual(expect.arrayContaining(['first_contact', 'escalation_1']));

    const listed = await eventually(
      async () => {
        const found = [];
        for await (const wf of stack.temporal.workflow.list({ query: `CaseType = "complaint" AND EscalationLevel >= 1 AND WorkflowId = "complaint-${caseNo}"` })) found.push(wf.workflowId);
        return found;
      },
      (ids) => ids.length === 1,
      30_000,
    );
    expect(listed).toEqual([`complaint-${caseNo}`]);
  });

  it('R-1: a return request registered through the API runs and is found by its search attributes', async () => {
    const customer = await givenCustomer(stack.db);
    const created = await http
      .post('/returns')
      .set('Authorization', agent)
      .send({ type: 'return_and_refund', source: 'tmall', customerNo: customer.customerNo, orderRef: 'SO-20261130-0001', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'not_as_described', description: '颜色与描述不符' })
      .expect(201);
    const { returnNo } = created.body as { returnNo: string };
    const approved = await http.post(`/returns/${returnNo}/approve`).set('Authorization', agent).send({ note: '金额与订单一致' }).expect(200);
    expect(approved.body.status).toBe('agreed');

    const listed = await eventually(
      async () => {
        const found = [];
        for await (const wf of stack.temporal.workflow.list({ query: `CaseType = "return" AND CaseStatus = "agreed" AND WorkflowId = "return-${returnNo}"` })) found.push(wf.workflowId);
        return found;
      },
      (ids) => ids.length === 1,
      30_000,
    );
    expect(listed).toEqual([`return-${returnNo}`]);
  });
});
