import request from 'supertest';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from '@libs/domain/follow-ups/follow-up-policy';
import { RULE_ID_PATTERN } from '@libs/domain/messages/message-templates';
import { givenCustomerFile } from '../support/customer-files';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { fastTerms, GREETED } from '../workflows/follow-up-fixtures';

const DAY_MS = 86_400_000;
const TWO_WEEKS_MS = 14 * DAY_MS;
/** A date in Asia/Shanghai, as the worklist takes it. */
const shanghaiDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

interface PlanDetail {
  calls: Array<{ callId: string; stepKey: string; status: string; dueAt: string; letterQueued: boolean }>;
  timeline: Array<{ event: string }>;
}

// E2E tier: HTTP against the real API, PostgreSQL, Temporal and worker.
describe('customer events: invitations by phone two weeks ahead, then by letter (F-8, e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let agent: string;
  let customers: string[];
  const FAST = 'e2e-events';

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    customers = [
      (await givenCustomerFile(stack.db, { name: '赵一', phone: '13900002001' })).customerNo,
      (await givenCustomerFile(stack.db, { name: '钱二', phone: '13900002002' })).customerNo,
    ];
    // Calls at any hour, otherwise the seeded invitation: two weeks before the event, a window of two days, then the letter.
    const invitation = DEFAULT_FOLLOW_UP_POLICY_TERMS.plans.event_invitation;
    await http.post('/follow-up-policies').set('Authorization', admin).send({ code: FAST, terms: fastTerms({ event_invitation: invitation }) }).expect(201);
  });
  afterAll(() => stack?.stop());

  const plan = async (planId: string): Promise<PlanDetail> => (await http.get(`/follow-ups/${planId}`).set('Authorization', supervisor).expect(200)).body;
  const worklist = async (date: string): Promise<string[]> =>
    ((await http.get('/worklist').set('Authorization', supervisor).query({ date, limit: 200 }).expect(200)).body.items as Array<{ callId: string }>).map((i) => i.callId);

  it('F-8: an event for chosen customers plans a call two weeks ahead for each (the worklist lists it once due)', async () => {
    const eventAt = Date.now() + 30 * DAY_MS;
    const res = await http
      .post('/customer-events')
      .set('Authorization', supervisor)
      .send({ kind: 'service_day', name: '2027 春季免费检测日', date: new Date(eventAt).toISOString(), customerNos: customers })
      .expect(201);
    expect(res.body).toMatchObject({ kind: 'service_day', name: '2027 春季免费检测日', plans: customers.map((customerNo) => ({ customerNo, planId: expect.stringMatching(/^FU-/) })) });

    const calls = [];
    for (const { planId } of res.body.plans as Array<{ planId: string }>) {
      const [call] = (await eventually(() => plan(planId), (p) => p.calls.length === 1)).calls;
      expect(call.stepKey).toBe('invitation');
      // Two weeks before the event, moved at most a day forward out of quiet hours (F-5).
      const before = eventAt - Date.parse(call.dueAt);
      expect(before).toBeGreaterThan(TWO_WEEKS_MS - DAY_MS);
      expect(before).toBeLessThanOrEqual(TWO_WEEKS_MS);
      calls.push(call);
    }
    // Scheduled, so not on today's worklist: the next test shows an invitation call on it once due.
    const today = await worklist(shanghaiDate(Date.now()));
    for (const call of calls) {
      expect(call.status).toBe('scheduled');
      expect(today).not.toContain(call.callId);
    }
  });

  it('F-8: once the call is made the letter is in the outbox, in Chinese from its template, and both are on the plan', async () => {
    // The event two weeks and a few seconds away: the call is due now.
    const eventAt = Date.now() + TWO_WEEKS_MS + 3_000;
    const res = await http
      .post('/customer-events')
      .set('Authorization', supervisor)
      .set('Idempotency-Key', `event-${eventAt}`)
      .send({ kind: 'product_recall', name: 'EB-200 电池召回检修', date: new Date(eventAt).toISOString(), customerNos: [customers[0]], policyCode: FAST })
      .expect(201);
    const { planId } = res.body.plans[0] as { planId: string };
    const [call] = (await eventually(() => plan(planId), (p) => p.calls[0]?.status === 'due', 30_000)).calls;
    // On the worklist once the plan's row says it is due.
    await eventually(() => worklist(shanghaiDate(Date.now())), (ids) => ids.includes(call.callId), 30_000);

    await http
      .post(`/follow-ups/${planId}/calls/${call.callId}/attempts`)
      .set('Authorization', supervisor)
      .send({ outcome: 'reached', answers: { ...GREETED, attending: true } })
      .expect(200);
    const done = await eventually(() => plan(planId), (p) => p.calls[0].letterQueued, 30_000);
    expect(done.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['letter_queued']));

    const outbox = (await http.get('/outbox').set('Authorization', supervisor).query({ caseNo: planId, channel: 'letter' }).expect(200)).body.items as Array<{ recipient: string; subject: string; body: string }>;
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ recipient: customers[0], subject: '邀请函：EB-200 电池召回检修' });
    expect(outbox[0].body).toContain('诚邀您参加EB-200 电池召回检修');
    expect(outbox[0].body).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(`${outbox[0].subject} ${outbox[0].body}`).not.toMatch(RULE_ID_PATTERN);

    // A retry with the same key is the same event: no second plan.
    const again = await http
      .post('/customer-events')
      .set('Authorization', supervisor)
      .set('Idempotency-Key', `event-${eventAt}`)
      .send({ kind: 'product_recall', name: 'EB-200 电池召回检修', date: new Date(eventAt).toISOString(), customerNos: [customers[0]], policyCode: FAST })
      .expect(200);
    expect(again.body.id).toBe(res.body.id);
    expect(again.body.plans).toEqual(res.body.plans);
  });

  it.each([
    ['a customer without a file', () => ({ customerNos: [customers[0], 'CU-999999'] }), 'customerNos.1'],
    ['a date in the past', () => ({ date: new Date(Date.now() - DAY_MS).toISOString() }), 'date'],
    ['an unknown kind', () => ({ kind: 'party' }), 'kind'],
    ['no customers', () => ({ customerNos: [] }), 'customerNos'],
  ])('F-8: refuses %s with 400 naming the field, and makes no plan', async (_, change, field) => {
    const [{ count: before }]: Array<{ count: string }> = await stack.db.query(`SELECT count(*) FROM case_records WHERE kind = 'followup'`);
    const res = await http
      .post('/customer-events')
      .set('Authorization', supervisor)
      .send({ kind: 'service_day', name: '服务日', date: new Date(Date.now() + 30 * DAY_MS).toISOString(), customerNos: customers, ...change() })
      .expect(400);
    expect(res.body.field).toBe(field);
    const [{ count: after }]: Array<{ count: string }> = await stack.db.query(`SELECT count(*) FROM case_records WHERE kind = 'followup'`);
    expect(after).toBe(before);
  });

  it('F-8: only supervisors and up invite customers to events', async () => {
    await http.post('/customer-events').set('Authorization', agent).send({ kind: 'service_day', name: '服务日', date: new Date(Date.now() + 30 * DAY_MS).toISOString(), customerNos: customers }).expect(403);
  });
});
