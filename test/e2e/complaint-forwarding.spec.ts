import request from 'supertest';
import { givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { bearerFor } from '../support/sign-in';
import { eventually, waitUntil } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// C-4 / C-7 over HTTP with the department simulator: the agent asks, the manager confirms, the quality
// department investigates and answers by signed callback, or stays silent and the case escalates.
describe('complaint forwarding to the quality department (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: string;
  let manager: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    manager = (await bearerFor(stack.api!, stack.db, 'manager')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
    // Billing/critical complaints here give the department 3 s (the case's resolution time).
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('quick-department', 'billing', 'critical', NULL, '24x7', 600, 3, 600, '{}')`,
    );
  });
  afterAll(() => stack?.stop());

  async function contactedComplaint(category = 'quality', severity = 'high'): Promise<string> {
    const res = await http.post('/complaints').set('Authorization', agent).send({ customerNo, channel: 'phone', category, severity, description: 'Motor stops after ten minutes', productRef: 'EB-200' }).expect(201);
    await until(async () => (await http.get(`/complaints/${res.body.caseNo}`).set('Authorization', agent)).status === 200);
    await http.post(`/complaints/${res.body.caseNo}/contact`).set('Authorization', agent).send({ summary: 'Reached; motor fault confirmed' }).expect(200);
    return res.body.caseNo;
  }

  const until = (check: () => Promise<boolean>, timeoutMs = 20_000) => waitUntil(check, timeoutMs);

  const state = async (caseNo: string) => (await http.get(`/complaints/${caseNo}`).set('Authorization', manager).expect(200)).body;

  it('forwards after the manager confirms, stops the clock meanwhile, and stores the cause and CAPA', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 1500, failureRate: 0, duplicateRate: 0 });
    const caseNo = await contactedComplaint();
    const asked = await http.post(`/complaints/${caseNo}/forward`).set('Authorization', agent).send({ note: 'Three units of one batch' }).expect(200);
    expect(asked.body.department).toMatchObject({ status: 'awaiting_confirmation', department: 'quality' });
    expect(asked.body.status).toBe('contacted');

    await http.post(`/complaints/${caseNo}/confirm-forward`).set('Authorization', agent).expect(403); // C-7: the manager confirms
    const sent = await http.post(`/complaints/${caseNo}/confirm-forward`).set('Authorization', manager).expect(200);
    expect(sent.body.status).toBe('forwarded');
    await until(async () => (await state(caseNo)).sla.paused === true);

    await until(async () => (await state(caseNo)).timeline.some((e: { event: string }) => e.event === 'sla_clock_resumed'));
    const answered = await state(caseNo);
    expect(answered.department).toMatchObject({ status: 'answered' });
    expect(answered.department.answer.cause).toEqual(expect.any(String));
    expect(answered.department.answer.correctiveActions.length).toBeGreaterThan(0);
    expect(answered.department.answer.preventiveActions.length).toBeGreaterThan(0);
    expect(answered.sla.paused).toBe(false);
    expect(answered.timeline.map((e: { event: string }) => e.event)).toEqual(
      expect.arrayContaining(['forward_requested', 'forward', 'sla_clock_paused', 'department_answer', 'sla_clock_resumed']),
    );
    // The case can go back to the department for another round.
    await http.post(`/complaints/${caseNo}/forward`).set('Authorization', agent).send({ note: 'CAPA unclear' }).expect(200);
  });

  it('C-4, C-5: a department that never answers within what is left of the resolution time is timed out, one step up the ladder', async () => {
    await givenDepartment(stack, 'quality', { mode: 'manual' });
    const caseNo = await contactedComplaint('billing', 'critical');
    await http.post(`/complaints/${caseNo}/forward`).set('Authorization', agent).send({ note: 'Needs investigation' }).expect(200);
    await http.post(`/complaints/${caseNo}/confirm-forward`).set('Authorization', manager).expect(200);

    await until(async () => (await state(caseNo)).department?.status === 'timed_out');
    const silent = await state(caseNo);
    // C-4: silence is recorded as a timeout by the system, not as the department's answer.
    expect(silent.status).toBe('department_timed_out');
    expect(silent.timeline.find((e: { event: string }) => e.event === 'department_timeout')).toMatchObject({ by: 'system' });
    expect(silent.timeline.some((e: { event: string }) => e.event === 'department_answer')).toBe(false);
    // One step up the ladder: agent → supervisor.
    expect(silent.escalationLevel).toBe(1);
    // C-5: at most what was left of the case's 3 s resolution time.
    expect(silent.department.reason).toMatch(/^no answer from the quality department within [1-3] s$/);
    // The breach and the supervisor's notice are written after the state says timed_out: wait for them.
    const rows = async (sql: string) => ((await stack.db.query(sql, [caseNo])) as unknown[]).length;
    const notice = `SELECT 1 FROM notification_outbox WHERE case_no = $1 AND dedupe_key LIKE '%:department-%' AND recipient = 'supervisor'`;
    await until(async () => (await rows(notice)) > 0);
    expect(await rows(notice)).toBe(1);
    expect(await rows(`SELECT 1 FROM sla_breaches WHERE case_no = $1 AND target = 'department_answer' AND escalation_level = 1`)).toBe(1);
  });

  it('records a refusal by the department with its reason', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 200, failureRate: 1, duplicateRate: 0 });
    const caseNo = await contactedComplaint();
    await http.post(`/complaints/${caseNo}/forward`).set('Authorization', agent).send({ note: 'Investigate' }).expect(200);
    await http.post(`/complaints/${caseNo}/confirm-forward`).set('Authorization', manager).expect(200);
    await until(async () => (await state(caseNo)).department?.status === 'refused');
    const refused = await state(caseNo);
    expect(refused.department.reason).toMatch(/^the quality department refused: /);
  });

  it('refuses a confirmation without a request (409) and a forward before contact (409)', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 200, failureRate: 0 });
    const caseNo = await contactedComplaint();
    const none = await http.post(`/complaints/${caseNo}/confirm-forward`).set('Authorization', manager).expect(409);
    expect(none.body.message).toBe('there is no forwarding request to confirm');
    const fresh = await http.post('/complaints').set('Authorization', agent).send({ customerNo, channel: 'phone', category: 'quality', severity: 'low', description: 'x' }).expect(201);
    await until(async () => (await http.get(`/complaints/${fresh.body.caseNo}`).set('Authorization', agent)).status === 200);
    const early = await http.post(`/complaints/${fresh.body.caseNo}/forward`).set('Authorization', agent).send({ note: 'x' }).expect(409);
    expect(early.body.message).toBe('cannot forward a complaint that is assigned');
  });

  it('reports a key part crossing its defect threshold to the quality department once (C-12)', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 0, failureRate: 0 });
    const caseNos: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await http.post('/complaints').set('Authorization', agent).send({ customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: 'Brake squeal', keyPart: 'brake', productRef: `EB-B-${i}` }).expect(201);
      caseNos.push(res.body.caseNo);
      await until(async () => (await http.get(`/complaints/${res.body.caseNo}`).set('Authorization', agent)).status === 200);
    }
    const sim = request(stack.departments!.getHttpServer());
    let reports: Array<{ part: string; defects: number; caseNos: string[] }> = [];
    await until(async () => {
      reports = (await sim.get('/control/quality/key-part-reports').expect(200)).body;
      return reports.length > 0;
    });
    // Once: the fourth case has counted its defect (after the third reported) and raised nothing.
    await until(async () => (await state(caseNos[3])).timeline.some((e: { event: string }) => e.event === 'key_part_defect_recorded'));
    expect((await state(caseNos[3])).timeline.map((e: { event: string }) => e.event)).not.toContain('key_part_alert_raised');
    reports = (await sim.get('/control/quality/key-part-reports').expect(200)).body;
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ part: 'brake', defects: 3, caseNos: caseNos.slice(0, 3) });
  });
});
