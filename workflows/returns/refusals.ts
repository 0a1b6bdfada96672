import { ApplicationFailure } from '@temporalio/workflow';

// Refusals of an update's validator: non-retryable, so the caller gets them at once and they never
// enter the history. The API maps the type to 400 (InvalidRequest) or 409 (InvalidTransition).
export function invalid(message: string): never {
  throw ApplicationFailure.nonRetryable(message, 'InvalidRequest');
}

export function transition(message: string): never {
  throw ApplicationFailure.nonRetryable(message, 'InvalidTransition');
}

export function required(value: string | undefined, field: string): void {
  if (!value?.trim()) invalid(`${field} is required`);
}
