import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

/**
 * The failure contract of every activity: a domain error becomes an `ApplicationFailure` whose type
 * is its code (`VALIDATION_FAILED`, `NOT_FOUND`, `CONFLICT`, `INVALID_TRANSITION`, …), non-retryable
 * unless the code says a dependency was unavailable; a PostgreSQL error about the data itself (class
 * 22, data exception; class 23, integrity violation) is `InvalidData`, non-retryable, since the same
 * data fails the same way however often it is sent. Workflows and callers match on `type`, never on
 * message text. Everything else (network, timeouts, a database restarting) stays retryable.
 */
export function toActivityFailure(error: unknown): unknown {
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
  const sqlState = sqlStateOf(error);
  if (sqlState && isDataProblem(sqlState)) {
    return ApplicationFailure.create({ message: `the database refused the data (SQLSTATE ${sqlState}): ${(error as Error).message}`, type: INVALID_DATA, nonRetryable: true });
  }
  return error;
}

/** The type of a failure caused by the data an activity was given. */
export const INVALID_DATA = 'InvalidData';

type ActivityFunction = (...args: any[]) => Promise<unknown>;

/** Wraps every activity of a set in the failure contract. */
export function withFailureContract<T extends Record<string, ActivityFunction>>(activities: T): T {
  const wrapped: Record<string, ActivityFunction> = {};
  for (const [name, activity] of Object.entries(activities)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await activity(...args);
      } catch (error) {
        throw toActivityFailure(error);
      }
    };
    // Stack traces and the worker's logs keep the activity's name.
    Object.defineProperty(wrapped[name], 'name', { value: name });
  }
  return wrapped as T;
}

function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

// Unique and exclusion violations are left out: they are races another attempt may resolve.
function isDataProblem(sqlState: string): boolean {
  return sqlState.startsWith('22') || (sqlState.startsWith('23') && sqlState !== '23505' && sqlState !== '23P01');
}
