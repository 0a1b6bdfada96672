// Human-readable case numbers: `<PREFIX>-<YYYYMMDD>-<NNNN>`, the day in the business time zone,
// the sequence restarting every day. Staff read these aloud on the phone, hence no random parts.
export const CASE_NUMBER_PREFIX = { complaint: 'CP', return: 'RT', followup: 'FU' } as const;

export type CaseNumberPrefix = (typeof CASE_NUMBER_PREFIX)[keyof typeof CASE_NUMBER_PREFIX];

const CASE_NUMBER = /^(CP|RT|FU)-(\d{8})-(\d{4,})$/;

/** The calendar day of `at` in `timeZone`, as `YYYYMMDD`. */
export function businessDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
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
