import request from 'supertest';
import type { absenceReturnWorkflow } from '@workflows/staff/absence-return.workflow';
import type { staffReassignmentWorkflow } from '@workflows/staff/staff-reassignment.workflow';
import { givenCustomerFile } from '../support/customer-files';
import { eventually, waitUntil } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// A-7 over HTTP: absence is temporary delegation. What an absent agent hands on (complaints and
// follow-up calls) comes back when they are active again, each timeline saying so, except what a
// supervisor moved on meanwhile; departure stays permanent.
describe('absence delegation and return (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    customerNo = (await givenCustomerFile(stack.db, { name: '孙一', phone: '13900002222' }, [{ model: 'EB-200', serialNo: 'SN-7', purchaseDate: '2026-11-20' }])).customerNo;
  });
  afterAll(() => stack?.stop());

  const agent = async () => {
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    return { header: a.header, code: a.member.code };
  };
  /** Everyone else out of the way, so that new work lands on `code`. */
  const onlyActive = (code: string) => stack.db.query(`UPDATE staff_members SET status = 'absent' WHERE role = 'agent' AND code <> $1`, [code]);
  const complaint = async (caseNo: string) => (await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200)).body;
  const plan = async (planId: string) => (await http.get(`/follow-ups/${planId}`).set('Authorization', supervisor).expect(200)).body;
  const setStatus = (code: string, body: Record<string, unknown>) => http.put(`/staff/${code}/status`).set('Authorization', supervisor).send(body).expect(200);

  /** `n` complaints and one follow-up plan owned by `owner`, all in the read model. */
  async function workOf(owner: { header: string; code: string }, n: number): Promise<{ caseNos: string[]; planId: string }> {
    await onlyActive(owner.code);
    const caseNos: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const res = await http.post('/complaints').set('Authorization', owner.header).send({ customerNo, channel: 'phone', category: 'service', severity: 'normal', description: `case ${i}` }).expect(201);
      caseNos.push(res.body.caseNo);
    }
    const { planId } = (await http.post('/follow-ups').set('Authorization', supervisor).send({ customerNo, trigger: 'delivery', agent: owner.code }).expect(201)).body;
    const rows = async () => (await stack.db.query(`SELECT case_no, assigned_agent_code FROM case_records WHERE case_no = ANY($1)`, [[...caseNos, planId]])) as Array<{ assigned_agent_code: string }>;
    await waitUntil(async () => {
      const r = await rows();
      return r.length === n + 1 && r.every((x) => x.assigned_agent_code === owner.code);
    }, 30_000, 'the work in the read model');
    return { caseNos, planId };
  }

  it('A-7: absent → delegated → back → returned, except the case a supervisor moved on; timelines say so; follow-up calls too', async () => {
    const away = await agent();
    const { caseNos, planId } = await workOf(away, 3);
    const delegate = await agent();
    const colleague = await agent();

    // Absent: complaints and the follow-up plan go to the delegate.
    const absent = await setStatus(away.code, { status: 'absent', delegate: delegate.code });
    const handedOn = await stack.temporal.workflow.getHandle<typeof staffReassignmentWorkflow>(absent.body.reassignmentWorkflowId).result();
    expect(handedOn.moved.map((m) => m.to)).toEqual([delegate.code, delegate.code, delegate.code]);
    expect(handedOn.followUpsMoved).toEqual([{ caseNo: planId, to: delegate.code }]);
    expect((await plan(planId)).agent).toBe(delegate.code);
    expect((await plan(planId)).calls.every((c: { agent: string; status: string }) => c.agent === delegate.code)).toBe(true);

    // A supervisor moves one case on from the delegate, on purpose: that choice stands.
    const [kept, ...others] = caseNos;
    await http.post(`/complaints/${kept}/reassign`).set('Authorization', supervisor).send({ agent: colleague.code, reason: 'billing expertise' }).expect(200);

    // Back: everything else returns to the agent.
    const back = await setStatus(away.code, { status: 'active' });
    expect(back.body).toMatchObject({ code: away.code, status: 'active', reassignmentWorkflowId: expect.stringMatching(/^staff-return-/) });
    const returned = await stack.temporal.workflow.getHandle<typeof absenceReturnWorkflow>(back.body.reassignmentWorkflowId).result();
    expect(new Set(returned.returned)).toEqual(new Set([...others, planId]));
    expect(returned.movedOn).toEqual([kept]);

    for (const caseNo of others) {
      const state = await complaint(caseNo);
      expect(state.assignedAgent).toBe(away.code);
      const notes = state.timeline.filter((e: { event: string }) => e.event === 'reassign').map((e: { note: string }) => e.note);
      expect(notes[0]).toContain(`A-7: ${away.code} is absent, delegated to ${delegate.code}`);
      expect(notes.at(-1)).toContain(`from ${delegate.code} to ${away.code}: A-7: ${away.code} is back from absence`);
    }
    expect((await complaint(kept)).assignedAgent).toBe(colleague.code);

    const fu = await plan(planId);
    expect(fu.agent).toBe(away.code);
    const fuNotes = fu.timeline.filter((e: { event: string }) => e.event === 'reassigned').map((e: { note: string }) => e.note);
    expect(fuNotes).toEqual([
      expect.stringContaining(`from ${away.code} to ${delegate.code}: A-7: ${away.code} is absent`),
      expect.stringContaining(`from ${delegate.code} to ${away.code}: A-7: ${away.code} is back from absence`),
    ]);
    const settled: Array<{ outcome: string }> = await stack.db.query(`SELECT outcome FROM absence_delegations WHERE agent_code = $1 ORDER BY id`, [away.code]);
    expect(settled.map((s) => s.outcome).sort()).toEqual(['moved_on', 'returned', 'returned', 'returned']);

    // The read model follows: the returned work is the agent's again.
    await eventually(
      (): Promise<Array<{ n: number }>> => stack.db.query(`SELECT count(*)::int AS n FROM case_records WHERE assigned_agent_code = $1`, [away.code]),
      (r) => r[0].n === 3,
      20_000,
    );
  }, 120_000);

  it('A-7: departure stays permanent: what was delegated during an absence stays with the delegate', async () => {
    const leaving = await agent();
    const { caseNos, planId } = await workOf(leaving, 1);
    const delegate = await agent();
    const absent = await setStatus(leaving.code, { status: 'absent', delegate: delegate.code });
    await stack.temporal.workflow.getHandle<typeof staffReassignmentWorkflow>(absent.body.reassignmentWorkflowId).result();

    const departed = await setStatus(leaving.code, { status: 'departed' });
    expect(departed.body.reassignmentWorkflowId).toMatch(/^staff-reassign-/);
    await stack.temporal.workflow.getHandle<typeof staffReassignmentWorkflow>(departed.body.reassignmentWorkflowId).result();
    const settled: Array<{ outcome: string }> = await stack.db.query(`SELECT outcome FROM absence_delegations WHERE agent_code = $1`, [leaving.code]);
    expect(settled.map((s) => s.outcome)).toEqual(['departed', 'departed']);
    expect((await complaint(caseNos[0])).assignedAgent).toBe(delegate.code);
    expect((await plan(planId)).agent).toBe(delegate.code);
  }, 90_000);

  it("A-7: a departing agent's follow-up calls follow their customers to the new agent", async () => {
    const leaving = await agent();
    const { planId } = await workOf(leaving, 0);
    await stack.db.query(`UPDATE customers SET assigned_agent_code = $1 WHERE customer_no = $2`, [leaving.code, customerNo]);
    const successor = await agent();
    const departed = await setStatus(leaving.code, { status: 'departed' });
    const result = await stack.temporal.workflow.getHandle<typeof staffReassignmentWorkflow>(departed.body.reassignmentWorkflowId).result();
    expect(result.followUpsMoved).toEqual([{ caseNo: planId, to: successor.code }]);
    const fu = await plan(planId);
    expect(fu.agent).toBe(successor.code);
    expect(fu.timeline.at(-1).note).toContain(`A-7: ${leaving.code} has left`);
  }, 90_000);
});
