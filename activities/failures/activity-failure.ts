import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { dataNotStorableFailure } from './data-not-storable';

/**
 * The failure contract of every activity: a domain error becomes an `ApplicationFailure` whose type
 * is its code (`VALIDATION_FAILED`, `NOT_FOUND`, `CONFLICT`, `INVALID_TRANSITION`, …), non-retryable
 * unless the code says a dependency was unavailable; a PostgreSQL error about the data itself (class
 * 22, data exception; class 23, integrity violation) is `DATA_NOT_STORABLE`, non-retryable, since the
 * same data fails the same way however often it is sent; its message never carries the value.
 * Workflows and callers match on `type`, never on message text. Everything else (network, timeouts,
 * a database restarting) stays retryable.
 */
export function toActivityFailure(error: unknown, activity = 'activity'): unknown {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof DomainError) {
    return ApplicationFailure.create({
      message: error.message,
      type: error.code,
      nonRetryable: error.code !== DomainErrorCode.Unavailable,
      details: error.field ? [{ field: error.field }] : [],
      cause: error,
    });
  }
  return dataNotStorableFailure(error, activity) ?? error;
}

type ActivityFunction = (...args: any[]) => Promise<unknown>;

/** Wraps every activity of a set in the failure contract. */
export function withFailureContract<T extends Record<string, ActivityFunction>>(activities: T): T {
  const wrapped: Record<string, ActivityFunction> = {};
  for (const [name, activity] of Object.entries(activities)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await activity(...args);
      } catch (error) {
        throw toActivityFailure(error, name);
      }
    };
    // Stack traces and the worker's logs keep the activity's name.
    Object.defineProperty(wrapped[name], 'name', { value: name });
  }
  return wrapped as T;
}
