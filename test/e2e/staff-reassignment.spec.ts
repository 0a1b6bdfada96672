import request from 'supertest';
import type { staffReassignmentWorkflow } from '@workflows/staff/staff-reassignment.workflow';
import { givenCustomer } from '../support/builders';
import { bearerFor } from '../support/sign-in';
import { waitUntil } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// A-7 over HTTP: an agent set absent or departed hands every open case on, and each workflow knows.
describe('staff status and reassignment (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  /** Registers `n` complaints while `owner` is the only active agent, so they all land on them. */
  async function casesOf(owner: { header: string; code: string }, n: number): Promise<string[]> {
    const caseNos: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const res = await http.post('/complaints').set('Authorization', owner.header).send({ customerNo, channel: 'phone', category: 'service', severity: 'normal', description: `case ${i}` }).expect(201);
      caseNos.push(res.body.caseNo);
      await until(async () => (await http.get(`/complaints/${res.body.caseNo}`).set('Authorization', supervisor)).body.assignedAgent === owner.code);
    }
    return caseNos;
  }

  const until = (check: () => Promise<boolean>, timeoutMs = 15_000) => waitUntil(check, timeoutMs);

  const agent = async () => {
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    return { header: a.header, code: a.member.code };
  };
  const park = (code: string) => stack.db.query(`UPDATE staff_members SET status = 'absent' WHERE code = $1`, [code]);
  const activate = (code: string) => stack.db.query(`UPDATE staff_members SET status = 'active' WHERE code = $1`, [code]);

  it('moves the open cases of a departed agent over the colleagues, and each workflow learns its owner', async () => {
    const leaving = await agent();
    const caseNos = await casesOf(leaving, 3);
    const [a, b] = [await agent(), await agent()];

    const res = await http.put(`/staff/${leaving.code}/status`).set('Authorization', supervisor).send({ status: 'departed' }).expect(200);
    expect(res.body).toMatchObject({ code: leaving.code, status: 'departed' });
    const result = await stack.temporal.workflow.getHandle<typeof staffReassignmentWorkflow>(res.body.reassignmentWorkflowId).result();
    expect(result.moved).toHaveLength(3);
    expect(new Set(result.moved.map((m) => m.to))).toEqual(new Set([a.code, b.code]));

    for (const caseNo of caseNos) {
      const state = await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200);
      expect([a.code, b.code]).toContain(state.body.assignedAgent);
      expect(state.body.timeline.at(-1)).toMatchObject({ event: 'reassign', by: 'system' });
      expect(state.body.timeline.at(-1).note).toContain(`A-7: ${leaving.code} has left`);
    }
    await park(a.code);
    await park(b.code);
  });

  it('hands everything to the delegate during an absence', async () => {
    const away = await agent();
    const caseNos = await casesOf(away, 2);
    const delegate = await agent();
    const res = await http.put(`/staff/${away.code}/status`).set('Authorization', supervisor).send({ status: 'absent', delegate: delegate.code }).expect(200);
    const result = await stack.temporal.workflow.getHandle<typeof staffReassignmentWorkflow>(res.body.reassignmentWorkflowId).result();
    expect(result.moved).toEqual(caseNos.map((caseNo) => ({ caseNo, to: delegate.code })));
    await park(delegate.code);
    await activate(away.code);
    await park(away.code);
  });

  it('refuses agents (403), unknown staff (404) and bad bodies (400)', async () => {
    const someone = await agent();
    await http.put(`/staff/${someone.code}/status`).set('Authorization', someone.header).send({ status: 'absent' }).expect(403);
    await http.put('/staff/AG-999/status').set('Authorization', supervisor).send({ status: 'absent' }).expect(404);
    const bad = await http.put(`/staff/${someone.code}/status`).set('Authorization', supervisor).send({ status: 'on-holiday' }).expect(400);
    expect(bad.body.message).toContain('status must be one of');
    const selfDelegate = await http.put(`/staff/${someone.code}/status`).set('Authorization', supervisor).send({ status: 'absent', delegate: someone.code }).expect(400);
    expect(selfDelegate.body.field).toBe('delegate');
    await park(someone.code);
  });
});
