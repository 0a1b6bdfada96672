import request from 'supertest';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { defaultPayloadConverter, Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { ALWAYS } from '@libs/domain/follow-ups/call-hours';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from '@libs/domain/follow-ups/follow-up-policy';
import { FollowUpEvent, followUpTriggerWorkflowId } from '@libs/domain/follow-ups/follow-up-triggers';
import { startFollowUpTrigger } from '@libs/follow-ups/triggers/start-follow-up-trigger';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import type { ComplaintInput } from '@workflows/complaint/complaint.contract';
import type { FollowUpState } from '@workflows/follow-ups/follow-up.contract';
import type { ReturnState } from '@workflows/returns/return.contract';
import { givenAgent, givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { eventually } from '../support/eventually';
import { FAST_RETURN_TERMS, givenCourier, waybill } from '../support/returns';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { fastStep, fastTerms, GREETED } from '../workflows/follow-up-fixtures';

const DAY = 86_400_000;

// F-1, F-2, A-6, F-10 over HTTP on the real API, PostgreSQL, Temporal, worker and department simulator:
// what happens to a customer starts the right follow-up plan, once per event, for the file's owner.
describe('follow-ups started by events (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let manager: string;
  let admin: string;
  let owner: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    manager = (await bearerFor(stack.api!, stack.db, 'manager')).header;
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    // The only agent of the suite: new files go to them, and they own the files made here.
    owner = (await givenAgent(stack.db, { code: 'AG-611' })).code;
    // The seeded calls as they are, callable at any hour: due times are then the policy's offsets exactly.
    const policy = (await http.get('/follow-up-policies/default').set('Authorization', admin).expect(200)).body as { terms: typeof DEFAULT_FOLLOW_UP_POLICY_TERMS };
    await http.put('/follow-up-policies/default').set('Authorization', admin).send({ terms: { ...policy.terms, callHours: ALWAYS } }).expect(200);
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
    await givenCourier(stack, 200);
  });
  afterAll(() => stack?.stop());

  const ownedCustomer = () => givenCustomer(stack.db, { assignedAgentCode: owner });
  const plan = async (planId: string): Promise<FollowUpState> => (await http.get(`/follow-ups/${planId}`).set('Authorization', supervisor).expect(200)).body;
  /** The plan once its workflow runs and has planned the calls (its read-model row comes first). */
  const plannedPlan = (planId: string, timeoutMs = 30_000): Promise<FollowUpState | null> =>
    eventually(
      async () => {
        const res = await http.get(`/follow-ups/${planId}`).set('Authorization', supervisor);
        return res.status === 200 ? (res.body as FollowUpState) : null;
      },
      (p) => (p?.calls.length ?? 0) > 0,
      timeoutMs,
    );
  /** The customer's follow-up plans, from the service history of the file (the read model). */
  const planIdsOf = async (customerNo: string): Promise<string[]> => {
    const { body } = await http.get(`/customers/${customerNo}`).set('Authorization', supervisor).expect(200);
    return (body.serviceHistory as Array<{ kind: string; caseNo: string }>).filter((h) => h.kind === 'followup').map((h) => h.caseNo);
  };
  /** The one plan of the customer, once its calls are planned. */
  const onlyPlanOf = async (customerNo: string, timeoutMs = 30_000): Promise<FollowUpState> => {
    const [planId] = await eventually(() => planIdsOf(customerNo), (ids) => ids.length > 0, timeoutMs);
    const planned = (await plannedPlan(planId, timeoutMs))!;
    expect(await planIdsOf(customerNo)).toEqual([planId]);
    return planned;
  };
  /** Due times in days after the event, and each call's window in days. */
  const schedule = (p: FollowUpState, at: number) => p.calls.map((c) => [c.stepKey, (Date.parse(c.dueAt) - at) / DAY, (Date.parse(c.windowEnd) - Date.parse(c.dueAt)) / DAY]);
  /** Whether the trigger workflow of an event ran at all. */
  const triggerRan = (event: FollowUpEvent) =>
    stack.temporal.workflow.getHandle(followUpTriggerWorkflowId(event)).describe().then(
      () => true,
      (error: unknown) => {
        if (error instanceof WorkflowNotFoundError) return false;
        throw error;
      },
    );

  it('A-6: a new customer file starts a call within 3 days, for the file owner', async () => {
    const created = await http.post('/customers').set('Authorization', supervisor).send({ customerNo: 'CU-699001', name: '周新客', phone: '13700006111' }).expect(201);
    const { customerNo, assignedAgentCode } = created.body as { customerNo: string; assignedAgentCode: string };
    expect(assignedAgentCode).toBe(owner);
    const [{ created_at }]: Array<{ created_at: Date }> = await stack.db.query(`SELECT created_at FROM customers WHERE customer_no = $1`, [customerNo]);

    const p = await onlyPlanOf(customerNo);
    expect(p).toMatchObject({ trigger: 'new_customer', tier: 1, agent: owner, source: { event: 'customer_created', id: customerNo } });
    expect(schedule(p, created_at.getTime())).toEqual([['welcome', 0, 3]]);
    expect(p.calls[0].agent).toBe(owner);
  });

  it.each([
    ['F-1/F-2: a sale', 'sale', 'delivery', [['7dc', 7, 3], ['second', 14, 7], ['one_month', 30, 7], ['one_year', 365, 14]]],
    ['F-1/F-2: a delivery', 'delivery', 'delivery', [['7dc', 7, 3], ['second', 14, 7], ['one_month', 30, 7], ['one_year', 365, 14]]],
    ['F-1 3DC: a repair', 'repair', 'repair', [['3dc', 3, 2], ['second', 10, 7]]],
    ['F-1 3DC: a service visit', 'visit', 'repair', [['3dc', 3, 2], ['second', 10, 7]]],
    ['F-1: a shipment of goods or parts (received, intact?)', 'shipment', 'shipment', [['received_intact', 3, 2]]],
    ['F-1: a dealer shipment (days 3, 7 and 21)', 'dealer_shipment', 'dealer_shipment', [['received_intact', 3, 2], ['sell_through', 7, 3], ['market_feedback', 21, 7]]],
  ])('%s recorded in the customer file starts its plan for the file owner', async (_name, kind, trigger, calls) => {
    const customer = await ownedCustomer();
    const occurredAt = new Date(Date.now() - 3_600_000);
    const event = await http.post('/customer-file-events').set('Authorization', supervisor).send({ kind, occurredAt: occurredAt.toISOString(), customerNo: customer.customerNo }).expect(201);

    const p = await onlyPlanOf(customer.customerNo);
    expect(p).toMatchObject({ trigger, tier: 1, agent: owner, source: { event: kind, id: event.body.id } });
    expect(schedule(p, occurredAt.getTime())).toEqual(calls);
    expect(p.calls.every((c) => c.agent === owner)).toBe(true);
    // Stored with the plan, so that plans can be found by what started them.
    const [row]: Array<{ trigger: string; source_event: string; source_id: string; agent_code: string }> = await stack.db.query(
      `SELECT trigger, source_event, source_id, agent_code FROM follow_up_plans WHERE plan_id = $1`,
      [p.planId],
    );
    expect(row).toEqual({ trigger, source_event: kind, source_id: event.body.id, agent_code: owner });
  });

  it("K-8: a deal's hand-over starts no follow-up", async () => {
    const customer = await ownedCustomer();
    const deal = await http.post('/customer-file-events').set('Authorization', supervisor).send({ kind: 'deal', occurredAt: new Date().toISOString(), customerNo: customer.customerNo }).expect(201);
    expect(await triggerRan({ kind: 'deal', id: deal.body.id, customerId: customer.id, occurredAt: 0 })).toBe(false);
    expect(await planIdsOf(customer.customerNo)).toEqual([]);
  });

  it('the same event posted twice, its sale and then its delivery, and a duplicated emit start one plan', async () => {
    const customer = await ownedCustomer();
    const occurredAt = new Date(Date.now() - 7_200_000).toISOString();
    const post = (kind: string) => http.post('/customer-file-events').set('Authorization', supervisor).send({ kind, occurredAt, customerNo: customer.customerNo, reference: 'SO-20261130-0611' }).expect(201);
    const first = await post('sale');
    await post('sale');
    await post('delivery');
    const p = await onlyPlanOf(customer.customerNo);
    expect(p).toMatchObject({ trigger: 'delivery', source: { event: 'sale', id: first.body.id } });

    // The same event emitted again (a retried activity, a replayed message): Temporal refuses the second start...
    const event: FollowUpEvent = { kind: 'sale', id: first.body.id, customerId: customer.id, occurredAt: Date.parse(occurredAt), reference: 'SO-20261130-0611' };
    await startFollowUpTrigger(stack.temporal, stack.config.TEMPORAL_TASK_QUEUE, event);
    // ...and a trigger run under another id (once the first id's retention has passed) finds the event's plan.
    const again = await stack.temporal.workflow.execute('followUpTriggerWorkflow', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: `${followUpTriggerWorkflowId(event)}-again`, args: [event] });
    expect(again).toEqual({ planId: p.planId });
    expect(await planIdsOf(customer.customerNo)).toEqual([p.planId]);
    const [{ count }]: Array<{ count: number }> = await stack.db.query(`SELECT count(*)::int AS count FROM follow_up_plans WHERE customer_id = $1`, [customer.id]);
    expect(count).toBe(1);
  });

  it("A-2, F-1: an event recorded before the customer's file starts its plan when the new file settles it", async () => {
    const occurredAt = new Date(Date.now() - 600_000).toISOString();
    const event = await http.post('/customer-file-events').set('Authorization', supervisor).send({ kind: 'repair', occurredAt }).expect(201);
    const created = await http.post('/customers').set('Authorization', supervisor).send({ customerNo: 'CU-699002', name: '吴修车', phone: '13700006112', fileEventId: event.body.id }).expect(201);
    const { customerNo } = created.body as { customerNo: string };
    const planIds = await eventually(() => planIdsOf(customerNo), (ids) => ids.length === 2, 30_000);
    const plans = (await Promise.all(planIds.map((id) => plannedPlan(id)))) as FollowUpState[];
    const repair = plans.find((p) => p.trigger === 'repair')!;
    expect(repair).toMatchObject({ agent: owner, source: { event: 'repair', id: event.body.id } });
    expect(schedule(repair, Date.parse(occurredAt))[0]).toEqual(['3dc', 3, 2]);
    expect(plans.map((p) => p.trigger).sort()).toEqual(['new_customer', 'repair']);
  });

  it("an exchange's delivered replacement starts the replacement call for the file owner, once", async () => {
    const customer = await ownedCustomer();
    const address = { name: '测试客户', phone: '13900006113', region: '浙江省杭州市', line: '西湖区文三路 1 号' };
    const returnNo = (
      await http
        .post('/returns')
        .set('Authorization', supervisor)
        .send({ type: 'exchange', source: 'tmall', customerNo: customer.customerNo, orderRef: 'SO-20261120-0611', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'quality_problem', description: 'Motor stops', customerPaidReturnShipping: false, address })
        .expect(201)
    ).body.returnNo as string;
    const act = (action: string, payload: Record<string, unknown> = {}) => http.post(`/returns/${returnNo}/${action}`).set('Authorization', supervisor).send(payload).expect(200);
    await act('approve');
    await act('ship', { courier: 'SF', waybillNo: waybill() });
    await act('receive');
    await act('inspect', { resellable: false, qualityProblem: true, notes: 'motor seized' });
    const done = await eventually(async () => (await http.get(`/returns/${returnNo}`).set('Authorization', supervisor).expect(200)).body as ReturnState, (s) => s.status === 'closed', 60_000);
    const delivered = done.parcels.find((p) => p.purpose === 'replacement')!.events.at(-1)!;
    expect(delivered.state).toBe('delivered');

    const p = await onlyPlanOf(customer.customerNo, 60_000);
    expect(p).toMatchObject({ trigger: 'exchange_replacement', tier: 1, agent: owner, source: { event: 'replacement_delivered', id: returnNo } });
    expect(schedule(p, Date.parse(delivered.at))).toEqual([['replacement_received', 3, 2]]);

    // The workflow's emit delivered once more: no second plan.
    await startFollowUpTrigger(stack.temporal, stack.config.TEMPORAL_TASK_QUEUE, { kind: 'replacement_delivered', id: returnNo, customerId: customer.id, occurredAt: Date.parse(delivered.at) });
    expect(await planIdsOf(customer.customerNo)).toEqual([p.planId]);
  });

  /** A complaint registered and contacted by the supervisor; returns its number. */
  const contactedComplaint = async (customerNo: string, category = 'quality'): Promise<string> => {
    const { caseNo } = (await http.post('/complaints').set('Authorization', supervisor).send({ customerNo, channel: 'phone', category, severity: 'high', description: 'Motor stops after ten minutes' }).expect(201)).body as { caseNo: string };
    await eventually(async () => (await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor)).status, (s) => s === 200, 30_000);
    await http.post(`/complaints/${caseNo}/contact`).set('Authorization', supervisor).send({ summary: 'Reached; motor fault confirmed' }).expect(200);
    return caseNo;
  };
  const closeComplaint = async (caseNo: string) => {
    await http.post(`/complaints/${caseNo}/resolve`).set('Authorization', supervisor).send({ remedy: 'explanation', summary: 'Batch reworked by the quality department' }).expect(200);
    const closed = await http.post(`/complaints/${caseNo}/satisfaction`).set('Authorization', supervisor).send({ reached: true, score: 4 }).expect(200);
    expect(closed.body.status).toBe('closed');
  };

  it('F-10: a complaint closed after the quality department acted starts the call again, for the file owner, once', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 300, failureRate: 0, duplicateRate: 0 });
    const customer = await ownedCustomer();
    const caseNo = await contactedComplaint(customer.customerNo);
    await http.post(`/complaints/${caseNo}/forward`).set('Authorization', supervisor).send({ note: 'Three units of one batch' }).expect(200);
    await http.post(`/complaints/${caseNo}/confirm-forward`).set('Authorization', manager).expect(200);
    await eventually(async () => (await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200)).body, (s) => s.department?.status === 'answered', 60_000);
    await closeComplaint(caseNo);
    const closedAt = Date.now();

    const p = await onlyPlanOf(customer.customerNo, 60_000);
    expect(p).toMatchObject({ trigger: 'complaint_call_back', tier: 1, agent: owner, source: { event: 'complaint_closed_after_department', id: caseNo } });
    const [[key, dueInDays, windowDays]] = schedule(p, closedAt);
    expect([key, windowDays]).toEqual(['after_department', 3]);
    expect(Math.abs((dueInDays as number) - 1)).toBeLessThan(60_000 / DAY);

    await startFollowUpTrigger(stack.temporal, stack.config.TEMPORAL_TASK_QUEUE, { kind: 'complaint_closed_after_department', id: caseNo, customerId: customer.id, occurredAt: closedAt });
    expect(await planIdsOf(customer.customerNo)).toEqual([p.planId]);
  });

  it('F-10: a complaint closed without a department starts no call-back plan', async () => {
    const customer = await ownedCustomer();
    const caseNo = await contactedComplaint(customer.customerNo, 'service');
    await closeComplaint(caseNo);
    await stack.temporal.workflow.getHandle(`complaint-${caseNo}`).result();
    expect(await triggerRan({ kind: 'complaint_closed_after_department', id: caseNo, customerId: customer.id, occurredAt: 0 })).toBe(false);
    expect(await planIdsOf(customer.customerNo)).toEqual([]);
  });

  it("F-10: a complaint from a follow-up call carries the customer's words, encrypted, and links to the call both ways", async () => {
    const customer = await ownedCustomer();
    const WORDS = '车架交付时就有划痕，客服一直没回电';
    await http.post('/follow-up-policies').set('Authorization', admin).send({ code: 'trg-fast', terms: fastTerms({ delivery: [fastStep('7dc', 1, 120)] }) }).expect(201);
    const { planId } = (await http.post('/follow-ups').set('Authorization', supervisor).send({ customerNo: customer.customerNo, trigger: 'delivery', policyCode: 'trg-fast' }).expect(201)).body as { planId: string };
    const due = await eventually(() => plan(planId), (p) => p.calls[0]?.status === 'due', 30_000);
    const callId = due.calls[0].callId;
    await http
      .post(`/follow-ups/${planId}/calls/${callId}/attempts`)
      .set('Authorization', supervisor)
      .send({ outcome: 'reached', satisfactionScore: 1, answers: { ...GREETED, dissatisfied_with: WORDS, apologised: true, improvement_promised: true }, complaintCategory: 'quality' })
      .expect(200);

    // The call links to the complaint...
    const linked = await eventually(() => plan(planId), (p) => p.calls[0].complaint?.status === 'registered', 30_000);
    const caseNo = linked.calls[0].complaint!.caseNo!;
    expect(caseNo).toMatch(/^CP-\d{8}-\d{4}$/);
    // ...and the complaint back to the plan, the call and the attempt.
    const complaint = (await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200)).body;
    expect(complaint).toMatchObject({ customerNo: customer.customerNo, fromFollowUpCall: { planId, callId, attemptNo: 1 } });

    // The customer's words travel in the complaint's input, which the server stores only encrypted.
    const plainClient = new Client({ connection: stack.temporal.connection, namespace: stack.config.TEMPORAL_NAMESPACE });
    const history = await plainClient.workflow.getHandle(`complaint-${caseNo}`).fetchHistory();
    const rawBytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
    expect(rawBytes.includes(Buffer.from(WORDS))).toBe(false);
    expect(rawBytes.includes(Buffer.from(stack.config.TEMPORAL_TASK_QUEUE))).toBe(true); // the search is meaningful
    const started = history.events![0].workflowExecutionStartedEventAttributes!;
    const [decoded] = await createPayloadCodec(stack.config).decode(started.input!.payloads! as Payload[]);
    const input = defaultPayloadConverter.fromPayload<ComplaintInput>(decoded);
    expect(input.description).toContain(WORDS);
    expect(input.fromFollowUpCall).toEqual({ planId, callId, attemptNo: 1 });
  });
});
