import { FOLLOW_UP_SCHEDULES, followUpSchedulesPaused } from './follow-up-schedules';

describe('follow-up Schedules', () => {
  it('runs the tier-2 sample monthly (F-3), the tier-3 sample quarterly (F-4) and care daily (F-6, F-7)', () => {
    expect(FOLLOW_UP_SCHEDULES.map((s) => [s.scheduleId, s.workflowType, s.args[0]])).toEqual([
      ['follow-up-tier2-monthly', 'followUpSampleWorkflow', { tier: 2 }],
      ['follow-up-tier3-quarterly', 'followUpSampleWorkflow', { tier: 3 }],
      ['customer-care-daily', 'customerCareWorkflow', {}],
    ]);
    expect(FOLLOW_UP_SCHEDULES[0].calendars[0]).toMatchObject({ dayOfMonth: 1, hour: 9 });
    expect(FOLLOW_UP_SCHEDULES[1].calendars[0]).toMatchObject({ month: ['JANUARY', 'APRIL', 'JULY', 'OCTOBER'], dayOfMonth: 1 });
  });

  it('collects care messages daily at 10:30 Asia/Shanghai; each waits for the customer call hours (F-5, contact-time.spec.ts)', () => {
    const care = FOLLOW_UP_SCHEDULES.find((s) => s.workflowType === 'customerCareWorkflow')!;
    expect(care.calendars[0]).toMatchObject({ hour: 10, minute: 30 });
  });

  it.each([
    [undefined, 'development', false],
    [undefined, 'production', false],
    [undefined, 'test', true],
    ['active', 'test', false],
    ['paused', 'production', true],
  ] as const)('FOLLOW_UP_SCHEDULES=%s under NODE_ENV=%s creates them paused: %s', (value, env, paused) => {
    expect(followUpSchedulesPaused({ FOLLOW_UP_SCHEDULES: value, NODE_ENV: env })).toBe(paused);
  });
});
