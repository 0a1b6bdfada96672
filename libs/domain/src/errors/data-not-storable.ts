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

/**
 * For workflows: what an activity failure says about data the database refused, or undefined for any
 * other failure. Duck-typed on the SDK's ActivityFailure → ApplicationFailure chain, so that this file
 * stays free of Temporal imports.
 */
export function dataNotStorableOf(error: unknown): DataNotStorableDetail | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const failure = current as { type?: unknown; details?: unknown };
    if (failure.type === DATA_NOT_STORABLE) {
      const [detail] = Array.isArray(failure.details) ? failure.details : [];
      return detail && typeof detail === 'object' ? (detail as DataNotStorableDetail) : { sqlState: 'unknown', reason: 'the database cannot store this data', activity: 'unknown' };
    }
  }
  return undefined;
}
