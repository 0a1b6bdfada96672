/**
 * The failure type of an activity refused by the database because of the data it was given (see
 * libs/database data-errors.ts). It is non-retryable: workflows catch it, record the problem on the
 * case (status and timeline) and stop that step instead of retrying it forever.
 */
export const DATA_NOT_STORABLE = 'DATA_NOT_STORABLE';

/** What such a failure carries as its first detail: no value, only where and why. */
export interface DataNotStorableDetail {
  sqlState: string;
  reason: string;
  table?: string;
  column?: string;
  constraint?: string;
  activity: string;
}
