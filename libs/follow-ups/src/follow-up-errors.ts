import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { FOLLOW_UP_REFUSALS } from '@workflows/follow-ups/follow-up.contract';

/**
 * What Temporal says about a plan's workflow, as the domain's errors: an unknown plan or call is
 * NotFound (404), a refusal by state InvalidTransition (409), a refused field Validation (400) naming it.
 */
export function followUpError(error: unknown, planId: string): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof WorkflowNotFoundError) return new DomainError(DomainErrorCode.NotFound, `follow-up plan ${planId} does not exist`, 'planId');
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const field = (error.cause.details?.[0] as { field?: string } | undefined)?.field;
    switch (error.cause.type) {
      case FOLLOW_UP_REFUSALS.notFound:
        return new DomainError(DomainErrorCode.NotFound, error.cause.message, field);
      case FOLLOW_UP_REFUSALS.transition:
        return new DomainError(DomainErrorCode.InvalidTransition, error.cause.message, field);
      default:
        return new DomainError(DomainErrorCode.Validation, error.cause.message, field);
    }
  }
  return new DomainError(DomainErrorCode.Unavailable, `follow-up plan ${planId} cannot be reached right now: ${(error as Error).message}`);
}
