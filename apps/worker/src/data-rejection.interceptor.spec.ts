import { ApplicationFailure } from '@temporalio/common';
import { DATA_NOT_STORABLE } from '@libs/domain/errors/data-not-storable';
import { DataRejectionInterceptor, dataNotStorableFailure } from './data-rejection.interceptor';

const nulRefused = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021', table: 'case_records' });

describe('DataRejectionInterceptor', () => {
  it('turns a data-caused database error into a non-retryable DATA_NOT_STORABLE failure without the value', async () => {
    const interceptor = new DataRejectionInterceptor('recordCaseState');
    const error = await interceptor.execute({ args: [], headers: {} }, () => Promise.reject(nulRefused)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect(error).toMatchObject({ type: DATA_NOT_STORABLE, nonRetryable: true, details: [{ sqlState: '22021', table: 'case_records', activity: 'recordCaseState' }] });
    expect((error as Error).message).toBe('recordCaseState: the database cannot store this data (22021 character not allowed in text (e.g. NUL) in case_records)');
  });

  it('passes results and infrastructure errors through unchanged', async () => {
    const interceptor = new DataRejectionInterceptor('recordCaseState');
    await expect(interceptor.execute({ args: [], headers: {} }, () => Promise.resolve(42))).resolves.toBe(42);
    const lost = Object.assign(new Error('Connection terminated'), { code: '08006' });
    await expect(interceptor.execute({ args: [], headers: {} }, () => Promise.reject(lost))).rejects.toBe(lost);
    expect(dataNotStorableFailure(new Error('timeout exceeded when trying to connect'), 'x')).toBeUndefined();
  });
});
