import { DATA_NOT_STORABLE, dataNotStorableOf } from './data-not-storable';

describe('dataNotStorableOf', () => {
  const detail = { sqlState: '22021', reason: 'character not allowed in text (e.g. NUL)', table: 'case_records', activity: 'recordCaseState' };

  it('finds the detail through the activity failure that wraps it', () => {
    const activityFailure = Object.assign(new Error('Activity task failed'), { cause: Object.assign(new Error('x'), { type: DATA_NOT_STORABLE, details: [detail] }) });
    expect(dataNotStorableOf(activityFailure)).toEqual(detail);
  });

  it('says nothing of other failures', () => {
    expect(dataNotStorableOf(Object.assign(new Error('x'), { cause: Object.assign(new Error('y'), { type: 'DEPARTMENT_UNAVAILABLE' }) }))).toBeUndefined();
    expect(dataNotStorableOf(undefined)).toBeUndefined();
  });
});
