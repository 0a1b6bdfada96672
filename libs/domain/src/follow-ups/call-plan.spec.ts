import { fromLocal, MS_PER_DAY, toLocal } from '../calendar/zoned-time';
import { ALWAYS, DEFAULT_CALL_HOURS } from './call-hours';
import { planCalls, retrySlot } from './call-plan';
import { DEFAULT_FOLLOW_UP_POLICY_TERMS, FollowUpStep } from './follow-up-policy';
import type { FollowUpTrigger, SoldVia } from './follow-up-types';

const TZ = 'Asia/Shanghai';
const at = (local: string, timeZone = TZ) => {
  const [date, clock] = local.split(' ');
  const [h, m] = clock.split(':').map(Number);
  return fromLocal(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY, (h * 60 + m) * 60_000, timeZone);
};
const wall = (epoch: number, timeZone = TZ) => {
  const { day, msOfDay } = toLocal(epoch, timeZone);
  const min = Math.floor(msOfDay / 60_000);
  return `${new Date(day * MS_PER_DAY).toISOString().slice(0, 10)} ${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
};

function plan(trigger: FollowUpTrigger, occurred: string, soldVia: SoldVia = 'direct') {
  return planCalls({ steps: DEFAULT_FOLLOW_UP_POLICY_TERMS.plans[trigger], occurredAt: at(occurred), soldVia, timeZone: TZ, callHours: DEFAULT_CALL_HOURS }).map((c) => [
    c.stepKey,
    wall(c.dueAt),
    wall(c.windowEnd),
  ]);
}

// The seeded policy on real dates; the trigger's moment on a Tuesday morning unless said.
describe('due times of each trigger under the seeded policy (F-1, F-2, A-6, F-8) with quiet hours (F-5)', () => {
  it('delivery: day 7 (7DC) window to day 10, a second call a week later, then one month and one year (F-1, F-2)', () => {
    expect(plan('delivery', '2026-11-24 10:00')).toEqual([
      ['7dc', '2026-12-01 14:00', '2026-12-04 10:00'], // day 7 falls on a Tuesday morning: moved to the afternoon
      ['second', '2026-12-08 14:00', '2026-12-15 14:00'], // a week after the first call's due time
      ['one_month', '2026-12-24 14:00', '2026-12-31 10:00'],
      ['one_year', '2027-11-24 14:00', '2027-12-08 10:00'],
    ]);
  });

  it('delivery through a secondary outlet: the first call on day 10 (F-1)', () => {
    expect(plan('delivery', '2026-11-24 10:00', 'secondary_outlet')[0]).toEqual(['7dc', '2026-12-04 14:00', '2026-12-07 10:00']);
  });

  it('repair or service visit: day 3 within days 3 to 5 (3DC), a second call a week later (F-1)', () => {
    expect(plan('repair', '2026-11-24 10:00')).toEqual([
      ['3dc', '2026-11-27 14:00', '2026-11-29 10:00'],
      ['second', '2026-12-04 14:00', '2026-12-11 14:00'],
    ]);
  });

  it('shipment: day 3, received and intact? — on a Saturday evening the call is allowed as it stands (F-1)', () => {
    expect(plan('shipment', '2026-11-25 19:00')).toEqual([['received_intact', '2026-11-28 19:00', '2026-11-30 19:00']]);
  });

  it('dealer shipment: days 3, 7 and 21 — over Mid-Autumn and National Day the holiday hours apply (F-1)', () => {
    expect(plan('dealer_shipment', '2026-09-24 10:00')).toEqual([
      ['received_intact', '2026-09-27 10:00', '2026-09-29 10:00'], // Sunday, Mid-Autumn: rest-day morning allowed
      ['sell_through', '2026-10-01 10:00', '2026-10-04 10:00'], // National Day
      ['market_feedback', '2026-10-15 14:00', '2026-10-22 10:00'], // a Thursday: no morning calls
    ]);
  });

  it('new customer: at once, or at the next allowed slot, within 3 days (A-6)', () => {
    expect(plan('new_customer', '2026-11-24 21:30')).toEqual([['welcome', '2026-11-25 14:00', '2026-11-27 21:30']]);
    expect(plan('new_customer', '2026-11-24 15:00')).toEqual([['welcome', '2026-11-24 15:00', '2026-11-27 15:00']]);
  });

  it('event invitation: by phone two weeks before the event (F-8)', () => {
    expect(plan('event_invitation', '2026-10-15 10:00')).toEqual([['invitation', '2026-10-01 10:00', '2026-10-03 10:00']]);
  });

  it.each([
    ['monthly_sample', 7],
    ['quarterly_new_customer', 14],
    ['quarterly_repair', 14],
  ] as const)('sampled %s: due at the run, window of %i days (F-3, F-4)', (trigger, days) => {
    const [[, due, end]] = plan(trigger, '2026-12-01 09:00');
    expect(due).toBe('2026-12-01 14:00');
    expect(end).toBe(`2026-12-${String(1 + days).padStart(2, '0')} 09:00`);
  });

  it('stretches a window that quiet hours would leave without any allowed moment to the end of the first slot (F-5)', () => {
    const step: FollowUpStep = { key: 'short', purpose: 'p', dueAfterSeconds: 0, windowSeconds: 3600, askSatisfaction: true, questions: [] };
    const [call] = planCalls({ steps: [step], occurredAt: at('2026-11-24 21:00'), soldVia: 'direct', timeZone: TZ, callHours: DEFAULT_CALL_HOURS });
    expect([wall(call.plannedAt), wall(call.dueAt), wall(call.windowEnd)]).toEqual(['2026-11-24 21:00', '2026-11-25 14:00', '2026-11-25 20:00']);
  });

  it('keeps due times in seconds for test policies with ALWAYS hours', () => {
    const steps: FollowUpStep[] = [
      { key: 'a', purpose: 'p', dueAfterSeconds: 2, windowSeconds: 5, askSatisfaction: true, questions: [] },
      { key: 'b', purpose: 'p', dueAfterSeconds: 3, afterPrevious: true, windowSeconds: 5, askSatisfaction: true, questions: [] },
    ];
    const start = at('2026-11-24 03:00');
    const calls = planCalls({ steps, occurredAt: start, soldVia: 'direct', timeZone: TZ, callHours: ALWAYS });
    expect(calls.map((c) => [c.dueAt - start, c.windowEnd - start])).toEqual([
      [2000, 7000],
      [5000, 10_000],
    ]);
  });
});

describe('retry after no answer or a busy line, later in the window (F-5)', () => {
  const base = { retryAfterMs: 2 * 3600_000, maxAttempts: 3, timeZone: TZ, callHours: DEFAULT_CALL_HOURS };
  it.each([
    ['two hours later, inside the slot', '2026-11-24 14:30', '2026-11-26 14:00', 1, '2026-11-24 16:30'],
    ['two hours later is night: the next afternoon', '2026-11-24 19:00', '2026-11-26 14:00', 1, '2026-11-25 14:00'],
    ['the next slot is past the window: missed', '2026-11-24 19:00', '2026-11-25 10:00', 1, undefined],
    ['attempts used up: missed', '2026-11-24 14:30', '2026-11-26 14:00', 3, undefined],
  ])('%s', (_case, now, windowEnd, attemptsMade, expected) => {
    const slot = retrySlot({ ...base, now: at(now), windowEnd: at(windowEnd), attemptsMade });
    expect(slot === undefined ? undefined : wall(slot)).toBe(expected);
  });
});
