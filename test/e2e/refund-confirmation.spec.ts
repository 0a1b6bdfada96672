import request from 'supertest';
import type { ReturnState } from '@workflows/returns/return.contract';
import { givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { eventually } from '../support/eventually';
import { FAST_RETURN_TERMS, paymentsFor } from '../support/returns';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// a refund above the return policy's threshold waits for a person with the finance role to
// confirm it before finance is asked to pay; below it, it goes straight through. Over HTTP against the
// real API, database, Temporal, worker and finance simulator.
describe('finance confirms large refunds (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: string;
  let supervisor: string;
  let finance: { header: string; code: string };
  let customerNo: string;
  const policyCode = 'confirm-above-1000';
  const THRESHOLD_FEN = 100_000;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    const f = await bearerFor(stack.api!, stack.db, 'finance');
    finance = { header: f.header, code: f.member.code };
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
    await givenDepartment(stack, 'finance', { mode: 'auto', latencyMs: 0, failureRate: 0 });
    // The threshold is a term of the versioned return policy, written by an admin like the others.
    const created = await http
      .post('/return-policies')
      .set('Authorization', admin)
      .send({ code: policyCode, terms: { ...FAST_RETURN_TERMS, refundConfirmationAboveFen: THRESHOLD_FEN } })
      .expect(201);
    expect(created.body.terms.refundConfirmationAboveFen).toBe(THRESHOLD_FEN);
  });
  afterAll(() => stack?.stop());

  /** A refund-only request under the policy, agreed by the seller: the refund is then requested at once. */
  async function agreedRefund(amountFen: number): Promise<string> {
    const body = { type: 'refund_only', source: 'tmall', customerNo, orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen, reason: 'not_as_described', description: 'Colour differs', goodsState: 'received', policyCode };
    const { returnNo } = (await http.post('/returns').set('Authorization', agent).send(body).expect(201)).body;
    await eventually(() => http.get(`/returns/${returnNo}`).set('Authorization', agent), (res) => res.status === 200, 20_000);
    await http.post(`/returns/${returnNo}/approve`).set('Authorization', agent).send({}).expect(200);
    return returnNo;
  }
  const stateOf = async (returnNo: string): Promise<ReturnState> => (await http.get(`/returns/${returnNo}`).set('Authorization', supervisor).expect(200)).body;
  const until = (returnNo: string, ok: (s: ReturnState) => boolean) => eventually(() => stateOf(returnNo), ok, 30_000);
  const confirm = (returnNo: string, who: string) => http.post(`/returns/${returnNo}/refund-confirmation`).set('Authorization', who).send({});

  it('R-4: a refund above the threshold waits for finance to confirm; nobody else may; confirmed, it is paid once and the timeline names who confirmed', async () => {
    const returnNo = await agreedRefund(THRESHOLD_FEN + 1);
    const waiting = await until(returnNo, (s) => s.refund?.status === 'awaiting_confirmation');
    expect(waiting.status).toBe('refund_pending');
    expect(waiting.timeline.map((t) => t.event)).toContain('refund_awaiting_confirmation');
    // Once the workflow has published that state (its main loop is idle), finance has not been asked.
    await eventually(
      (): Promise<Array<{ state_version: number }>> => stack.db.query(`SELECT state_version FROM case_records WHERE case_no = $1`, [returnNo]),
      (rows) => rows[0]?.state_version >= waiting.stateVersion,
      20_000,
    );
    const asked = await stack.temporal.workflow.getHandle(`return-${returnNo}-refund-1`).describe().then(() => true, () => false);
    expect(asked).toBe(false);
    expect((await stateOf(returnNo)).refund).toMatchObject({ status: 'awaiting_confirmation', attempts: 0 });
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(0);

    // only the finance role confirms: the agent handling it and a supervisor get 403, and nothing changes.
    for (const who of [agent, supervisor]) {
      const refused = await confirm(returnNo, who).expect(403);
      expect(refused.body.message).toEqual(expect.any(String));
    }
    expect((await stateOf(returnNo)).refund?.status).toBe('awaiting_confirmation');

    const confirmed = await confirm(returnNo, finance.header).expect(200);
    expect(confirmed.body.refund).toMatchObject({ confirmedBy: finance.code });
    const done = await until(returnNo, (s) => s.status === 'refunded');
    expect(done.refund).toMatchObject({ status: 'paid', attempts: 1, confirmedBy: finance.code });
    expect(done.timeline.find((t) => t.event === 'refund_confirmed')).toMatchObject({ by: finance.code });
    const events = done.timeline.map((t) => t.event);
    expect(events.indexOf('refund_confirmed')).toBeLessThan(events.indexOf('refund_requested'));
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);

    // Confirming again changes nothing (409: there is nothing awaiting confirmation), and pays nothing more.
    await confirm(returnNo, finance.header).expect(409);
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
  });

  it('R-4: a refund at or below the threshold goes straight to finance, with no confirmation', async () => {
    const returnNo = await agreedRefund(THRESHOLD_FEN);
    const done = await until(returnNo, (s) => s.status === 'refunded');
    expect(done.refund).toMatchObject({ status: 'paid', attempts: 1 });
    expect(done.refund?.confirmedBy ?? null).toBeNull();
    expect(done.timeline.map((t) => t.event)).not.toContain('refund_awaiting_confirmation');
    expect(await paymentsFor(stack, `RF-${returnNo}`)).toHaveLength(1);
    // Nothing to confirm: 409 for finance, 403 for anyone else.
    await confirm(returnNo, finance.header).expect(409);
    await confirm(returnNo, agent).expect(403);
  });

  it('R-4: the threshold is validated as a policy term (a negative amount is refused naming the field)', async () => {
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    const res = await http
      .put(`/return-policies/${policyCode}`)
      .set('Authorization', admin)
      .send({ terms: { ...FAST_RETURN_TERMS, refundConfirmationAboveFen: -1 } })
      .expect(400);
    expect(res.body.message).toContain('refundConfirmationAboveFen');
  });
});
