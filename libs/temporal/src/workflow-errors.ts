import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

/** The case a workflow runs, as the API names it: `complaint` CP-… in field `caseNo`, `return` RT-… in `returnNo`. */
export interface WorkflowSubject {
  kind: string;
  id: string;
  field: string;
}

/**
 * Turns what Temporal says about a case's workflow into the domain's errors: an unknown workflow is
 * NotFound, a validator's `InvalidTransition` refusal is InvalidTransition (409), any other refusal
 * Validation (400); anything else means Temporal could not be reached.
 */
export function toDomainError(error: unknown, subject: WorkflowSubject): DomainError {
  const { kind, id, field } = subject;
  if (error instanceof DomainError) return error;
  if (error instanceof WorkflowNotFoundError) return new DomainError(DomainErrorCode.NotFound, `${kind} ${id} does not exist`, field);
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = error.cause.type === 'InvalidTransition' ? DomainErrorCode.InvalidTransition : DomainErrorCode.Validation;
    return new DomainError(code, error.cause.message);
  }
  return new DomainError(DomainErrorCode.Unavailable, `${kind} ${id} cannot be reached right now: ${(error as Error).message}`);
}
