import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { scheduleGap } from '@libs/domain/calendar/calendar-coverage';
import type { CalendarException, DayHours } from '@libs/domain/calendar/calendar-data';
import { CALENDAR_CODE, calendarViolation, sortedExceptions } from '@libs/domain/calendar/calendar-rules';
import { parseICalendarSchedule, parseJsonSchedule, ScheduleEntry, ScheduleImportError, withYearSchedule } from '@libs/domain/calendar/schedule-import';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { CalendarStore, StoredCalendar } from './calendar-store';
import { CalendarDetailDto, CalendarListDto, CalendarResponseDto, mapCalendar, mapCalendarVersion } from './dto/calendar-response.dto';
import { CalendarTermsDto } from './dto/calendar-terms.dto';
import { CreateCalendarDto } from './dto/create-calendar.dto';
import { ImportScheduleDto } from './dto/import-schedule.dto';

type Terms = Pick<StoredCalendar, 'name' | 'timeZone' | 'weeklyHours' | 'exceptions' | 'change'>;

/**
 * Business calendars (C-3, C-5, C-6, K-1) as versioned data. A version is never changed: a change
 * or an imported year is the next version, and a running case keeps the version it started with.
 */
@Injectable()
export class CalendarsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CalendarListDto> {
    const now = new Date();
    const items = (await new CalendarStore(this.dataSource).latestOfEach()).map((c) => mapCalendar(c, now));
    return { items, total: items.length, warnings: items.flatMap((c) => (c.warning ? [c.warning] : [])) };
  }

  async get(code: string, options: { version?: number; year?: number }): Promise<CalendarDetailDto> {
    const versions = await new CalendarStore(this.dataSource).versions(checkedCode(code));
    if (!versions.length) throw unknownCode(code);
    const shown = options.version === undefined ? versions[0] : versions.find((v) => v.version === options.version);
    if (!shown) throw new DomainError(DomainErrorCode.NotFound, `calendar ${code} has no version ${options.version}`, 'version');
    const year = options.year === undefined ? undefined : `${options.year}-`;
    return {
      ...mapCalendar(shown, new Date()),
      exceptions: year ? shown.exceptions.filter((e) => e.date.startsWith(year)) : [...shown.exceptions],
      versions: versions.map(mapCalendarVersion),
    };
  }

  async create(acting: Acting, dto: CreateCalendarDto): Promise<CalendarResponseDto> {
    return this.writeVersion(acting, checkedCode(dto.code), 'create', () => termsOf(dto, dto.change ?? 'created'));
  }

  /** The next version with the full terms given. */
  async addVersion(acting: Acting, code: string, dto: CalendarTermsDto): Promise<CalendarResponseDto> {
    return this.writeVersion(acting, checkedCode(code), 'version', () => termsOf(dto, dto.change ?? 'changed'));
  }

  /** The next version with one year's published schedule in place of whatever that year had. */
  async importSchedule(acting: Acting, code: string, dto: ImportScheduleDto): Promise<CalendarResponseDto> {
    const entries = scheduleEntriesOf(dto);
    return this.writeVersion(acting, checkedCode(code), 'import', (latest) => ({
      ...latest!,
      exceptions: imported(() => withYearSchedule(latest!.exceptions, dto.year, entries, dto.source)),
      change: `imported ${dto.year} (${entries.length} days, ${dto.ical !== undefined ? 'iCalendar' : 'JSON'}) from ${dto.source}`,
    }));
  }

  private async writeVersion(acting: Acting, code: string, kind: 'create' | 'version' | 'import', next: (latest?: StoredCalendar) => Terms): Promise<CalendarResponseDto> {
    return this.dataSource.transaction(async (tx: EntityManager) => {
      const store = new CalendarStore(tx);
      const latest = await store.latestForUpdate(code);
      if (kind === 'create' && latest) throw new DomainError(DomainErrorCode.Conflict, `calendar ${code} exists; PUT /calendars/${code} writes a new version`, 'code');
      if (kind !== 'create' && !latest) throw unknownCode(code);
      const { name, timeZone, weeklyHours, exceptions, change } = next(latest);
      const terms = { name, timeZone, weeklyHours, exceptions, change };
      const violation = calendarViolation(terms);
      if (violation) throw new DomainError(DomainErrorCode.Validation, violation.message, violation.field);
      const row = await store.insert({ code, version: (latest?.version ?? 0) + 1, createdBy: acting.principal.actor, ...terms });
      const gap = scheduleGap(row, new Date());
      await this.audit.record(acting, `calendar.${kind}`, `calendar:${code}`, { version: row.version, change: row.change, exceptions: row.exceptions.length, missingScheduleYears: gap?.missingYears ?? [] }, tx);
      return mapCalendar(row, new Date());
    });
  }
}

function termsOf(dto: CalendarTermsDto, change: string): Terms {
  const weeklyHours = dto.weeklyHours.map((h): DayHours | null => (h && typeof h === 'object' ? { start: h.start, end: h.end } : (h as null)));
  const exceptions = dto.exceptions.map((e): CalendarException => ({ date: e.date, kind: e.kind, name: e.name, source: e.source ?? 'admin' }));
  return { name: dto.name, timeZone: dto.timeZone, weeklyHours, exceptions: sortedExceptions(exceptions), change };
}

function scheduleEntriesOf(dto: ImportScheduleDto): ScheduleEntry[] {
  if ((dto.ical === undefined) === (dto.entries === undefined)) {
    throw new DomainError(DomainErrorCode.Validation, 'give the schedule as exactly one of ical (an iCalendar file) or entries (a JSON list)', 'ical');
  }
  return imported(() => (dto.ical !== undefined ? parseICalendarSchedule(dto.ical) : parseJsonSchedule(dto.entries)));
}

/** Import refusals name the event or entry at fault; they become 400s with that field. */
function imported<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScheduleImportError) throw new DomainError(DomainErrorCode.Validation, error.message, error.field);
    throw error;
  }
}

function checkedCode(code: string): string {
  if (!CALENDAR_CODE.test(code)) throw new DomainError(DomainErrorCode.Validation, 'code must be 2-41 lower-case letters, digits or -, starting with a letter', 'code');
  return code;
}

function unknownCode(code: string): DomainError {
  return new DomainError(DomainErrorCode.NotFound, `no calendar ${code}`, 'code');
}
