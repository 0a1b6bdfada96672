import { ApplicationFailure } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { DATA_NOT_STORABLE } from '@libs/domain/errors/data-not-storable';
import { toActivityFailure, withFailureContract } from './activity-failure';

const pgError = (code: string) => Object.assign(new QueryFailedError('INSERT …', [], Object.assign(new Error('pg says no'), { code })), {});

describe('activity failure contract', () => {
  it.each([
    [DomainErrorCode.Validation, true],
    [DomainErrorCode.NotFound, true],
    [DomainErrorCode.Conflict, true],
    [DomainErrorCode.InvalidTransition, true],
    [DomainErrorCode.Forbidden, true],
    [DomainErrorCode.Unavailable, false],
  ])('a domain error %s becomes an ApplicationFailure of that type, non-retryable: %s', (code, nonRetryable) => {
    const failure = toActivityFailure(new DomainError(code, 'refused', 'agent'));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: code, nonRetryable, message: 'refused', details: [{ field: 'agent' }] });
  });

  it.each([
    ['22P05', true], // untranslatable character (a NUL byte in text)
    ['22008', true], // datetime field overflow
    ['23502', true], // not-null violation
    ['23503', true], // foreign key violation
    ['23505', false], // unique violation: a race, another attempt may pass
    ['08006', false], // connection failure
    ['57P01', false], // the server is shutting down
    ['40001', false], // serialization failure
  ])('a PostgreSQL error %s is a data problem: %s', (code, isData) => {
    const failure = toActivityFailure(pgError(code), 'recordCaseState');
    if (isData) expect(failure).toMatchObject({ type: DATA_NOT_STORABLE, nonRetryable: true });
    else expect(failure).not.toBeInstanceOf(ApplicationFailure);
  });

  it('keeps an ApplicationFailure the activity chose, and any other error as it is (retryable)', () => {
    const chosen = ApplicationFailure.nonRetryable('no policy', 'UnknownReturnPolicy');
    expect(toActivityFailure(chosen)).toBe(chosen);
    const network = new Error('ECONNRESET');
    expect(toActivityFailure(network)).toBe(network);
  });

  it('wraps every activity of a set, keeping results and names', async () => {
    const activities = withFailureContract({
      async ok(n: number) {
        return n + 1;
      },
      async refused() {
        throw new DomainError(DomainErrorCode.NotFound, 'no active SLA policy matches');
      },
    });
    await expect(activities.ok(1)).resolves.toBe(2);
    await expect(activities.refused()).rejects.toMatchObject({ type: 'NOT_FOUND', nonRetryable: true });
    expect(activities.refused.name).toBe('refused');
  });
});
