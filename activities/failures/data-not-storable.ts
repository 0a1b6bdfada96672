import { ApplicationFailure } from '@temporalio/common';
import { dataRejectionOf } from '@libs/database/data-errors';
import { DATA_NOT_STORABLE, DataNotStorableDetail } from '@libs/domain/errors/data-not-storable';

// Unique and exclusion violations are left out: they are races another attempt may resolve.
const RACES = new Set(['23505', '23P01']);

/**
 * An activity the database refused because of its data fails non-retryably (type DATA_NOT_STORABLE),
 * naming the activity, the SQLSTATE, table and column, never the value: the same input would fail on
 * every retry, and a case retrying forever never gets its agent. Undefined for any other error.
 */
export function dataNotStorableFailure(error: unknown, activity: string): ApplicationFailure | undefined {
  const rejection = dataRejectionOf(error);
  if (!rejection || RACES.has(rejection.sqlState)) return undefined;
  const detail: DataNotStorableDetail = { ...rejection, activity };
  const where = [rejection.table, rejection.column].filter(Boolean).join('.');
  return ApplicationFailure.create({
    type: DATA_NOT_STORABLE,
    message: `${activity}: the database cannot store this data (${rejection.sqlState} ${rejection.reason}${where ? ` in ${where}` : ''})`,
    nonRetryable: true,
    details: [detail],
  });
}
