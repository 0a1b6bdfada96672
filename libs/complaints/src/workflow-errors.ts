import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

/** Turns what Temporal says about a complaint workflow into the domain's errors. */
export function toDomainError(error: unknown, caseNo: string): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof WorkflowNotFoundError) return new DomainError(DomainErrorCode.NotFound, `complaint ${caseNo} does not exist`, 'caseNo');
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = error.cause.type === 'InvalidTransition' ? DomainErrorCode.InvalidTransition : DomainErrorCode.Validation;
    return new DomainError(code, error.cause.message);
  }
  return new DomainError(DomainErrorCode.Unavailable, `complaint ${caseNo} cannot be reached right now: ${(error as Error).message}`);
}
