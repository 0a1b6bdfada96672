import { DEFAULT_FOLLOW_UP_POLICY_TERMS, FollowUpPolicyTerms, followUpPolicyProblems } from './follow-up-policy';
import { FOLLOW_UP_TRIGGERS, TRIGGER_TIER } from './follow-up-types';

const d = DEFAULT_FOLLOW_UP_POLICY_TERMS;
const DAY = 86_400;

describe('follow-up policy terms', () => {
  it('seeds the documents\' numbers: 7DC day 7 (10 via secondary outlets) window 3 days, 3DC days 3-5, shipment day 3, dealers 3/7/21, a week for the second call, 3 days for new customers, one month and one year (F-1, F-2, A-6)', () => {
    const offsets = (trigger: keyof typeof d.plans) => d.plans[trigger].map((s) => [s.key, s.dueAfterSeconds / DAY, s.windowSeconds / DAY]);
    expect(offsets('delivery')).toEqual([
      ['7dc', 7, 3],
      ['second', 7, 7],
      ['one_month', 30, 7],
      ['one_year', 365, 14],
    ]);
    expect(d.plans.delivery[0].secondaryOutletDueAfterSeconds).toBe(10 * DAY);
    expect(d.plans.delivery[1].afterPrevious).toBe(true);
    expect(offsets('repair')).toEqual([
      ['3dc', 3, 2],
      ['second', 7, 7],
    ]);
    expect(offsets('shipment')).toEqual([['received_intact', 3, 2]]);
    expect(offsets('dealer_shipment').map(([, due]) => due)).toEqual([3, 7, 21]);
    expect(offsets('new_customer')).toEqual([['welcome', 0, 3]]);
    expect(offsets('event_invitation')).toEqual([['invitation', -14, 2]]);
  });

  it('seeds F-6/F-7 care: birthdays 7 to 2 days before, reminders a week ahead, the five holidays', () => {
    expect(d.care.birthdayDaysBefore).toEqual({ from: 7, to: 2 });
    expect(d.care.reminderDaysBefore).toBe(7);
    expect(d.care.greetedHolidays).toHaveLength(5);
  });

  it('has a plan for every trigger and a tier for each: 1 (F-1), 2 (F-3), 3 (F-4)', () => {
    for (const trigger of FOLLOW_UP_TRIGGERS) expect(Array.isArray(d.plans[trigger])).toBe(true);
    expect(TRIGGER_TIER.monthly_sample).toBe(2);
    expect(TRIGGER_TIER.quarterly_repair).toBe(3);
    expect(TRIGGER_TIER.delivery).toBe(1);
  });

  it('accepts the seeded terms', () => {
    expect(followUpPolicyProblems(d)).toEqual([]);
  });

  const changed = (change: (t: FollowUpPolicyTerms) => void): FollowUpPolicyTerms => {
    const copy = JSON.parse(JSON.stringify(d)) as FollowUpPolicyTerms;
    change(copy);
    return copy;
  };

  it.each([
    ['a window of 0 seconds', (t: FollowUpPolicyTerms) => (t.plans.delivery[0].windowSeconds = 0), 'plans.delivery[0].windowSeconds'],
    ['a due offset in milliseconds by mistake', (t: FollowUpPolicyTerms) => (t.plans.repair[0].dueAfterSeconds = 259_200_000), 'plans.repair[0].dueAfterSeconds'],
    ['a duplicate call key', (t: FollowUpPolicyTerms) => (t.plans.repair[1].key = '3dc'), 'plans.repair[1].key'],
    ['afterPrevious on the first call', (t: FollowUpPolicyTerms) => (t.plans.shipment[0].afterPrevious = true), 'plans.shipment[0].afterPrevious'],
    ['a question taking a standard answer id', (t: FollowUpPolicyTerms) => (t.plans.shipment[0].questions[0].id = 'thanked'), 'plans.shipment[0].questions[0].id'],
    ['a question of an unknown type', (t: FollowUpPolicyTerms) => ((t.plans.shipment[0].questions[0] as { type: string }).type = 'photo'), 'plans.shipment[0].questions[0].type'],
    ['an unknown trigger', (t: FollowUpPolicyTerms) => ((t.plans as Record<string, unknown>).birthday = []), 'plans.birthday'],
    ['a missing trigger', (t: FollowUpPolicyTerms) => delete (t.plans as Partial<FollowUpPolicyTerms['plans']>).repair, 'plans.repair'],
    ['bad call hours', (t: FollowUpPolicyTerms) => (t.callHours.workingDay[0].to = '12:00'), 'callHours.workingDay[0].to'],
    ['no retries at all', (t: FollowUpPolicyTerms) => (t.retry.maxAttempts = 0), 'retry.maxAttempts'],
    ['a score of 6 for complaints', (t: FollowUpPolicyTerms) => (t.complaintAtOrBelow = 6), 'complaintAtOrBelow'],
    ['an unknown sample rule', (t: FollowUpPolicyTerms) => ((t.tier2 as { rule: string }).rule = 'alphabetical'), 'tier2.rule'],
    ['a negative sample', (t: FollowUpPolicyTerms) => (t.tier3.repairSampleSize = -1), 'tier3.repairSampleSize'],
    ['an unknown term', (t: FollowUpPolicyTerms) => ((t as unknown as Record<string, unknown>).quietHours = {}), 'quietHours'],
    ['a birthday window the wrong way round', (t: FollowUpPolicyTerms) => (t.care.birthdayDaysBefore = { from: 2, to: 7 }), 'care.birthdayDaysBefore'],
  ])('refuses %s, naming the field', (_case, change, field) => {
    const problems = followUpPolicyProblems(changed(change));
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toContain(field);
  });
});
