// Human-readable case numbers: `<PREFIX>-<YYYYMMDD>-<NNNN>`, the day in the business time zone,
// the sequence restarting every day. Staff read these aloud on the phone, hence no random parts.
export const CASE_NUMBER_PREFIX = { complaint: 'CP', return: 'RT', followup: 'FU' } as const;

export type CaseNumberPrefix = (typeof CASE_NUMBER_PREFIX)[keyof typeof CASE_NUMBER_PREFIX];

const CASE_NUMBER = /^(CP|RT|FU)-(\d{8})-(\d{4,})$/;

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one, and every
// intake numbers its case with it.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `at` in `timeZone`, as `YYYYMMDD`. */
export function businessDay(at: Date, timeZone: string): string {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}${parts.month}${parts.day}`;
}

export function formatCaseNumber(prefix: CaseNumberPrefix, day: string, sequence: number): string {
  if (!/^\d{8}$/.test(day)) throw new RangeError(`day must be YYYYMMDD, got ${day}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer`);
  return `${prefix}-${day}-${String(sequence).padStart(4, '0')}`;
}

export function isCaseNumber(value: string): boolean {
  return CASE_NUMBER.test(value);
}
