import { ApplicationFailure } from '@temporalio/common';
import { DATA_NOT_STORABLE } from '@libs/domain/errors/data-not-storable';
import { dataNotStorableFailure } from './data-not-storable';

const nulRefused = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021', table: 'case_records' });

describe('dataNotStorableFailure', () => {
  it('turns a data-caused database error into a non-retryable DATA_NOT_STORABLE failure without the value', () => {
    const error = dataNotStorableFailure(nulRefused, 'recordCaseState');
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect(error).toMatchObject({ type: DATA_NOT_STORABLE, nonRetryable: true, details: [{ sqlState: '22021', table: 'case_records', activity: 'recordCaseState' }] });
    expect((error as Error).message).toBe('recordCaseState: the database cannot store this data (22021 character not allowed in text (e.g. NUL) in case_records)');
  });

  it('leaves infrastructure errors and unique-key races to be retried', () => {
    expect(dataNotStorableFailure(Object.assign(new Error('Connection terminated'), { code: '08006' }), 'x')).toBeUndefined();
    expect(dataNotStorableFailure(Object.assign(new Error('duplicate key'), { code: '23505' }), 'x')).toBeUndefined();
    expect(dataNotStorableFailure(new Error('timeout exceeded when trying to connect'), 'x')).toBeUndefined();
  });
});
