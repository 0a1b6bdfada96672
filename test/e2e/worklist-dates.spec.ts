import request from 'supertest';
import { fromLocal, toLocal } from '@libs/domain/calendar/zoned-time';
import { givenCustomerFile } from '../support/customer-files';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { fastStep, fastTerms, givenFollowUpPolicy } from '../workflows/follow-up-fixtures';

const SHANGHAI = 'Asia/Shanghai';
const HOUR_MS = 3_600_000;

/** The instant of `hour`:00 in Shanghai, `days` days from today there, and that day's date. */
function shanghaiAt(days: number, hour: number): { at: number; date: string } {
  const day = toLocal(Date.now(), SHANGHAI).day + days;
  return { at: fromLocal(day, hour * HOUR_MS, SHANGHAI), date: new Date(day * 86_400_000).toISOString().slice(0, 10) };
}

// E2E tier: GET /worklist over HTTP against the real API, PostgreSQL, Temporal and worker.
describe('GET /worklist by date and by range (F-1, F-5)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: { header: string; code: string };
  let calls: { late: string; next: string; week: string };
  const tomorrow = shanghaiAt(1, 23);
  const dayAfter = shanghaiAt(2, 9);
  const inFive = shanghaiAt(5, 15);

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    const customerNo = (await givenCustomerFile(stack.db, { name: '赵一', phone: '13900002222' })).customerNo;
    // One plan, three calls: tomorrow 23:00, the day after at 09:00 and in five days at 15:00 (Shanghai).
    // A whole second, so that each call falls due exactly at its hour.
    const occurredAt = Math.floor(Date.now() / 1000) * 1000;
    const after = (at: number) => Math.round((at - occurredAt) / 1000);
    const policyCode = await givenFollowUpPolicy(
      stack,
      fastTerms({ delivery: [fastStep('late', after(tomorrow.at), 3600), fastStep('next', after(dayAfter.at), 3600), fastStep('week', after(inFive.at), 3600)] }),
    );
    const { planId } = (await http.post('/follow-ups').set('Authorization', agent.header).send({ customerNo, trigger: 'delivery', agent: agent.code, policyCode, occurredAt: new Date(occurredAt).toISOString() }).expect(201)).body;
    await eventually(() => http.get(`/follow-ups/${planId}`).set('Authorization', agent.header), (r) => r.body.calls?.length === 3);
    calls = { late: `${planId}-late`, next: `${planId}-next`, week: `${planId}-week` };
  });
  afterAll(() => stack?.stop());

  const worklist = (query: Record<string, string>) => http.get('/worklist').set('Authorization', agent.header).query(query);
  const listed = (res: request.Response) => (res.body.items as Array<{ callId: string }>).map((i) => i.callId);

  it('date: lists the calls due by the end of that day in Asia/Shanghai, not only those already due', async () => {
    const res = await worklist({ date: tomorrow.date }).expect(200);
    expect(listed(res)).toEqual([calls.late]);
    expect(res.body).toMatchObject({ date: tomorrow.date, from: null, to: tomorrow.date, agent: agent.code, total: 1 });
    expect(res.body.items[0]).toMatchObject({ status: 'scheduled', customer: { name: '赵一', phone: '13900002222' } });
    expect(Date.parse(res.body.items[0].dueAt)).toBe(tomorrow.at);
    // The day after also lists tomorrow's call: it is still open then.
    expect(listed(await worklist({ date: dayAfter.date }).expect(200))).toEqual([calls.late, calls.next]);
    // Today none of them is due yet.
    expect(listed(await worklist({}).expect(200))).toEqual([]);
  });

  it('range: lists the calls falling due from the start of `from` to the end of `to`, for planning the week', async () => {
    const week = await worklist({ from: tomorrow.date, to: shanghaiAt(6, 0).date }).expect(200);
    expect(listed(week)).toEqual([calls.late, calls.next, calls.week]);
    expect(week.body).toMatchObject({ from: tomorrow.date, to: shanghaiAt(6, 0).date, total: 3 });
    expect(listed(await worklist({ from: dayAfter.date, to: dayAfter.date }).expect(200))).toEqual([calls.next]);
    expect(listed(await worklist({ from: shanghaiAt(3, 0).date, to: shanghaiAt(4, 0).date }).expect(200))).toEqual([]);
  });

  it.each([
    [{ date: '2026-02-31' }, 'date'],
    [{ date: '30/11/2026' }, 'date'],
    [{ from: '2026-12-01' }, 'to'],
    [{ to: '2026-12-01' }, 'from'],
    [{ from: '2026-12-05', to: '2026-12-01' }, 'to'],
    [{ from: '2026-12-01', to: '2027-02-01' }, 'to'],
    [{ from: '2026-11-31', to: '2026-12-01' }, 'from'],
    [{ date: '2026-12-01', from: '2026-12-01', to: '2026-12-02' }, 'date'],
  ])('refuses %j with 400 naming %s', async (query, field) => {
    const res = await worklist(query).expect(400);
    expect(`${res.body.field ?? ''} ${res.body.message}`).toContain(field);
  });
});
