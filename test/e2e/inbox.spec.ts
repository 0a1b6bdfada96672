import request from 'supertest';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

type Caller = { header: string; code: string };
type InboxItem = { id: number; recipient: string; subject: string; caseNo: string | null; readAt: string | null };

// E2E tier: the personal staff inbox and the satisfaction call on the owner's worklist (C-8), over HTTP
// against the real API, PostgreSQL, Temporal and worker.
describe('staff inbox and satisfaction calls on the worklist (C-8, F-5)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: Caller;
  let owner: Caller;
  let other: Caller;
  let caseNo: string;
  let customer: { customerNo: string; phone: string | null };

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const as = async (role: 'agent' | 'supervisor') => {
      const b = await bearerFor(stack.api!, stack.db, role);
      return { header: b.header, code: b.member.code };
    };
    supervisor = await as('supervisor');
    owner = await as('agent');
    other = await as('agent');
    customer = await givenCustomer(stack.db, { phone: '13900003333' });
    // C-8: the satisfaction call falls due 2 s after resolution for these complaints.
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds, satisfaction_call_seconds)
       VALUES ('call-soon', 'other', 'low', NULL, '24x7', 600, 6000, 600, '{}', 2)`,
    );
    const res = await http.post('/complaints').set('Authorization', owner.header).send({ customerNo: customer.customerNo, channel: 'phone', category: 'other', severity: 'low', description: 'Scooter seat loose' }).expect(201);
    caseNo = res.body.caseNo;
    const assigned = await eventually(() => http.get(`/complaints/${caseNo}`).set('Authorization', supervisor.header), (r) => !!r.body.assignedAgent, 25_000);
    if (assigned.body.assignedAgent !== owner.code) {
      await http.post(`/complaints/${caseNo}/reassign`).set('Authorization', supervisor.header).send({ agent: owner.code, reason: 'the owner of this test' }).expect(200);
    }
    await http.post(`/complaints/${caseNo}/contact`).set('Authorization', owner.header).send({ summary: 'Called' }).expect(200);
    await http.post(`/complaints/${caseNo}/resolve`).set('Authorization', owner.header).send({ remedy: 'repair', summary: 'Seat bolts tightened' }).expect(200);
  });
  afterAll(() => stack?.stop());

  const inbox = (who: Caller, query: Record<string, string> = {}) => http.get('/inbox').set('Authorization', who.header).query(query);
  const callNotice = (res: request.Response): InboxItem | undefined => (res.body.items as InboxItem[]).find((i) => i.caseNo === caseNo && i.subject.startsWith('Satisfaction call due'));

  it("C-8: the owner reads the satisfaction call in their own inbox; a colleague's inbox does not show it", async () => {
    const mine = await eventually(() => inbox(owner).expect(200), (r) => !!callNotice(r), 30_000);
    expect(callNotice(mine)).toMatchObject({ recipient: owner.code, readAt: null });
    expect(mine.body.unread).toBeGreaterThanOrEqual(1);
    expect(callNotice(await inbox(other).expect(200))).toBeUndefined();
  });

  it('marks a message read, once (idempotent), per person; unread=true leaves it out; 404 for a message not in the inbox', async () => {
    const before = await inbox(owner).expect(200);
    const notice = callNotice(before)!;
    await http.post(`/inbox/${notice.id}/read`).set('Authorization', other.header).expect(404);
    const read = await http.post(`/inbox/${notice.id}/read`).set('Authorization', owner.header).expect(200);
    expect(read.body).toMatchObject({ id: notice.id, readAt: expect.any(String) });
    const again = await http.post(`/inbox/${notice.id}/read`).set('Authorization', owner.header).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    const unread = await inbox(owner, { unread: 'true' }).expect(200);
    expect(callNotice(unread)).toBeUndefined();
    expect(unread.body.unread).toBe(before.body.unread - 1);
    expect(callNotice(await inbox(owner, { unread: 'false' }).expect(200))).toMatchObject({ readAt: read.body.readAt });
    // Unread again, for the owner only.
    expect((await http.post(`/inbox/${notice.id}/unread`).set('Authorization', owner.header).expect(200)).body.readAt).toBeNull();
    expect((await inbox(owner, { unread: 'true' }).expect(200)).body.unread).toBe(before.body.unread);
  });

  it('refuses a malformed id or filter with 400 naming the field', async () => {
    const badId = await http.post('/inbox/abc/read').set('Authorization', owner.header).expect(400);
    expect(badId.body.field).toBe('id');
    const badFilter = await inbox(owner, { unread: 'maybe' }).expect(400);
    expect(badFilter.body.message).toContain('unread');
    await http.post('/inbox/999999999/read').set('Authorization', owner.header).expect(404);
  });

  it("C-8: the due satisfaction call is on the owner's worklist with the customer's phone and the remedy, not on a colleague's", async () => {
    const worklist = await eventually(() => http.get('/worklist').set('Authorization', owner.header).expect(200), (r) => r.body.satisfactionCalls.some((c: { caseNo: string }) => c.caseNo === caseNo), 20_000);
    const call = worklist.body.satisfactionCalls.find((c: { caseNo: string }) => c.caseNo === caseNo);
    expect(call).toMatchObject({ caseNo, agent: owner.code, remedy: 'repair', attempts: 0, customer: { customerNo: customer.customerNo, phone: '13900003333', timeZone: 'Asia/Shanghai' } });
    const others = await http.get('/worklist').set('Authorization', other.header).expect(200);
    expect(others.body.satisfactionCalls.map((c: { caseNo: string }) => c.caseNo)).not.toContain(caseNo);
    // Answered: the case closes and the call leaves the worklist.
    await http.post(`/complaints/${caseNo}/satisfaction`).set('Authorization', owner.header).send({ reached: true, score: 5 }).expect(200);
    await eventually(() => http.get('/worklist').set('Authorization', owner.header).expect(200), (r) => !r.body.satisfactionCalls.some((c: { caseNo: string }) => c.caseNo === caseNo), 20_000);
  });
});
