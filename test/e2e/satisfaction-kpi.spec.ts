import request from 'supertest';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// K-2 (service satisfaction) over HTTP: the customer's first answer after each resolution counts, so
// a resolution that failed stays in the KPI when the case is resolved again; a reopen by staff is not
// the customer's dissatisfaction. Real API, worker, Temporal and read model.
describe('service satisfaction counts each resolution (K-2, e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: { header: string; code: string };
  let manager: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    manager = (await bearerFor(stack.api!, stack.db, 'manager')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  const post = (caseNo: string, action: string, body: object = {}) => http.post(`/complaints/${caseNo}/${action}`).set('Authorization', agent.header).send(body);

  /** A complaint registered, assigned to the agent and contacted. */
  async function contacted(): Promise<string> {
    const { caseNo } = (await http.post('/complaints').set('Authorization', agent.header).send({ customerNo, channel: 'phone', category: 'service', severity: 'low', description: 'Installer late' }).expect(201)).body;
    await eventually(() => http.get(`/complaints/${caseNo}`).set('Authorization', agent.header), (res) => res.status === 200 && res.body.status === 'assigned', 20_000);
    await post(caseNo, 'contact', { summary: 'Reached the customer' }).expect(200);
    return caseNo;
  }
  const resolve = (caseNo: string, summary: string) => post(caseNo, 'resolve', { remedy: 'explanation', summary }).expect(200);
  const answer = (caseNo: string, score: number) => post(caseNo, 'satisfaction', { reached: true, score }).expect(200);

  it('K-2: a staff reopen is not dissatisfaction; a failed first resolution stays counted after the case closes satisfied', async () => {
    // Complaint A: the customer was unhappy with the first resolution (score 1), happy with the second (5).
    const a = await contacted();
    await resolve(a, 'Explained the schedule');
    expect((await answer(a, 1)).body.status).toBe('reopened');
    await post(a, 'contact', { summary: 'Called back' }).expect(200);
    await resolve(a, 'Installer rebooked with a voucher');
    expect((await answer(a, 5)).body.status).toBe('closed');

    // Complaint B: staff reopen a resolution before the customer said anything, then it satisfies (5).
    const b = await contacted();
    await resolve(b, 'Explained the schedule');
    const reopened = (await post(b, 'reopen', { reason: 'the installer cancelled again' }).expect(200)).body;
    expect(reopened.status).toBe('reopened');
    const last = reopened.timeline.at(-1);
    expect(last).toMatchObject({ event: 'reopen', by: agent.code, note: 'the installer cancelled again' });
    expect(reopened.timeline.map((e: { event: string }) => e.event)).not.toContain('report_unsatisfied');
    await resolve(b, 'Installer came');
    expect((await answer(b, 5)).body.status).toBe('closed');

    // The read model holds both, closed, with the answers per resolution.
    const rows = await eventually(
      (): Promise<Array<{ case_no: string; status: string; satisfaction_answers: number; satisfied_answers: number }>> =>
        stack.db.query(`SELECT case_no, status, satisfaction_answers, satisfied_answers FROM case_records WHERE case_no = ANY($1) ORDER BY case_no`, [[a, b]]),
      (r) => r.length === 2 && r.every((row) => row.status === 'closed'),
      20_000,
    );
    expect(Object.fromEntries(rows.map((r) => [r.case_no, [r.satisfaction_answers, r.satisfied_answers]]))).toEqual({ [a]: [2, 1], [b]: [1, 1] });

    // K-2 service satisfaction: 2 satisfied answers of 3 (counting only the latest score would say 2 of 2).
    const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
    const report = (await http.get('/reports/kpis').set('Authorization', manager).query({ from: day(-1), to: day(2) }).expect(200)).body;
    const service = report.rows.find((r: { kpi: string }) => r.kpi === 'service_satisfaction');
    expect(service).toMatchObject({ numerator: 2, denominator: 3, value: 0.6667 });
  }, 90_000);
});
