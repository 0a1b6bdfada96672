// What PostgreSQL, JSON and Temporal cannot hold, whatever the field: refused at the edge with the
// field's name, so that no case is ever started with data its workflow can never store.

/** Every number a request may carry lies within PostgreSQL's `integer` (fields document tighter bounds). */
export const MAX_REQUEST_NUMBER = 2_147_483_647;
/** Dates outside these years are typing errors; PostgreSQL has no year 0 and JavaScript no year 275761. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

export interface UnsafeValue {
  field: string;
  message: string;
}

const NUL = /\u0000/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// A string that is nothing but an ISO date or date-time (free text that merely starts with a date is not one).
const ISO_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Why a string cannot be stored, if it cannot. */
export function unsafeTextReason(text: string): string | undefined {
  if (NUL.test(text)) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it contains a lone UTF-16 surrogate)';
  if (ISO_DATE.test(text)) return invalidIsoDateReason(text);
  return undefined;
}

/** Why an ISO date string is not a real calendar date in the accepted range, if it is not. */
export function invalidIsoDateReason(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return `must be a date from ${EARLIEST_YEAR} to ${LATEST_YEAR}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) {
    return 'must be a real calendar date and time';
  }
  return undefined;
}

/** Why a number cannot be stored, if it cannot. */
export function unsafeNumberReason(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_REQUEST_NUMBER) return `must be a number from -${MAX_REQUEST_NUMBER} to ${MAX_REQUEST_NUMBER}`;
  return undefined;
}

/** Why a Date cannot be stored, if it cannot. */
export function unsafeDateReason(value: Date): string | undefined {
  const year = value.getUTCFullYear();
  if (Number.isNaN(value.getTime()) || year < EARLIEST_YEAR || year > LATEST_YEAR) return `must be a date from ${EARLIEST_YEAR} to ${LATEST_YEAR}`;
  return undefined;
}

/**
 * The first value (or key) in a body, query or path parameter that cannot be stored, with the path
 * of its field (`items.0.sku`). Walks parsed JSON and transformed DTOs alike.
 */
export function findUnsafeValue(value: unknown, field: string, depth = 0): UnsafeValue | undefined {
  const reason =
    typeof value === 'string' ? unsafeTextReason(value)
    : typeof value === 'number' ? unsafeNumberReason(value)
    : value instanceof Date ? unsafeDateReason(value)
    : undefined;
  if (reason) return { field: field || 'value', message: `${field || 'value'} ${reason}` };
  // The body parser already refuses deeper bodies; the bound keeps a cyclic object from looping.
  if (value === null || typeof value !== 'object' || value instanceof Date || depth > 64) return undefined;
  for (const [key, nested] of Object.entries(value)) {
    const path = field ? `${field}.${key}` : key;
    const keyReason = unsafeTextReason(key);
    if (keyReason && !ISO_DATE.test(key)) return { field: path, message: `field name ${JSON.stringify(key)} ${keyReason}` };
    const found = findUnsafeValue(nested, path, depth + 1);
    if (found) return found;
  }
  return undefined;
}
