import { ApplicationFailure } from '@temporalio/common';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, Next } from '@temporalio/worker';
import { dataRejectionOf } from '@libs/database/data-errors';
import { DATA_NOT_STORABLE, DataNotStorableDetail } from '@libs/domain/errors/data-not-storable';

/**
 * An activity the database refused because of its data fails non-retryably (type DATA_NOT_STORABLE),
 * naming the activity, the SQLSTATE, table and column, never the value: the same input would fail on
 * every retry, and a case retrying forever never gets its agent. Infrastructure errors pass unchanged.
 */
export class DataRejectionInterceptor implements ActivityInboundCallsInterceptor {
  constructor(private readonly activityType: string) {}

  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    try {
      return await next(input);
    } catch (error) {
      throw dataNotStorableFailure(error, this.activityType) ?? error;
    }
  }
}

/** The non-retryable failure for a data-caused database error; undefined for any other error. */
export function dataNotStorableFailure(error: unknown, activity: string): ApplicationFailure | undefined {
  const rejection = dataRejectionOf(error);
  if (!rejection) return undefined;
  const detail: DataNotStorableDetail = { ...rejection, activity };
  const where = [rejection.table, rejection.column].filter(Boolean).join('.');
  return ApplicationFailure.create({
    type: DATA_NOT_STORABLE,
    message: `${activity}: the database cannot store this data (${rejection.sqlState} ${rejection.reason}${where ? ` in ${where}` : ''})`,
    nonRetryable: true,
    details: [detail],
  });
}
