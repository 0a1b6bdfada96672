import { toLocal } from '@libs/domain/calendar/zoned-time';
import { ALWAYS, CallHours } from '@libs/domain/follow-ups/call-hours';
import { addDays } from '@libs/domain/follow-ups/care-messages';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS } from '@libs/domain/follow-ups/follow-up-policy';
import { tier3Windows } from '@libs/domain/follow-ups/sampling';
import { ensureFollowUpSchedules, FOLLOW_UP_SCHEDULES } from '@libs/follow-ups/schedules/follow-up-schedules';
import { isoDay } from '../../activities/follow-ups/follow-up-sampling.activities';
import { givenAgent, givenCustomer } from '../support/builders';
import { givenCustomerFile } from '../support/customer-files';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';
import { givenFollowUpPolicy } from './follow-up-fixtures';

type SampleRun = { run_id: string; tier: number; picked: number; plan_ids: string[]; rule: string };

describe('follow-up Schedules: tier-2 and tier-3 samples, daily care', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
    await givenAgent(stack.db);
  });
  afterAll(() => stack?.stop());

  const runsOf = (tier: number): Promise<SampleRun[]> => stack.db.query(`SELECT run_id, tier, picked, plan_ids, rule FROM follow_up_sample_runs WHERE tier = $1 ORDER BY ran_at`, [tier]);

  /** Runs a Schedule's action now, as an operator's "Trigger" in the Temporal UI does, and waits for its record. */
  async function trigger(scheduleId: string, tier: number): Promise<SampleRun> {
    const before = (await runsOf(tier)).length;
    await stack.temporal.schedule.getHandle(scheduleId).trigger();
    const runs = await eventually(() => runsOf(tier), (r) => r.length > before, 30_000);
    expect(runs.length).toBe(before + 1);
    return runs[runs.length - 1];
  }

  it('exist once the worker has started — paused under NODE_ENV=test — and a second start-up leaves them as they are', async () => {
    for (const definition of FOLLOW_UP_SCHEDULES) {
      const described = await stack.temporal.schedule.getHandle(definition.scheduleId).describe();
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: definition.workflowType, taskQueue: stack.config.TEMPORAL_TASK_QUEUE });
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.state.paused).toBe(true);
      expect(described.state.note).toBe(definition.note);
    }
    const tier3 = await stack.temporal.schedule.getHandle('follow-up-tier3-quarterly').describe();
    expect(tier3.spec.calendars?.[0].month.map((m) => m.start)).toEqual(['JANUARY', 'APRIL', 'JULY', 'OCTOBER']);
    const again = await ensureFollowUpSchedules(stack.temporal, { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, paused: true });
    expect(again).toEqual({ created: [], present: FOLLOW_UP_SCHEDULES.map((d) => d.scheduleId) });
  });

  it('F-3: a run of the monthly Schedule picks a sample of the size and rule in the policy and creates their tier-2 calls', async () => {
    for (let i = 0; i < 5; i++) await givenCustomer(stack.db);
    // An admin's new version of the default policy: the next run uses it.
    await givenFollowUpPolicy(stack, { ...DEFAULT_FOLLOW_UP_POLICY_TERMS, tier2: { sampleSize: 3, rule: 'least_recently_called' } }, 'default');

    const run = await trigger('follow-up-tier2-monthly', 2);
    expect(run.run_id).toMatch(/^follow-up-tier2-sample-/);
    expect(run.picked).toBe(3);
    expect(run.rule).toBe('least_recently_called, 3 customers');
    const calls: Array<{ plan_id: string; customer_id: string; tier: number; trigger: string; status: string }> = await eventually(
      () => stack.db.query(`SELECT plan_id, customer_id, tier, trigger, status FROM follow_up_calls WHERE plan_id = ANY($1)`, [run.plan_ids]),
      (rows: unknown[]) => rows.length === 3,
    );
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.customer_id)).size).toBe(3);
    for (const call of calls) expect(call).toMatchObject({ tier: 2, trigger: 'monthly_sample', status: expect.stringMatching(/scheduled|due/) });
    // Each sampled customer has a plan of its own, a workflow the UI shows under its plan number.
    for (const planId of run.plan_ids) expect((await stack.temporal.workflow.getHandle(`followup-${planId}`).describe()).status.name).toBe('RUNNING');
  });

  it("F-4: a run of the quarterly Schedule gives the GM office new customers a quarter after purchase and large-repair, accident and VIP repair customers", async () => {
    const gm = await givenAgent(stack.db, { code: 'GMO-100', role: 'gm_office' });
    const w = tier3Windows(isoDay(Date.now()));
    const bought = (date: string) => [{ purchaseDate: date }];
    const newCustomer = await givenCustomerFile(stack.db, {}, bought(addDays(w.purchasedFrom, 10)));
    const recentBuyer = await givenCustomerFile(stack.db, {}, bought(addDays(w.purchasedBefore, 10)));
    const repaired = async (tier: 'regular' | 'vip', details: Record<string, unknown>) => {
      const customer = await givenCustomerFile(stack.db, { tier });
      await stack.db.query(
        `INSERT INTO follow_up_plans (plan_id, customer_id, trigger, tier, policy_code, policy_version, occurred_at, details, created_by)
         VALUES ($1, $2, 'repair', 1, 'default', 1, now() - interval '10 days', $3, 'test')`,
        [`FU-TEST-${customer.customerNo}`, customer.id, JSON.stringify(details)],
      );
      return customer;
    };
    const largeRepair = await repaired('regular', { repairAmountFen: 800_000 });
    const accident = await repaired('regular', { repairAmountFen: 50_000, majorAccident: true });
    const vip = await repaired('vip', { repairAmountFen: 10_000 });
    const smallRepair = await repaired('regular', { repairAmountFen: 10_000 });

    const run = await trigger('follow-up-tier3-quarterly', 3);
    const plans: Array<{ customer_id: string; trigger: string; agent_code: string; tier: number }> = await eventually(
      () => stack.db.query(`SELECT customer_id, trigger, agent_code, tier FROM follow_up_plans WHERE plan_id = ANY($1)`, [run.plan_ids]),
      (rows: unknown[]) => rows.length === run.picked,
    );
    const picked = (trigger: string) => plans.filter((p) => p.trigger === trigger).map((p) => p.customer_id).sort();
    expect(picked('quarterly_new_customer')).toEqual([newCustomer.id]);
    expect(picked('quarterly_repair')).toEqual([largeRepair.id, accident.id, vip.id].sort());
    expect(plans.map((p) => p.customer_id)).not.toContain(recentBuyer.id);
    expect(plans.map((p) => p.customer_id)).not.toContain(smallRepair.id);
    for (const plan of plans) expect(plan).toMatchObject({ agent_code: gm.code, tier: 3 });
  });

  it('F-6, F-7: the daily care run sends birthday greetings and reminders by SMS through the outbox, each once', async () => {
    const date = '2026-12-01';
    const birthday = await givenCustomerFile(stack.db, { name: '周杰', birthday: '1990-12-05' });
    const later = await givenCustomerFile(stack.db, { birthday: '1990-12-20' });
    const owner = await givenCustomerFile(stack.db, { name: '吴芳' }, [{ model: 'EB-300', plate: '苏A8888', nextMaintenanceDate: '2026-12-08', insuranceRenewalDate: '2026-12-15' }]);
    // Contact allowed at any hour: when each message goes out is the next test's business (F-5).
    const policyCode = await givenFollowUpPolicy(stack, { ...DEFAULT_FOLLOW_UP_POLICY_TERMS, callHours: ALWAYS });
    const run = async () =>
      (
        await stack.temporal.workflow.start('customerCareWorkflow', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: `customer-care-test-${Date.now()}`, args: [{ date, policyCode }] })
      ).result() as Promise<{ date: string; due: number; queued: number }>;

    const first = await run();
    expect(first).toMatchObject({ date, due: 2, queued: 2 });
    const sms: Array<{ recipient: string; subject: string; body: string }> = await stack.db.query(
      `SELECT recipient, subject, body FROM notification_outbox WHERE channel = 'sms' AND dedupe_key LIKE 'care:%' ORDER BY recipient`,
    );
    expect(sms).toEqual(
      [
        { recipient: birthday.customerNo, subject: '生日祝福', body: '周杰您好，提前祝您12月5日生日快乐！感谢您一直以来的支持。' },
        { recipient: owner.customerNo, subject: '保养提醒', body: '吴芳您好，您的EB-300（苏A8888）将于12月8日到保养时间，请提前预约。' },
      ].sort((a, b) => a.recipient.localeCompare(b.recipient)),
    );
    expect(sms.map((m) => m.recipient)).not.toContain(later.customerNo);
    // A repeated run (a retry, or a catch-up after downtime) sends nothing twice.
    expect(await run()).toMatchObject({ due: 2, queued: 0 });
  });

  it("F-5, F-6: each care message goes out at an allowed hour on the customer's own clock: Shanghai at once, London 8 hours later", async () => {
    const date = '2027-03-01';
    // Contact allowed from this minute of the Shanghai clock for two hours (to midnight at most), every day.
    const minute = Math.floor(toLocal(Date.now(), 'Asia/Shanghai').msOfDay / 60_000);
    const clock = (m: number) => (m >= 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    const range = { from: clock(minute), to: clock(Math.min(minute + 120, 1440)) };
    const callHours: CallHours = { workingDay: [range], restDay: [range] };
    const policyCode = await givenFollowUpPolicy(stack, { ...DEFAULT_FOLLOW_UP_POLICY_TERMS, callHours });
    const shanghai = await givenCustomerFile(stack.db, { name: '孙丽', birthday: '1985-03-05', timeZone: 'Asia/Shanghai' });
    const london = await givenCustomerFile(stack.db, { name: '陈伟', birthday: '1985-03-04', timeZone: 'Europe/London' });
    const handle = await stack.temporal.workflow.start('customerCareWorkflow', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: `customer-care-zones-${Date.now()}`, args: [{ date, policyCode }] });
    const smsTo = (customerNo: string): Promise<Array<{ subject: string }>> =>
      stack.db.query(`SELECT subject FROM notification_outbox WHERE channel = 'sms' AND recipient = $1 AND dedupe_key LIKE 'care:%'`, [customerNo]);
    try {
      // The Shanghai customer's clock is inside the allowed hours: the greeting goes out at once.
      expect(await eventually(() => smsTo(shanghai.customerNo), (rows) => rows.length === 1, 30_000)).toEqual([{ subject: '生日祝福' }]);
      // London's clock is 8 hours behind (GMT in winter): the greeting waits on a durable timer for the same hour there.
      const timers = await eventually(
        async () => (await handle.fetchHistory()).events!.filter((e) => e.timerStartedEventAttributes).map((e) => Number(String(e.timerStartedEventAttributes!.startToFireTimeout!.seconds))),
        (t) => t.length === 1,
        30_000,
      );
      expect(timers[0]).toBeGreaterThan(8 * 3600 - 5 * 60);
      expect(timers[0]).toBeLessThanOrEqual(8 * 3600);
      expect(await smsTo(london.customerNo)).toEqual([]);
    } finally {
      await handle.terminate('test done: the London greeting is hours away');
    }
  });
});
