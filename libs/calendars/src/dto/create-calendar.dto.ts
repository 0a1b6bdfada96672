import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CALENDAR_CODE } from '@libs/domain/calendar/calendar-rules';
import { CalendarTermsDto } from './calendar-terms.dto';

/** A new calendar code, with its first version. */
export class CreateCalendarDto extends CalendarTermsDto {
  @ApiProperty({ example: 'hk-working-hours', pattern: CALENDAR_CODE.source })
  @Matches(CALENDAR_CODE, { message: 'code must be 2-41 lower-case letters, digits or -, starting with a letter' })
  code: string;
}
