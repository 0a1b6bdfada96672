import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { DAY_KINDS, DayHours, DayKind } from '@libs/domain/calendar/calendar-data';
import { MAX_EXCEPTIONS } from '@libs/domain/calendar/calendar-rules';
import { IsTimeZone } from '@libs/sla-policies/dto/sla-validation';
import { NestedObjects } from '@libs/http';

export class DayHoursDto implements DayHours {
  @ApiProperty({ example: '09:00', description: 'Local opening time HH:MM' })
  start: string;

  @ApiProperty({ example: '18:00', description: 'Local closing time HH:MM, later than start' })
  end: string;
}

/** One day of a published schedule. */
export class ScheduleEntryDto {
  @ApiProperty({ example: '2027-02-08', description: 'Local date YYYY-MM-DD in the calendar time zone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date YYYY-MM-DD' })
  date: string;

  @ApiProperty({ enum: DAY_KINDS, example: 'holiday', description: 'holiday: no work that day; working_day: an adjusted working day (调休) with weekday hours' })
  @IsIn(DAY_KINDS, { message: `kind must be one of: ${DAY_KINDS.join(', ')}` })
  kind: DayKind;

  @ApiProperty({ example: '春节' })
  @IsString({ message: 'name must be text' })
  @Length(1, 100, { message: 'name must be 1-100 characters' })
  name: string;
}

/** A dated exception; `source` defaults to `admin`. */
export class CalendarExceptionDto extends ScheduleEntryDto {
  @ApiPropertyOptional({ example: 'State Council 2026-11', description: 'Where the day comes from; default admin' })
  @IsOptional()
  @IsString({ message: 'source must be text' })
  @Length(1, 200, { message: 'source must be 1-200 characters' })
  source?: string;
}

/** The full terms of one calendar version (PUT replaces them all). */
// Referenced from weeklyHours only through oneOf, so registered here.
@ApiExtraModels(DayHoursDto)
export class CalendarTermsDto {
  @ApiProperty({ example: '中国工作日 China working hours' })
  @IsString({ message: 'name must be text' })
  @Length(1, 100, { message: 'name must be 1-100 characters' })
  name: string;

  @ApiProperty({ example: 'Asia/Shanghai', description: 'IANA time zone whose local dates the exceptions name' })
  @IsTimeZone()
  timeZone: string;

  @ApiProperty({
    type: 'array',
    // Each day is its hours or null (closed); the list itself is never null.
    items: { oneOf: [{ $ref: getSchemaPath(DayHoursDto) }, { type: 'null' }] },
    minItems: 7,
    maxItems: 7,
    example: [null, { start: '09:00', end: '18:00' }, { start: '09:00', end: '18:00' }, { start: '09:00', end: '18:00' }, { start: '09:00', end: '18:00' }, { start: '09:00', end: '18:00' }, null],
    description: 'Working hours Sunday first (index 0) to Saturday; null = closed',
  })
  @IsArray({ message: 'weeklyHours must list 7 days, Sunday first' })
  // Each day (an object or null) is checked by the calendar rules, which name the day at fault.
  weeklyHours: Array<DayHoursDto | null>;

  @ApiProperty({ type: [CalendarExceptionDto], maxItems: MAX_EXCEPTIONS, description: 'Holidays and adjusted working days; a year with none keeps only 1 Jan, 1 May, 1-3 Oct off' })
  @IsArray({ message: 'exceptions must be a list' })
  @ArrayMaxSize(MAX_EXCEPTIONS, { message: `exceptions has at most ${MAX_EXCEPTIONS} days` })
  @NestedObjects(() => CalendarExceptionDto)
  exceptions: CalendarExceptionDto[];

  @ApiPropertyOptional({ example: 'company day off on 24 December', description: 'Why this version was written (shown in the version list)' })
  @IsOptional()
  @IsString({ message: 'change must be text' })
  @MaxLength(500, { message: 'change must be at most 500 characters' })
  change?: string;
}
