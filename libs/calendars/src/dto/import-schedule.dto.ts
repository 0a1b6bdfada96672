import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { ScheduleEntryDto } from './calendar-terms.dto';
import { NestedObjects } from '@libs/http';

/**
 * One year's published schedule, as an iCalendar file (`ical`) or a JSON list (`entries`), exactly
 * one of them. It replaces that year's exceptions in a new version of the calendar.
 */
export class ImportScheduleDto {
  @ApiProperty({ example: 2027, minimum: 2000, maximum: 2100 })
  @IsInt({ message: 'year must be a whole number' })
  @Min(2000, { message: 'year must be from 2000 to 2100' })
  @Max(2100, { message: 'year must be from 2000 to 2100' })
  year: number;

  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知', description: 'Where the schedule comes from; stored on every imported day' })
  @IsString({ message: 'source must be text' })
  @Length(1, 200, { message: 'source must be 1-200 characters' })
  source: string;

  @ApiPropertyOptional({
    example: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:元旦 (休)\r\nEND:VEVENT\r\nEND:VCALENDAR',
    description:
      'An iCalendar file: one all-day VEVENT per holiday or worked day (DTSTART;VALUE=DATE, DTEND exclusive), SUMMARY the name; the kind from X-BUSINESS-DAY (holiday | working_day), else CATEGORIES (HOLIDAY | WORKING-DAY), else the SUMMARY (班 / working day = working day; 休 / 假 / holiday = holiday)',
  })
  @IsOptional()
  @IsString({ message: 'ical must be the text of an iCalendar file' })
  @MaxLength(200_000, { message: 'ical must be at most 200000 characters' })
  ical?: string;

  @ApiPropertyOptional({ type: [ScheduleEntryDto], description: 'The same as a JSON list of days' })
  @IsOptional()
  @IsArray({ message: 'entries must be a list of { date, kind, name }' })
  @ArrayMaxSize(400, { message: 'entries has at most 400 days' })
  @NestedObjects(() => ScheduleEntryDto)
  entries?: ScheduleEntryDto[];
}
