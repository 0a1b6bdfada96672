import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

/** The case a workflow runs, as the API names it: `complaint` CP-… in field `caseNo`, `return` RT-… in `returnNo`. */
export interface WorkflowSubject {
  kind: string;
  id: string;
  field: string;
}

/** The workflows' refusal types (validators and handlers), one vocabulary for every case type. */
export const WORKFLOW_REFUSAL_CODES: Readonly<Record<string, DomainErrorCode>> = {
  NotFound: DomainErrorCode.NotFound,
  InvalidTransition: DomainErrorCode.InvalidTransition,
  InvalidRequest: DomainErrorCode.Validation,
};

/**
 * The one mapper from what Temporal says about a case's workflow to the domain's errors, for every
 * case type: an unknown workflow is NotFound; a refusal maps by its type (`NotFound` 404,
 * `InvalidTransition` 409, anything else Validation 400) and names the field its details carry;
 * anything else means Temporal could not be reached.
 */
export function toDomainError(error: unknown, subject: WorkflowSubject): DomainError {
  const { kind, id, field } = subject;
  if (error instanceof DomainError) return error;
  if (error instanceof WorkflowNotFoundError) return new DomainError(DomainErrorCode.NotFound, `${kind} ${id} does not exist`, field);
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const refusal = error.cause;
    const refusedField = (refusal.details?.[0] as { field?: unknown } | undefined)?.field;
    return new DomainError(WORKFLOW_REFUSAL_CODES[refusal.type ?? ''] ?? DomainErrorCode.Validation, refusal.message, typeof refusedField === 'string' ? refusedField : undefined);
  }
  return new DomainError(DomainErrorCode.Unavailable, `${kind} ${id} cannot be reached right now: ${(error as Error).message}`);
}
