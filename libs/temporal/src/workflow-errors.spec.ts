import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { toDomainError } from './workflow-errors';

describe('toDomainError', () => {
  const complaint = { kind: 'complaint', id: 'CP-20261124-0001', field: 'caseNo' };
  const ret = { kind: 'return', id: 'RT-20261124-0001', field: 'returnNo' };
  const plan = { kind: 'follow-up plan', id: 'FU-20261124-0001', field: 'planId' };
  const refused = (type: string, message: string) => new WorkflowUpdateFailedError('update failed', ApplicationFailure.nonRetryable(message, type));
  const refusedOn = (type: string, message: string, field: string) =>
    new WorkflowUpdateFailedError('update failed', ApplicationFailure.create({ message, type, nonRetryable: true, details: [{ field }] }));

  it.each([
    ['an unknown complaint', new WorkflowNotFoundError('gone', 'complaint-CP-20261124-0001', undefined), complaint, DomainErrorCode.NotFound, 'complaint CP-20261124-0001 does not exist', 'caseNo'],
    ['an unknown return', new WorkflowNotFoundError('gone', 'return-RT-20261124-0001', undefined), ret, DomainErrorCode.NotFound, 'return RT-20261124-0001 does not exist', 'returnNo'],
    ['a refused transition', refused('InvalidTransition', 'cannot receive a return and refund request that is agreed'), ret, DomainErrorCode.InvalidTransition, 'cannot receive a return and refund request that is agreed', undefined],
    ['an invalid request', refused('InvalidRequest', 'reason is required'), ret, DomainErrorCode.Validation, 'reason is required', undefined],
    ['an unknown call of a plan', refusedOn('NotFound', 'plan FU-20261124-0001 has no call x', 'callId'), plan, DomainErrorCode.NotFound, 'plan FU-20261124-0001 has no call x', 'callId'],
    ['a refused field', refusedOn('InvalidRequest', 'satisfactionScore must be 1 to 5', 'satisfactionScore'), plan, DomainErrorCode.Validation, 'satisfactionScore must be 1 to 5', 'satisfactionScore'],
    ['an unknown plan', new WorkflowNotFoundError('gone', 'followup-FU-20261124-0001', undefined), plan, DomainErrorCode.NotFound, 'follow-up plan FU-20261124-0001 does not exist', 'planId'],
    ['an unreachable server', new Error('connect ECONNREFUSED'), ret, DomainErrorCode.Unavailable, 'return RT-20261124-0001 cannot be reached right now: connect ECONNREFUSED', undefined],
  ])('maps %s', (_case, error, subject, code, message, field) => {
    expect(toDomainError(error, subject)).toMatchObject({ code, message, field });
  });

  it('passes domain errors through unchanged', () => {
    const error = new DomainError(DomainErrorCode.Forbidden, 'not yours');
    expect(toDomainError(error, complaint)).toBe(error);
  });
});
