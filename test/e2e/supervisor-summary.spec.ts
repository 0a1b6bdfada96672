import request from 'supertest';
import type { ApiClient } from '@libs/api-client';
import { givenAgent, givenCustomer } from '../support/builders';
import { clientFor, expectData, expectError } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

// K-7: the supervisor's monthly and yearly summary, drafted from the data (volumes, KPIs against their
// targets, top causes, key-part alerts, late hand-overs), edited by the supervisor and filed for good.
describe('K-7 supervisor summaries (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: ApiClient;
  let supervisorCode: string;
  let auth: string;
  const MONTH = '2026-09';

  beforeAll(async () => {
    // The department simulator answers the L-4 checks made before a parts shipment is recorded.
    stack = await startTestStack({ api: true, worker: false, departments: true });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db);
    const signedIn = await clientFor(stack.api!, stack.db, 'supervisor', { name: '王主管' });
    supervisor = signedIn.client;
    supervisorCode = signedIn.member.code;
    auth = `Bearer ${signedIn.token}`;
    const customer = await givenCustomer(stack.db);

    // September's data: two repairs and a complaint with the cause found, 50 parts shipments of which one
    // was short, a motor defect with its alert, a file hand-over never made.
    for (const classification of ['repair', 'repair', 'complaint'] as const) {
      const { caseNo } = expectData(await supervisor.POST('/complaints', { body: { customerNo: customer.customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: '电机异响', classification } }), 201);
      await stack.db.query(`UPDATE case_records SET created_at = '2026-09-10T02:00:00Z', cause = 'solder joint' WHERE case_no = $1`, [caseNo]);
    }
    for (let n = 1; n <= 50; n += 1) {
      expectData(await supervisor.POST('/parts-shipments', { body: { waybillNo: `YT2026091${String(n).padStart(4, '0')}`, parts: [{ partNo: 'AXLE-R', quantity: 1 }], shippedAt: '2026-09-05T02:00:00Z', courier: '圆通速递', to: { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' }, billing: 'warranty' } }), 201);
    }
    await stack.db.query(`UPDATE parts_shipments SET result = 'missing_part' WHERE waybill_no = 'YT20260910001'`);
    await stack.db.query(`INSERT INTO key_part_defects (case_no, part, reported_at) VALUES ('CP-20260910-0001', 'motor', '2026-09-10T02:00:00Z')`);
    await stack.db.query(`INSERT INTO key_part_alerts (part, defects, window_days, raised_at, open_until, trigger_case_no) VALUES ('motor', 3, 30, '2026-09-12T02:00:00Z', '2026-10-12T02:00:00Z', 'CP-20260910-0001')`);
    expectData(await supervisor.POST('/customer-file-events', { body: { kind: 'visit', occurredAt: '2026-09-20T02:00:00Z' } }), 201);
  });
  afterAll(() => stack?.stop());

  const path = (period: string) => ({ params: { path: { period } } });

  it('K-7: drafts the monthly summary from the data: volumes, KPIs against targets, top causes, key-part alerts, late hand-overs', async () => {
    const draft = expectData(await supervisor.POST('/reports/summaries', { body: { period: MONTH } }), 201);
    expect(draft).toMatchObject({ period: MONTH, kind: 'monthly', status: 'draft', generatedBy: supervisorCode, filedAt: null });
    const text = draft.body;
    expect(text).toContain('# 售后工作月度总结 Monthly after-sales summary 2026-09');
    expect(text).toContain('- 登记案件 Cases registered: 3');
    expect(text).toContain('  - 维修 repairs: 2');
    expect(text).toContain('  - 投诉 complaints: 1');
    expect(text).toContain('- 配件发货 Parts shipments: 50');
    expect(text).toContain('| L-5 | Parts shipments without a wrong or missing part | 98.0% | ≥ 98.0% | 达标 met |');
    expect(text).toContain('1. solder joint: 3');
    expect(text).toContain('- motor: 1 defect(s)');
    expect(text).toContain('- 预警 Alert: motor, 3 defects, raised 2026-09-12T02:00:00.000Z');
    expect(text).toContain(`- ${supervisorCode} 王主管: 1`);
  });

  it('K-7: one summary per period: asking again returns the draft as it stands', async () => {
    const again = expectData(await supervisor.POST('/reports/summaries', { body: { period: MONTH } }), 200);
    expect(again.generatedAt).toBe(expectData(await supervisor.GET('/reports/summaries/{period}', path(MONTH))).generatedAt);
  });

  it('K-7: the supervisor edits the draft and downloads it as Markdown', async () => {
    const draft = expectData(await supervisor.GET('/reports/summaries/{period}', path(MONTH)));
    const body = `${draft.body}\n本月配件发货准确率刚好达标，下月加强出库复核。\n`;
    expect(expectData(await supervisor.PUT('/reports/summaries/{period}', { ...path(MONTH), body: { body } }))).toMatchObject({ body, editedBy: supervisorCode, status: 'draft' });
    const download = await http.get(`/reports/summaries/${MONTH}`).query({ format: 'markdown' }).set('Authorization', auth);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/markdown/);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="summary_${MONTH}.md"`);
    expect(download.text).toBe(body);
  });

  it('K-7: a filed summary is the record: it can be neither edited nor filed again', async () => {
    const filed = expectData(await supervisor.POST('/reports/summaries/{period}/file', path(MONTH)));
    expect(filed).toMatchObject({ status: 'filed', filedBy: supervisorCode });
    expect(expectError(await supervisor.PUT('/reports/summaries/{period}', { ...path(MONTH), body: { body: 'changed' } }), 409).message).toBe(`cannot edit the summary of ${MONTH}: it is filed`);
    expectError(await supervisor.POST('/reports/summaries/{period}/file', path(MONTH)), 409);
    expect(expectData(await supervisor.GET('/reports/summaries/{period}', path(MONTH))).body).toContain('下月加强出库复核');
  });

  it('K-7: a yearly summary covers the year; the list shows both without their text', async () => {
    const year = expectData(await supervisor.POST('/reports/summaries', { body: { period: '2026' } }), 201);
    expect(year.kind).toBe('yearly');
    expect(year.body).toContain('# 售后工作年度总结 Yearly after-sales summary 2026');
    expect(year.body).toContain('- 配件发货 Parts shipments: 50');
    const list = expectData(await supervisor.GET('/reports/summaries'));
    expect(list.items.map((s) => [s.period, s.status])).toEqual([['2026-09', 'filed'], ['2026', 'draft']]);
    expect(list.items[0]).not.toHaveProperty('body');
  });

  it('bad periods are refused naming the field; agents have no access', async () => {
    expect(expectError(await supervisor.POST('/reports/summaries', { body: { period: '2026-13' } }), 400)).toMatchObject({ field: 'period' });
    expectError(await supervisor.GET('/reports/summaries/{period}', path('2025-01')), 404);
    const agent = (await clientFor(stack.api!, stack.db, 'agent')).client;
    expectError(await agent.POST('/reports/summaries', { body: { period: MONTH } }), 403);
  });
});
