import request from 'supertest';
import { TokenService } from '@libs/auth';
import { ROLES } from '@libs/domain/staff/access';
import type { Browser } from 'playwright-core';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { FAST_RETURN_TERMS, waybill } from '../support/returns';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { DASHBOARD_RULES, formatFigure, type KpiRow } from '../../apps/console/src/domain/kpis';
import { businessDate } from '../../apps/console/src/domain/format';
import { enUS as EN } from '../../apps/console/src/i18n/en-US';
import { act, choose, L, launchChromium, open, screenshot, signedIn } from './browser';

// The staff console in Debian's Chromium against the real stack: the API (serving the built console),
// worker, department simulator, Temporal and PostgreSQL. Each test leaves a screenshot in test/console/artifacts.
describe('staff console (browser e2e)', () => {
  let stack: TestStack;
  let browser: Browser;
  let http: ReturnType<typeof request>;
  let admin: string;
  let agentCode: string;
  // A token for an existing staff member carries their current token version, as a sign-in's would.
  const bearer = async (code: string, role: string) => {
    const [member] = (await stack.db.query(`SELECT token_version FROM staff_members WHERE code = $1`, [code])) as Array<{ token_version: number }>;
    return `Bearer ${stack.api!.get(TokenService).issue({ code, role: role as never, tokenVersion: member.token_version }).accessToken}`;
  };

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('an agent finds the customer by the last 4 digits of a phone, registers a complaint, contacts and resolves it', async () => {
    const customer = await givenCustomer(stack.db, { phone: '13955558642', name: '王建国' });
    const { page, member } = await signedIn(browser, stack, 'agent'); // the only agent: every new case is theirs
    agentCode = member.code;

    await open(page, stack, '/intake');
    await page.getByLabel(L['lookup.phone']).fill('8642');
    await page.getByRole('button', { name: L['app.search'] }).click();
    await page.getByRole('button', { name: `${L['lookup.choose']} ${customer.customerNo}` }).click();
    await choose(page, L['complaint.category'], L['category.quality']);
    await page.getByLabel(L['complaint.description']).fill('充电器使用两周后无法充电');
    // A double click registers one case: the form's Idempotency-Key is the same for both.
    await page.getByRole('button', { name: L['complaint.register'] }).dblclick();

    await page.waitForURL(/#\/complaints\/CP-/);
    const caseNo = page.url().split('/').pop()!;
    expect((await http.get(`/complaints?customer=${customer.customerNo}`).set('Authorization', admin).expect(200)).body.total).toBe(1);
    await page.getByTestId('case-status').getByText(L['status.assigned']).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('case-owner').textContent()).resolves.toBe(agentCode);
    await expect(page.getByRole('button', { name: L['action.resolve'], exact: true }).isDisabled()).resolves.toBe(true);

    await act(page, L['action.contact'], { [L['field.summary']]: '已致电客户，确认充电器故障' });
    await page.getByTestId('case-status').getByText(L['status.contacted']).waitFor();
    await page.getByTestId('countdown').first().waitFor();
    await screenshot(page, 'agent-complaint-contacted', 'console-case.png');
    // The workbench: the case with its live countdown (C-3 first contact is met; resolution is next).
    await open(page, stack, '/workbench');
    await page.getByTestId('my-complaints').getByText(caseNo).waitFor();
    await page.getByTestId('countdown').first().waitFor();
    await screenshot(page, 'agent-workbench', 'console-workbench.png');

    await open(page, stack, `/complaints/${caseNo}`);
    await act(page, L['action.resolve'], { [L['field.summary']]: '更换充电器，客户认可' }, { [L['complaint.remedy']]: L['remedy.explanation'] });
    await page.getByTestId('case-status').getByText(L['status.resolved']).waitFor({ timeout: 20_000 });
    await screenshot(page, 'agent-complaint-resolved');

    const state = (await http.get(`/complaints/${caseNo}`).set('Authorization', admin).expect(200)).body;
    expect(state.status).toBe('resolved');
    expect(state.timeline.map((e: { event: string }) => e.event)).toEqual(expect.arrayContaining(['registered', 'assign', 'contact', 'resolve']));
  });

  it('a supervisor sees an escalation appear without reloading and reassigns the case', async () => {
    // A policy that escalates a critical logistics complaint 4 s after registration (C-6).
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('console-quick', 'logistics', 'critical', NULL, '24x7', 600, 600, 600, '{4}')`,
    );
    const customer = await givenCustomer(stack.db);
    const { page } = await signedIn(browser, stack, 'supervisor');
    await open(page, stack, '/supervisor');
    await page.getByTestId('escalations').waitFor();
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));

    const created = await http
      .post('/complaints')
      .set('Authorization', await bearer(agentCode, 'agent'))
      .send({ customerNo: customer.customerNo, channel: 'phone', category: 'logistics', severity: 'critical', description: '物流延误十天' })
      .expect(201);
    const caseNo: string = created.body.caseNo;
    await page.getByTestId('escalations').getByText(caseNo).waitFor({ timeout: 45_000 });
    expect(navigations).toBe(0);

    const other = await givenAgent(stack.db, { role: 'agent' });
    await page.getByRole('button', { name: `${L['action.reassign']} ${caseNo}` }).click();
    await page.getByRole('dialog').getByLabel(L['field.agent']).fill(other.code);
    await page.getByRole('dialog').getByLabel(L['field.reason']).fill('原负责人工作量过大');
    await page.getByRole('dialog').getByRole('button', { name: L['app.submit'] }).click();
    const owner = await eventually(
      async () => (await http.get(`/complaints/${caseNo}`).set('Authorization', admin).expect(200)).body.assignedAgent,
      (code) => code === other.code,
      20_000,
    );
    expect(owner).toBe(other.code);
    await screenshot(page, 'supervisor-reassigned');
  });

  const returnsDesk = (receiver: string, refunder: string) => async () => {
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
    const customer = await givenCustomer(stack.db);
    const agent = await bearer(agentCode, 'agent');
    const returnNo: string = (
      await http
        .post('/returns')
        .set('Authorization', agent)
        .send({ type: 'return_and_refund', source: 'tmall', customerNo: customer.customerNo, orderRef: 'SO-20261130-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'not_as_described', description: '颜色与描述不符' })
        .expect(201)
    ).body.returnNo;
    // The request is readable once its workflow runs; then the seller agrees.
    expect(await eventually(async () => (await http.post(`/returns/${returnNo}/approve`).set('Authorization', agent).send({})).status, (s) => s === 200, 20_000)).toBe(200);
    await http.post(`/returns/${returnNo}/ship`).set('Authorization', agent).send({ courier: 'YTO', waybillNo: waybill(), method: 'express' }).expect(200);

    const warehouse = await signedIn(browser, stack, receiver);
    await open(warehouse.page, stack, `/returns/${returnNo}`);
    await warehouse.page.getByTestId('return-status').getByText(L['status.buyer_shipped']).waitFor({ timeout: 20_000 });
    await act(warehouse.page, L['action.receive'], { [L['field.note']]: '外包装完好' });
    await warehouse.page.getByTestId('return-status').getByText(L['status.received']).waitFor({ timeout: 20_000 });
    await act(warehouse.page, L['action.inspect'], { [L['field.notes']]: '未使用，可二次销售' }, {}, [L['field.resellable']]);
    expect(await eventually(async () => (await http.get(`/returns/${returnNo}`).set('Authorization', admin)).body.inspection, (i) => Boolean(i), 20_000)).toMatchObject({ resellable: true });
    await screenshot(warehouse.page, `returns-${receiver}-inspected`);

    const finance = await signedIn(browser, stack, refunder);
    await open(finance.page, stack, `/returns/${returnNo}`);
    await finance.page.getByTestId('return-status').getByText(L['status.refunded']).waitFor({ timeout: 45_000 });
    await expect(finance.page.getByTestId('refund').textContent()).resolves.toContain('¥259.00');
    await screenshot(finance.page, `returns-${refunder}-refunded`);
  };

  // The warehouse and finance roles come with the role work on another branch; until the server knows them
  // this test is skipped and the one below runs the same desk with roles that exist.
  const hasDeskRoles = (ROLES as readonly string[]).includes('warehouse') && (ROLES as readonly string[]).includes('finance');
  (hasDeskRoles ? it : it.skip)('[needs roles warehouse/finance] a warehouse user receives and inspects a return and a finance user sees the refund follow', returnsDesk('warehouse', 'finance'));
  it('a supervisor receives and inspects a return and a manager sees the refund follow (the desk with existing roles)', returnsDesk('supervisor', 'manager'));

  it('the API serves the console at / and still answers its own paths, unknown ones with its JSON 404', async () => {
    const page = await http.get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<div id="root">');
    const unknown = await http.get('/no-such-route').expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/json/);
    await http.get('/complaints').expect(401);
  });

  it('an admin opens every screen in Chinese and in English without a script error', async () => {
    const { page } = await signedIn(browser, stack, 'admin');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const screens: Array<[string, string]> = [
      ['/workbench', 'menu.workbench'],
      ['/intake', 'menu.intake'],
      ['/complaints', 'complaint.list'],
      ['/returns', 'menu.returns'],
      ['/follow-ups', 'menu.followUps'],
      ['/customers', 'menu.customers'],
      ['/supervisor', 'menu.supervisor'],
      ['/dashboard', 'menu.dashboard'],
      ['/admin', 'menu.admin'],
    ];
    for (const [route, title] of screens) {
      await open(page, stack, route);
      await page.getByRole('heading', { name: L[title as keyof typeof L], exact: true }).waitFor();
    }
    await page.getByRole('button', { name: L['app.language'] }).click();
    for (const [route, title] of screens) {
      await open(page, stack, route);
      await page.getByRole('heading', { name: EN[title as keyof typeof EN], exact: true }).waitFor();
    }
    await screenshot(page, 'admin-english');
    expect(errors).toEqual([]);
  });

  it("a manager's dashboard shows the same numbers as GET /reports/kpis", async () => {
    const { page } = await signedIn(browser, stack, 'manager');
    await open(page, stack, '/dashboard');
    const table = page.getByTestId('kpi-table');
    await table.locator('[data-kpi]').first().waitFor({ timeout: 20_000 });
    // The dashboard's default period: this month (business time zone) to tomorrow.
    const period = { from: `${businessDate(0).slice(0, 7)}-01`, to: businessDate(1) };
    const report = (await http.get('/reports/kpis').query(period).set('Authorization', admin).expect(200)).body as { rows: KpiRow[] };
    const shown = report.rows.filter((r) => DASHBOARD_RULES.includes(r.rule));
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(shown.some((r) => r.value !== null)).toBe(true);
    for (const row of shown) {
      await expect(table.locator(`[data-kpi="${row.kpi}"]`).textContent()).resolves.toBe(formatFigure(row.value, row.unit));
    }
    await page.locator('canvas').first().waitFor();
    await screenshot(page, 'manager-dashboard', 'console-dashboard.png');
  });
});
