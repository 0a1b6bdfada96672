import { ApplicationFailure } from '@temporalio/common';

/**
 * The one vocabulary of refusals an update validator (or a state class's check) throws. The API maps
 * the type: `NotFound` 404, `InvalidTransition` 409, anything else 400, and takes the field name from
 * the failure's first detail. Refused in the validator, an action never enters the history.
 */
export const REFUSAL = {
  /** The request names something the case does not have (a call, a parcel). */
  notFound: 'NotFound',
  /** The case's state does not allow the action now. */
  transition: 'InvalidTransition',
  /** A field of the request is missing or malformed. */
  invalid: 'InvalidRequest',
} as const;

export type RefusalKind = keyof typeof REFUSAL;
export type RefusalType = (typeof REFUSAL)[RefusalKind];

/** Refuses the action: non-retryable, typed, with the field it concerns (if any) as its detail. */
export function refuse(kind: RefusalKind, message: string, field?: string): never {
  throw ApplicationFailure.create({ message, type: REFUSAL[kind], nonRetryable: true, details: field ? [{ field }] : [] });
}

/** A request field is missing or malformed (400). */
export function invalid(message: string, field?: string): never {
  return refuse('invalid', message, field);
}

/** The case's state does not allow the action (409). */
export function transition(message: string): never {
  return refuse('transition', message);
}

/** A text field must be present and not blank. */
export function required(value: string | undefined | null, field: string): void {
  if (typeof value !== 'string' || !value.trim()) invalid(`${field} is required`, field);
}

/** The field a refusal names, for mappers and tests. */
export function refusedField(failure: ApplicationFailure): string | undefined {
  return (failure.details?.[0] as { field?: string } | undefined)?.field;
}
