// Wall-clock time in an IANA time zone, with `Intl.DateTimeFormat` as the only source of offsets.
// Local calendar days are counted as whole days since 1970-01-01, which makes day stepping plain
// integer arithmetic and keeps the host's own time zone out of every result.
export const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone: "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** How far the zone's wall clock is ahead of UTC at `epochMs`, in ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(epochMs)) parts[type] = Number(value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/** The local calendar day (days since 1970-01-01) and the ms since local midnight of an instant. */
export function toLocal(epochMs: number, timeZone: string): { day: number; msOfDay: number } {
  const wall = epochMs + offsetAt(epochMs, timeZone);
  const day = Math.floor(wall / MS_PER_DAY);
  return { day, msOfDay: wall - day * MS_PER_DAY };
}

/**
 * The instant a local wall-clock time occurs. Around a DST change the offset from a day before and
 * a day after both give a candidate: a repeated hour takes the earlier instant, and a skipped hour
 * moves forward by the size of the gap (as clocks do), so 02:30 on a spring-forward night is 03:30.
 */
export function fromLocal(day: number, msOfDay: number, timeZone: string): number {
  const wall = day * MS_PER_DAY + msOfDay;
  const withOffsetBefore = wall - offsetAt(wall - MS_PER_DAY, timeZone);
  const withOffsetAfter = wall - offsetAt(wall + MS_PER_DAY, timeZone);
  if (withOffsetBefore === withOffsetAfter) return withOffsetBefore;
  const valid = [withOffsetBefore, withOffsetAfter].filter((t) => offsetAt(t, timeZone) === wall - t);
  return valid.length > 0 ? Math.min(...valid) : Math.max(withOffsetBefore, withOffsetAfter);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isoDateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
