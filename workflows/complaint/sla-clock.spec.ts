import { COMPLAINT_STATUSES, ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import type { SlaPolicy } from '@libs/domain/sla/sla-policy';
import { DEPARTMENT_PAUSE, SlaClock } from './sla-clock';

const SECOND = 1000;
const policy: SlaPolicy = {
  code: 'test',
  version: 2,
  category: null,
  severity: null,
  customerTier: null,
  calendar: '24x7',
  timeZone: 'Asia/Shanghai',
  firstContactSeconds: 10,
  resolutionSeconds: 100,
  supervisorReportSeconds: 50,
  escalationStepsSeconds: [60, 80],
  active: true,
};

/** A 24x7 calendar: business time is wall time; the deadline is what is left of each target after `runningSince`. */
function calendar() {
  const calls: string[] = [];
  return {
    calls,
    async businessTimeBetween({ from, to }: { from: number; to: number }) {
      calls.push('businessTimeBetween');
      return to - from;
    },
    async slaDeadlines({ runningSince, consumedMs, targets }: { runningSince: number; consumedMs: number; targets: Array<{ id: string; afterMs: number }> }) {
      calls.push('slaDeadlines');
      return targets.map((t) => ({ id: t.id as never, at: runningSince + t.afterMs - consumedMs }));
    },
  };
}

const T0 = Date.UTC(2026, 10, 30, 0, 0, 0);

async function clockAt(now: number, registeredAt = T0, departmentTimeCounts?: boolean) {
  const cal = calendar();
  const clock = new SlaClock(policy, registeredAt, cal as never, departmentTimeCounts === undefined ? {} : { departmentTimeCountsForResolution: () => departmentTimeCounts });
  jest.setSystemTime(now);
  await clock.sync(null);
  return { clock, cal };
}

describe('SlaClock', () => {
  beforeAll(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] }));
  afterAll(() => jest.useRealTimers());

  // Which target is next in each status while the clock runs: first contact (C-3) until contacted, then
  // the supervisor report (C-6); nothing once resolved or ended.
  const NEXT: Record<ComplaintStatus, string | undefined> = {
    registered: 'first_contact',
    assigned: 'first_contact',
    contacted: 'supervisor_report',
    forwarded: 'supervisor_report',
    department_answered: 'supervisor_report',
    department_timed_out: 'supervisor_report',
    reopened: 'supervisor_report',
    resolved: undefined,
    satisfaction_confirmed: undefined,
    closed: undefined,
    cancelled: undefined,
  };
  it.each(COMPLAINT_STATUSES.map((s) => [s, NEXT[s]]))('in %s the next target is %s', async (status, target) => {
    const { clock } = await clockAt(T0);
    expect(clock.next(status)?.target.id).toBe(target);
  });

  it('orders the pending deadlines and leaves out fired ones', async () => {
    const { clock } = await clockAt(T0);
    expect(clock.view('contacted').deadlines.map((d) => d.target)).toEqual(['supervisor_report', 'escalation_1', 'escalation_2', 'resolution']);
    clock.markFired('supervisor_report');
    expect(clock.next('contacted')).toEqual({ target: expect.objectContaining({ id: 'escalation_1', level: 1, notify: 'supervisor' }), at: T0 + 60 * SECOND });
    expect(clock.view('contacted').breached).toEqual(['supervisor_report']);
  });

  it('C-5: a clock started with the deadlines set-up computed asks the calendar nothing and keeps the same deadlines', async () => {
    const { clock: asked } = await clockAt(T0 + 5 * SECOND);
    const cal = calendar();
    const fromSetUp = await cal.slaDeadlines({ runningSince: T0, consumedMs: 0, targets: asked.targets.map((t) => ({ id: t.id, afterMs: t.afterMs })) });
    const started = new SlaClock(policy, T0, cal as never).startWith(fromSetUp);
    cal.calls.length = 0;
    expect(await started.sync(null)).toBeUndefined();
    expect(cal.calls).toEqual([]);
    expect(started.view('assigned').deadlines).toEqual(asked.view('assigned').deadlines);
  });

  it.each([
    ['pausing', null, 'waiting for photos', 'paused', true, 0],
    ['resuming', 'waiting for photos', null, 'resumed', false, 4],
    ['staying paused', 'waiting for photos', 'waiting for the department', undefined, true, 0],
    ['staying on', null, null, undefined, false, 4],
  ] as const)('%s: reports the change and shows the deadlines only while running', async (_name, before, after, change, paused, deadlines) => {
    const { clock } = await clockAt(T0);
    if (before) {
      jest.setSystemTime(T0 + 5 * SECOND);
      await clock.sync(before);
    }
    jest.setSystemTime(T0 + 8 * SECOND);
    expect(await clock.sync(after)).toBe(change);
    const view = clock.view('contacted');
    expect({ paused: view.paused, pausedReason: view.pausedReason, deadlines: view.deadlines.length }).toEqual({ paused, pausedReason: after, deadlines });
  });

  it('does not count paused time: deadlines move by the pause', async () => {
    const { clock, cal } = await clockAt(T0);
    jest.setSystemTime(T0 + 5 * SECOND);
    await clock.sync('waiting for photos');
    expect(clock.next('assigned')).toBeUndefined();
    jest.setSystemTime(T0 + 35 * SECOND);
    await clock.sync(null);
    // 5 s were used before the pause; 5 s of the 10 s first-contact time remain from the resume.
    expect(clock.next('assigned')).toEqual({ target: expect.objectContaining({ id: 'first_contact' }), at: T0 + 40 * SECOND });
    expect(cal.calls).toEqual(['slaDeadlines', 'businessTimeBetween', 'slaDeadlines']);
  });

  it('asks the calendar again only when the clock starts or resumes', async () => {
    const { clock, cal } = await clockAt(T0);
    await clock.sync(null);
    await clock.sync(null);
    expect(cal.calls).toEqual(['slaDeadlines']);
  });

  it('shows the policy it runs on', async () => {
    const { clock } = await clockAt(T0);
    expect(clock.view('registered')).toMatchObject({ policy: 'test v2', calendar: '24x7', timeZone: 'Asia/Shanghai', paused: false, pausedReason: null, breached: [] });
  });

  describe('C-5: the department\'s time counts against the resolution target', () => {
    const resolutionAt = (clock: SlaClock) => clock.view('department_answered').deadlines.find((d) => d.target === 'resolution')?.at;

    it.each([
      ['C-5: counted: the resolution deadline stays at registration + 100 s', true, T0 + 100 * SECOND],
      ['before the patch: not counted, the deadline moves by the department\'s 30 s', false, T0 + 130 * SECOND],
    ])('%s', async (_name, counts, expected) => {
      const { clock } = await clockAt(T0, T0, counts);
      jest.setSystemTime(T0 + 40 * SECOND);
      await clock.sync(DEPARTMENT_PAUSE);
      jest.setSystemTime(T0 + 70 * SECOND);
      await clock.sync(null);
      expect(resolutionAt(clock)).toBe(new Date(expected).toISOString());
      // Only the resolution target: the agent's own targets still do not count the department's time.
      expect(clock.view('contacted').deadlines.find((d) => d.target === 'supervisor_report')?.at).toBe(new Date(T0 + 80 * SECOND).toISOString());
    });

    it('C-5: a customer wait is not the department: its time is not counted', async () => {
      const { clock } = await clockAt(T0, T0, true);
      jest.setSystemTime(T0 + 40 * SECOND);
      await clock.sync('waiting for photos');
      jest.setSystemTime(T0 + 70 * SECOND);
      await clock.sync(null);
      expect(resolutionAt(clock)).toBe(new Date(T0 + 130 * SECOND).toISOString());
    });

    it('C-5: a customer wait that turns into the department\'s: only the department\'s part counts', async () => {
      const { clock } = await clockAt(T0, T0, true);
      jest.setSystemTime(T0 + 40 * SECOND);
      await clock.sync('waiting for photos');
      jest.setSystemTime(T0 + 50 * SECOND);
      await clock.sync(DEPARTMENT_PAUSE);
      jest.setSystemTime(T0 + 70 * SECOND);
      await clock.sync(null);
      // 40 s used by the agent, 20 s by the department: 40 s left from the resume.
      expect(resolutionAt(clock)).toBe(new Date(T0 + 110 * SECOND).toISOString());
    });

    it('C-5: tells when the resolution falls due, running or stopped, and nothing once it was missed', async () => {
      const { clock } = await clockAt(T0, T0, true);
      expect(await clock.resolutionDueAt()).toBe(T0 + 100 * SECOND);
      jest.setSystemTime(T0 + 40 * SECOND);
      await clock.sync('waiting for photos');
      jest.setSystemTime(T0 + 50 * SECOND);
      // Stopped at 40 s used: 60 s are left from now.
      expect(await clock.resolutionDueAt()).toBe(T0 + 110 * SECOND);
      clock.markFired('resolution');
      expect(await clock.resolutionDueAt()).toBeUndefined();
    });
  });
});
