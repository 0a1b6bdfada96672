import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { scheduleGap } from '@libs/domain/calendar/calendar-coverage';
import { scheduleYears } from '@libs/domain/calendar/calendar-data';
import type { StoredCalendar } from '../calendar-store';
import { CalendarExceptionDto, DayHoursDto } from './calendar-terms.dto';

/** One calendar version, with what it lacks: C-3/C-5/C-6 deadlines in a year without schedule are only approximate. */
export class CalendarResponseDto {
  @ApiProperty({ example: 'cn-working-hours' }) code: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ example: '中国工作日 China working hours' }) name: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ type: 'array', items: { oneOf: [{ $ref: getSchemaPath(DayHoursDto) }, { type: 'null' }] }, description: 'Sunday first; null = closed' })
  weeklyHours: Array<DayHoursDto | null>;
  @ApiProperty({ type: [Number], example: [2025, 2026, 2027], description: 'Years with a loaded holiday schedule' }) scheduleYears: number[];
  @ApiProperty({ type: [Number], example: [2027], description: 'This year and next, when their schedule is missing' }) missingScheduleYears: number[];
  @ApiProperty({ type: String, nullable: true, example: 'Calendar cn-working-hours v1 has no holiday schedule for 2027: …' }) warning: string | null;
  @ApiProperty({ example: 812 }) exceptionCount: number;
  @ApiProperty({ example: 'imported 2027 from 国务院办公厅关于2027年部分节假日安排的通知' }) change: string;
  @ApiProperty({ example: 'AD-001' }) createdBy: string;
  @ApiProperty({ example: '2026-11-30T08:00:00.000Z' }) createdAt: string;
}

export class CalendarListDto {
  @ApiProperty({ type: [CalendarResponseDto] }) items: CalendarResponseDto[];
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ type: [String], description: 'Every missing schedule, loudly' }) warnings: string[];
}

export class CalendarVersionDto {
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: 'seeded from chinese-days 1.5.7' }) change: string;
  @ApiProperty({ example: 'system' }) createdBy: string;
  @ApiProperty({ example: '2026-11-24T08:00:00.000Z' }) createdAt: string;
}

/** One version with its exceptions (of one year with ?year=) and the list of every version. */
export class CalendarDetailDto extends CalendarResponseDto {
  @ApiProperty({ type: [CalendarExceptionDto] }) exceptions: CalendarExceptionDto[];
  @ApiProperty({ type: [CalendarVersionDto], description: 'Newest first' }) versions: CalendarVersionDto[];
}

export function mapCalendar(calendar: StoredCalendar, now: Date): CalendarResponseDto {
  const gap = scheduleGap(calendar, now);
  return {
    code: calendar.code,
    version: calendar.version,
    name: calendar.name,
    timeZone: calendar.timeZone,
    weeklyHours: [...calendar.weeklyHours],
    scheduleYears: scheduleYears(calendar),
    missingScheduleYears: gap?.missingYears ?? [],
    warning: gap?.warning ?? null,
    exceptionCount: calendar.exceptions.length,
    change: calendar.change,
    createdBy: calendar.createdBy,
    createdAt: calendar.createdAt.toISOString(),
  };
}

export function mapCalendarVersion(calendar: StoredCalendar): CalendarVersionDto {
  return { version: calendar.version, change: calendar.change, createdBy: calendar.createdBy, createdAt: calendar.createdAt.toISOString() };
}
