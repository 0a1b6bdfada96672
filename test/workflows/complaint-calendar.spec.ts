import request from 'supertest';
import { WorkflowHandle } from '@temporalio/client';
import { workflowIdFor } from '@libs/temporal/conventions';
import { calendarFor } from '@libs/domain/calendar/business-calendar';
import { CalendarStore } from '@libs/calendars/calendar-store';
import { toLocal, isoDateOf } from '@libs/domain/calendar/zoned-time';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import { complaintStateQuery, resumeComplaintUpdate, waitForCustomerUpdate } from '@workflows/complaint/complaint.contract';
import { createSlaActivities } from '../../activities/sla/sla.activities';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// C-3, C-5, C-6, K-1: SLA deadlines count on the calendar version a case started with, computed in
// the SLA activities on the real database, and in running complaint workflows on the real dev server.
const HOUR = 3_600_000;
const cn = (calendarVersion: number) => ({ calendar: 'cn-working-hours' as const, timeZone: 'Asia/Shanghai', calendarVersion });
const at = (iso: string) => Date.parse(iso);

// A 2027 schedule for the tests, in the shape the State Council publishes (not the real one):
// New Year's Day off, Spring Festival 5–13 February off, Sunday 31 January and Saturday 20 February worked.
const ICAL_2027 = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//cn-holidays//ZH',
  'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:元旦 (休)\r\nEND:VEVENT',
  'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270131\r\nSUMMARY:春节 (班)\r\nEND:VEVENT',
  'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270205\r\nDTEND;VALUE=DATE:20270214\r\nSUMMARY:春节\r\nCATEGORIES:HOLIDAY\r\nEND:VEVENT',
  'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270220\r\nSUMMARY:春节\r\nX-BUSINESS-DAY:working_day\r\nEND:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('complaint SLA deadlines on versioned business calendars', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let customer: { id: string; customerNo: string };
  const sla = () => createSlaActivities(stack.db);

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    await givenAgent(stack.db);
    customer = await givenCustomer(stack.db);
    // C-3: first contact within 24 working hours on China's calendar, for billing/critical complaints.
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, time_zone, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('working-hours', 'billing', 'critical', 'regular', 'cn-working-hours', 'Asia/Shanghai', 86400, 259200, 172800, '{}')`,
    );
  });
  afterAll(() => stack?.stop());

  it.each([
    ['24 working hours from Tuesday 29 December 2026 16:30', '2026-12-29T16:30+08:00', 24],
    ['24 working days (24 × 9 h) from Monday 30 November 2026 13:30, "now" in the report', '2026-11-30T13:30+08:00', 24 * 9],
  ])('K-1 / C-3 New-Year case: %s falls due on 4 January 2027 13:30, not on New Year\'s Day', async (_, registeredAt, hours) => {
    const [firstContact] = await sla().slaDeadlines({ calendar: cn(1), runningSince: at(registeredAt), consumedMs: 0, targets: [{ id: 'first_contact', afterMs: hours * HOUR }] });
    expect(new Date(firstContact.at).toISOString()).toBe(new Date('2027-01-04T13:30+08:00').toISOString());
  });

  it('an imported 2027 schedule moves a C-5 deadline across Spring Festival; version 1 still counts as before', async () => {
    const imported = await http.post('/calendars/cn-working-hours/schedules').set('Authorization', admin).send({ year: 2027, source: 'test schedule 2027', ical: ICAL_2027 }).expect(200);
    expect(imported.body).toMatchObject({ code: 'cn-working-hours', missingScheduleYears: expect.not.arrayContaining([2027]) });
    const version = imported.body.version as number;
    expect(version).toBeGreaterThan(1);

    const closure = (v: number) =>
      sla().slaDeadlines({ calendar: cn(v), runningSince: at('2027-02-04T14:00+08:00'), consumedMs: 0, targets: [{ id: 'resolution', afterMs: 27 * HOUR }] });
    expect(new Date((await closure(version))[0].at).toISOString()).toBe(new Date('2027-02-17T14:00+08:00').toISOString());
    expect(new Date((await closure(1))[0].at).toISOString()).toBe(new Date('2027-02-09T14:00+08:00').toISOString());
    // The pause arithmetic counts on the same version: Spring Festival week holds no working time.
    expect(await sla().businessTimeBetween({ calendar: cn(version), from: at('2027-02-05T00:00+08:00'), to: at('2027-02-14T23:00+08:00') })).toBe(0);

    const policy = await sla().selectSlaPolicyFor({ category: 'billing', severity: 'critical', customerTier: 'regular' });
    expect(policy).toMatchObject({ code: 'working-hours', calendar: 'cn-working-hours', calendarVersion: version });
    expect(await sla().selectSlaPolicyFor({ category: 'service', severity: 'low', customerTier: 'regular' })).not.toHaveProperty('calendarVersion');
  });

  it('a case naming a calendar version that does not exist fails without retrying', async () => {
    await expect(sla().slaDeadlines({ calendar: cn(999), runningSince: Date.now(), consumedMs: 0, targets: [] })).rejects.toMatchObject({
      nonRetryable: true,
      message: 'business calendar cn-working-hours v999 does not exist',
    });
  });

  async function startComplaint(): Promise<WorkflowHandle<typeof complaintWorkflow>> {
    const caseNo = `CP-20261130-${String(Math.floor(Math.random() * 900000) + 100000)}`;
    return stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowIdFor.complaint(caseNo),
      args: [{ caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', channel: 'phone', category: 'billing', severity: 'critical', description: 'Charged twice', registeredBy: 'AG-100' }],
    });
  }

  const firstContactOf = async (handle: WorkflowHandle<typeof complaintWorkflow>) => {
    const state = await eventually(() => handle.query(complaintStateQuery), (s) => !!s.sla && !s.sla.paused && s.sla.deadlines.some((d) => d.target === 'first_contact'));
    return Date.parse(state.sla!.deadlines.find((d) => d.target === 'first_contact')!.at);
  };

  it('a running case is not moved by a later change of the calendar; a case started after it is', async () => {
    const store = new CalendarStore(stack.db);
    const before = (await store.latestOfEach()).find((c) => c.code === 'cn-working-hours')!;
    const running = await startComplaint();
    const startedAt = (await running.describe()).startTime;
    const deadline = await firstContactOf(running);
    expect(deadline).toBe(calendarFor({ kind: 'cn-working-hours', timeZone: 'Asia/Shanghai' }, before).addBusinessTime(startedAt, 24 * HOUR).getTime());

    // The company closes for the next ten days: a new version through the admin API.
    const today = toLocal(Date.now(), 'Asia/Shanghai').day;
    const closed = Array.from({ length: 10 }, (_, i) => isoDateOf(today + i));
    const exceptions = [...before.exceptions.filter((e) => !closed.includes(e.date)), ...closed.map((date) => ({ date, kind: 'holiday', name: '公司停工', source: 'test' }))];
    const changed = await http
      .put('/calendars/cn-working-hours')
      .set('Authorization', admin)
      .send({ name: before.name, timeZone: before.timeZone, weeklyHours: before.weeklyHours, exceptions, change: 'company closure' })
      .expect(200);
    expect(changed.body.version).toBe(before.version + 1);

    // Pausing and resuming recomputes the running case's deadlines, on its own version: it moves by
    // the few seconds of working time the pause took at most, not by the closure.
    await running.executeUpdate(waitForCustomerUpdate, { args: [{ by: 'AG-100', reason: 'waiting for the invoice' }] });
    await eventually(() => running.query(complaintStateQuery), (s) => s.sla?.paused === true);
    await running.executeUpdate(resumeComplaintUpdate, { args: [{ by: 'AG-100' }] });
    const recomputed = await firstContactOf(running);
    expect(recomputed - deadline).toBeGreaterThanOrEqual(0);
    expect(recomputed - deadline).toBeLessThan(60_000);

    const later = await startComplaint();
    const laterStart = (await later.describe()).startTime;
    const laterDeadline = await firstContactOf(later);
    const latest = (await store.version('cn-working-hours', before.version + 1))!;
    expect(laterDeadline).toBe(calendarFor({ kind: 'cn-working-hours', timeZone: 'Asia/Shanghai' }, latest).addBusinessTime(laterStart, 24 * HOUR).getTime());
    expect(laterDeadline - deadline).toBeGreaterThan(7 * 24 * HOUR);

    await Promise.all([running.terminate('test done'), later.terminate('test done')]);
  }, 60_000);
});
