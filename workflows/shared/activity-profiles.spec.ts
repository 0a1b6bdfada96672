import { DB_BATCH, DB_CALL, departmentCall, finalOn, LOCAL_CALL } from './activity-profiles';

describe('activity profiles', () => {
  it('gives every profile an explicit start-to-close timeout and retry policy', () => {
    for (const profile of [DB_CALL, DB_BATCH, LOCAL_CALL, departmentCall({ windowMs: 60_000, attemptMs: 10_000, final: [] })]) {
      expect(profile.startToCloseTimeout).toBeDefined();
      expect(profile.retry).toBeDefined();
    }
  });

  it.each([
    ['a short call attempt within a long window', 86_400_000, 10_000, 10_000],
    ['a window shorter than one attempt', 5_000, 10_000, 5_000],
  ])('department call: %s', (_name, windowMs, attemptMs, startToClose) => {
    const profile = departmentCall({ windowMs, attemptMs, final: ['DepartmentRequestRefused'] });
    expect(profile).toMatchObject({ startToCloseTimeout: startToClose, scheduleToCloseTimeout: windowMs, retry: { nonRetryableErrorTypes: ['DepartmentRequestRefused'] } });
  });

  it('finalOn adds error types without changing the profile it extends', () => {
    const profile = finalOn(DB_CALL, 'UnknownFollowUpPolicy');
    expect(profile.retry).toEqual({ ...DB_CALL.retry, nonRetryableErrorTypes: ['UnknownFollowUpPolicy'] });
    expect(DB_CALL.retry?.nonRetryableErrorTypes).toBeUndefined();
    expect(finalOn(profile, 'UnknownCustomer').retry?.nonRetryableErrorTypes).toEqual(['UnknownFollowUpPolicy', 'UnknownCustomer']);
  });
});
