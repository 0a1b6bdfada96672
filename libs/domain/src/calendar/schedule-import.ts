// A year's published schedule (holidays and adjusted working days) as calendar exceptions, from an
// iCalendar file or a JSON list, and merged into the next calendar version. Pure, no I/O.
//
// iCalendar convention (RFC 5545 all-day events, as holiday feeds publish them):
//   BEGIN:VEVENT
//   DTSTART;VALUE=DATE:20270206      first day
//   DTEND;VALUE=DATE:20270215        the day after the last (exclusive); absent = one day
//   SUMMARY:春节                      the name
//   X-BUSINESS-DAY:holiday           holiday | working_day — or else
//   CATEGORIES:HOLIDAY               HOLIDAY | WORKING-DAY (also 休 / 班) — or else
//                                    the SUMMARY: 班, 上班, "working day", "workday" mean a working
//                                    day; 休, 假, "holiday" a holiday (e.g. "春节 (休)", "春节补班")
//   END:VEVENT
import { CalendarException, DayKind, DAY_KINDS } from './calendar-data';
import { isoDateOf, MS_PER_DAY } from './zoned-time';

export interface ScheduleEntry {
  date: string;
  kind: DayKind;
  name: string;
}

/** A refusal naming the part of the input at fault, e.g. `ical (VEVENT 3 "春节")` or `entries[2].date`. */
export class ScheduleImportError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ScheduleImportError';
  }
}

/** A published holiday lasts at most a few weeks; a longer event is a typo in a year. */
const MAX_EVENT_DAYS = 31;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseICalendarSchedule(text: string): ScheduleEntry[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const entries: ScheduleEntry[] = [];
  let event: Map<string, { params: string; value: string }> | null = null;
  let count = 0;
  for (const line of lines) {
    if (/^BEGIN:VEVENT$/i.test(line.trim())) {
      event = new Map();
      count += 1;
    } else if (/^END:VEVENT$/i.test(line.trim())) {
      if (event) entries.push(...eventEntries(event, count));
      event = null;
    } else if (event) {
      const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (m && !event.has(m[1].toUpperCase())) event.set(m[1].toUpperCase(), { params: m[2], value: m[3] });
    }
  }
  if (count === 0) throw new ScheduleImportError('ical', 'no VEVENT found; expected an iCalendar file (BEGIN:VCALENDAR … BEGIN:VEVENT …)');
  return entries;
}

function eventEntries(event: Map<string, { params: string; value: string }>, index: number): ScheduleEntry[] {
  const name = unescapeText(event.get('SUMMARY')?.value ?? '').trim();
  const field = `ical (VEVENT ${index}${name ? ` "${name}"` : ''})`;
  if (!name) throw new ScheduleImportError(field, 'SUMMARY (the day\'s name) is missing');
  const start = allDayDate(event.get('DTSTART'), 'DTSTART', field);
  const endProp = event.get('DTEND');
  const end = endProp ? allDayDate(endProp, 'DTEND', field) : start + 1;
  if (end <= start) throw new ScheduleImportError(field, 'DTEND must be after DTSTART (DTEND is the day after the last day)');
  if (end - start > MAX_EVENT_DAYS) throw new ScheduleImportError(field, `an event spans at most ${MAX_EVENT_DAYS} days, got ${end - start}`);
  const kind = kindOf(event, name);
  if (!kind) {
    throw new ScheduleImportError(field, 'cannot tell holiday from working day: set X-BUSINESS-DAY:holiday|working_day, CATEGORIES:HOLIDAY|WORKING-DAY, or a SUMMARY with 休 or 班');
  }
  const entries: ScheduleEntry[] = [];
  for (let day = start; day < end; day++) entries.push({ date: isoDateOf(day), kind, name: cleanName(name) });
  return entries;
}

/** Days since 1970-01-01 of an all-day `YYYYMMDD` value; a date-time is refused (a schedule is whole days). */
function allDayDate(prop: { params: string; value: string } | undefined, name: string, field: string): number {
  if (!prop) throw new ScheduleImportError(field, `${name} is missing`);
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(prop.value.trim());
  if (!m || /VALUE=DATE-TIME/i.test(prop.params)) {
    throw new ScheduleImportError(field, `${name} must be an all-day date (${name};VALUE=DATE:YYYYMMDD), got "${prop.value}"`);
  }
  const epoch = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (isoDateOf(epoch / MS_PER_DAY) !== `${m[1]}-${m[2]}-${m[3]}`) throw new ScheduleImportError(field, `${name} is not a calendar date: "${prop.value}"`);
  return epoch / MS_PER_DAY;
}

function kindOf(event: Map<string, { value: string }>, summary: string): DayKind | undefined {
  const explicit = event.get('X-BUSINESS-DAY')?.value.trim().toLowerCase().replace('-', '_');
  if (explicit === 'holiday' || explicit === 'working_day') return explicit;
  const categories = (event.get('CATEGORIES')?.value ?? '').toUpperCase().split(',').map((c) => c.trim());
  if (categories.some((c) => c === 'WORKING-DAY' || c === 'WORKING_DAY' || c === 'WORKDAY' || c === '班')) return 'working_day';
  if (categories.some((c) => c === 'HOLIDAY' || c === '休')) return 'holiday';
  // Working day first: "调休上班" contains 休 but is a day worked.
  if (/班|working day|workday/i.test(summary)) return 'working_day';
  if (/休|假|holiday/i.test(summary)) return 'holiday';
  return undefined;
}

/** `春节 (休)` → `春节`: the marker says the kind, which is kept apart. */
function cleanName(name: string): string {
  return name.replace(/\s*[(（]\s*(休|班)\s*[)）]\s*$/, '').trim() || name;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

/** A JSON list `[{ date: 'YYYY-MM-DD', kind: 'holiday' | 'working_day', name }]`, checked entry by entry. */
export function parseJsonSchedule(entries: unknown): ScheduleEntry[] {
  if (!Array.isArray(entries) || entries.length === 0) throw new ScheduleImportError('entries', 'must be a non-empty list of { date, kind, name }');
  return entries.map((entry: unknown, i) => {
    const field = `entries[${i}]`;
    if (!entry || typeof entry !== 'object') throw new ScheduleImportError(field, 'must be an object { date, kind, name }');
    const { date, kind, name } = entry as Record<string, unknown>;
    if (typeof date !== 'string' || !ISO_DATE.test(date) || isoDateOf(Date.parse(`${date}T00:00Z`) / MS_PER_DAY) !== date) {
      throw new ScheduleImportError(`${field}.date`, `must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
    }
    if (!DAY_KINDS.includes(kind as DayKind)) throw new ScheduleImportError(`${field}.kind`, `must be one of: ${DAY_KINDS.join(', ')}`);
    if (typeof name !== 'string' || !name.trim() || name.length > 100) throw new ScheduleImportError(`${field}.name`, 'must be a name of 1-100 characters');
    return { date, kind: kind as DayKind, name: name.trim() };
  });
}

/**
 * The exceptions of the next version once `year`'s schedule replaces whatever that year had. A
 * schedule names the days of its own year, and may reach a month into the neighbouring years (a New
 * Year break that starts on 30 December, a Sunday worked before it); those days are replaced too.
 */
export function withYearSchedule(current: readonly CalendarException[], year: number, entries: readonly ScheduleEntry[], source: string): CalendarException[] {
  const from = `${year - 1}-12-01`;
  const to = `${year + 1}-01-31`;
  const seen = new Map<string, ScheduleEntry>();
  entries.forEach((entry, i) => {
    if (entry.date < from || entry.date > to) {
      throw new ScheduleImportError(`entries[${i}]`, `${entry.date} (${entry.name}) is outside the ${year} schedule (${from} to ${to})`);
    }
    const twin = seen.get(entry.date);
    if (twin && twin.kind !== entry.kind) throw new ScheduleImportError(`entries[${i}]`, `${entry.date} is both a ${twin.kind} (${twin.name}) and a ${entry.kind} (${entry.name})`);
    seen.set(entry.date, entry);
  });
  if (![...seen.keys()].some((date) => date.startsWith(`${year}-`))) {
    throw new ScheduleImportError('entries', `the schedule has no day in ${year}`);
  }
  const kept = current.filter((e) => !e.date.startsWith(`${year}-`) && !seen.has(e.date));
  const imported = [...seen.values()].map((e) => ({ date: e.date, kind: e.kind, name: e.name, source }));
  return [...kept, ...imported].sort((a, b) => a.date.localeCompare(b.date));
}
