// F-5 call hours as a policy states them: the ranges, the seeded default and their checks. No
// calendar here: the workflows bundle this file (through the follow-up policy), and the holiday
// tables belong to the activities and the API that place calls on days (`call-hours.ts`).

/** Local wall-clock range [from, to); `to` may be `24:00`. */
export interface TimeRange {
  from: string;
  to: string;
}

export interface CallHours {
  /** Allowed call times on working days (Monday–Friday and adjusted working days, minus holidays). */
  workingDay: TimeRange[];
  /** Allowed call times on weekends and statutory holidays. */
  restDay: TimeRange[];
}

/** The seeded default: afternoons and early evenings; on rest days also late mornings (F-5). */
export const DEFAULT_CALL_HOURS: CallHours = {
  workingDay: [{ from: '14:00', to: '20:00' }],
  restDay: [
    { from: '10:00', to: '12:00' },
    { from: '14:00', to: '20:00' },
  ],
};

/** Calls at any time: for second-scale test policies and customers who asked for it. */
export const ALWAYS: CallHours = { workingDay: [{ from: '00:00', to: '24:00' }], restDay: [{ from: '00:00', to: '24:00' }] };

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes since midnight of `HH:MM` (`24:00` is 1440), or undefined when malformed. */
export function clockMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = CLOCK.exec(value);
  if (!m) return undefined;
  return m[3] ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

/** What is wrong with a set of call hours, field by field (`workingDay[0].to`), or an empty list. */
export function callHoursProblems(hours: CallHours | undefined, path = 'callHours'): Array<{ field: string; message: string }> {
  if (!hours || typeof hours !== 'object') return [{ field: path, message: `${path} must be an object { workingDay, restDay }` }];
  const problems: Array<{ field: string; message: string }> = [];
  for (const kind of ['workingDay', 'restDay'] as const) {
    const ranges = hours[kind];
    const at = `${path}.${kind}`;
    if (!Array.isArray(ranges)) {
      problems.push({ field: at, message: `${at} must be a list of { from, to } ranges like 14:00-20:00` });
      continue;
    }
    let previousEnd = -1;
    ranges.forEach((range, i) => {
      const from = clockMinutes(range?.from);
      const to = clockMinutes(range?.to);
      if (from === undefined || from === 24 * 60) problems.push({ field: `${at}[${i}].from`, message: `${at}[${i}].from must be a time of day like 14:00` });
      else if (to === undefined) problems.push({ field: `${at}[${i}].to`, message: `${at}[${i}].to must be a time of day like 20:00 (24:00 for midnight)` });
      else if (to <= from) problems.push({ field: `${at}[${i}].to`, message: `${at}[${i}].to must be later than ${range.from}` });
      else if (from < previousEnd) problems.push({ field: `${at}[${i}].from`, message: `${at} ranges must be in order and must not overlap` });
      else previousEnd = to;
    });
  }
  if (problems.length === 0 && hours.workingDay.length === 0 && hours.restDay.length === 0) {
    problems.push({ field: path, message: `${path} must allow calls at some time: both lists are empty` });
  }
  return problems;
}
