import request from 'supertest';
import type { ApiClient, Schemas } from '@libs/api-client';
import { businessDay } from '@libs/domain/cases/case-number';
import { givenAgent, givenCustomer } from '../support/builders';
import { clientFor, expectData, expectError } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

// C-2: every case is classified as a repair, a consultation or a complaint before its category, kept in
// the read model, filterable in the list and counted apart in the weekly report.
describe('C-2 classification (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let api: ApiClient;
  let auth: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db);
    customerNo = (await givenCustomer(stack.db)).customerNo;
    const supervisor = await clientFor(stack.api!, stack.db, 'supervisor');
    api = supervisor.client;
    auth = `Bearer ${supervisor.token}`;
  });
  afterAll(() => stack?.stop());

  const register = (over: Partial<Schemas['CreateComplaintDto']> = {}) =>
    api.POST('/complaints', { body: { customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: '充电器不工作', ...over } });
  const list = async (classification?: 'repair' | 'consultation' | 'complaint') =>
    expectData(await api.GET('/complaints', { params: { query: classification ? { classification } : {} } }));

  let repair: string;
  let consultation: string;
  let complaint: string;

  it('C-2: a repair and a consultation are registered as such; without a classification the case is a complaint', async () => {
    repair = expectData(await register({ classification: 'repair' }), 201).caseNo;
    consultation = expectData(await register({ classification: 'consultation', category: 'service' }), 201).caseNo;
    complaint = expectData(await register(), 201).caseNo;

    const rows = (await list()).items;
    expect(Object.fromEntries(rows.map((r) => [r.caseNo, r.classification]))).toEqual({ [repair]: 'repair', [consultation]: 'consultation', [complaint]: 'complaint' });
    const stored = await stack.db.query(`SELECT case_no, classification FROM case_records WHERE kind = 'complaint' ORDER BY case_no`);
    expect(stored).toEqual(expect.arrayContaining([{ case_no: repair, classification: 'repair' }, { case_no: complaint, classification: 'complaint' }]));
  });

  it('C-2: the list filters by classification', async () => {
    expect((await list('consultation')).items.map((r) => r.caseNo)).toEqual([consultation]);
    expect((await list('repair')).items.map((r) => r.caseNo)).toEqual([repair]);
    expect((await list('complaint')).items.map((r) => r.caseNo)).toEqual([complaint]);
  });

  it('C-2: an unknown classification is refused with 400 naming the field, and nothing is registered', async () => {
    const before = (await list()).total;
    const res = await http.post('/complaints').set('Authorization', auth).send({ customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: 'x', classification: 'question' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'classification' });
    expect(res.body.message).toBe('classification must be one of: repair, consultation, complaint');
    expect((await list()).total).toBe(before);
    expectError(await api.GET('/complaints', { params: { query: { classification: 'question' as 'repair' } } }), 400);
  });

  it('C-2: the weekly report counts repairs, consultations and complaints apart', async () => {
    const today = businessDay(new Date(), 'Asia/Shanghai').replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const manager = await clientFor(stack.api!, stack.db, 'manager');
    const weekly = expectData(await manager.client.GET('/reports/complaints/weekly', { params: { query: { from: today, to: tomorrow } } })) as { rows: Array<Record<string, unknown>> };
    const counts = weekly.rows.filter((r) => r.dimension === 'classification').map((r) => [r.key, r.complaints]);
    expect(counts).toEqual(expect.arrayContaining([['repair', 1], ['consultation', 1], ['complaint', 1]]));
    expect(counts).toHaveLength(3);
  });
});
