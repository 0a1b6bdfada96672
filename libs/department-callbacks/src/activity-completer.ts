import { Injectable } from '@nestjs/common';
import { ActivityNotFoundError, Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DEPARTMENT_ANSWER_FAILED, DepartmentAnswer } from '@libs/departments/protocol';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';

const TITLE = (department: string) => `${department.charAt(0).toUpperCase()}${department.slice(1)} department`;

/** Completes or fails the activity that waits for a department's answer (asynchronous completion). */
@Injectable()
export class ActivityCompleter {
  constructor(private readonly temporal: Client) {}

  async apply(department: string, taskToken: Uint8Array, answer: DepartmentAnswer): Promise<void> {
    try {
      if (answer.outcome === 'completed') {
        await this.temporal.activity.complete(taskToken, answer.result ?? null);
      } else {
        // The department's own words, readable in the Temporal UI and by the workflow.
        const message = `${TITLE(department)}: ${answer.error!.message} (${answer.error!.code})`;
        await this.temporal.activity.fail(taskToken, ApplicationFailure.create({ type: DEPARTMENT_ANSWER_FAILED, message, details: [answer.error], nonRetryable: true }));
      }
    } catch (error) {
      if (error instanceof ActivityNotFoundError) {
        throw new DomainError(DomainErrorCode.Conflict, 'the request is no longer awaited (timed out or cancelled)');
      }
      throw error;
    }
  }
}
