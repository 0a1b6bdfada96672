// Reports cover whole local days: `from` inclusive, `to` exclusive, like every list of the API.
import { assertTimeZone, fromLocal, MS_PER_DAY } from '../calendar/zoned-time';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { BUSINESS_TIME_ZONE } from '../cases/business-time-zone';

export const REPORT_TIME_ZONE = BUSINESS_TIME_ZONE;
/** Longest range one request may ask for, to keep every report a bounded scan. */
export const MAX_REPORT_DAYS = 731;

export interface ReportPeriod {
  /** The dates as given, `YYYY-MM-DD`. */
  fromDate: string;
  toDate: string;
  /** Local midnight of each date in the time zone. */
  from: Date;
  to: Date;
  timeZone: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(value: string | undefined, field: string): number {
  if (value === undefined || value === '') throw new DomainError(DomainErrorCode.Validation, `${field} is required (YYYY-MM-DD)`, field);
  const m = DATE.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new DomainError(DomainErrorCode.Validation, `${field} must be a date like 2026-11-01`, field);
  }
  return ms / MS_PER_DAY;
}

export function reportPeriod(query: { from?: string; to?: string; timeZone?: string }): ReportPeriod {
  const timeZone = query.timeZone ?? REPORT_TIME_ZONE;
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new DomainError(DomainErrorCode.Validation, `timeZone must be an IANA time zone like Asia/Shanghai`, 'timeZone');
  }
  const from = dayNumber(query.from, 'from');
  const to = dayNumber(query.to, 'to');
  if (to <= from) throw new DomainError(DomainErrorCode.Validation, 'to must be later than from', 'to');
  if (to - from > MAX_REPORT_DAYS) throw new DomainError(DomainErrorCode.Validation, `the range may span at most ${MAX_REPORT_DAYS} days`, 'to');
  return { fromDate: query.from!, toDate: query.to!, from: new Date(fromLocal(from, 0, timeZone)), to: new Date(fromLocal(to, 0, timeZone)), timeZone };
}

/** The period of equal length just before this one (K-5 compares complaint volume with it). */
export function previousPeriod(period: ReportPeriod): { from: Date; to: Date } {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}
