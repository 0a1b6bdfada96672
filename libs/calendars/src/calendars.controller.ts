import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { CalendarsService } from './calendars.service';
import { CalendarQuery } from './dto/calendar-query.dto';
import { CalendarDetailDto, CalendarListDto, CalendarResponseDto } from './dto/calendar-response.dto';
import { CalendarTermsDto } from './dto/calendar-terms.dto';
import { CreateCalendarDto } from './dto/create-calendar.dto';
import { ImportScheduleDto } from './dto/import-schedule.dto';

/** Every staff role reads the calendars and their warnings; only admins change or import them. */
@ApiTags('calendars')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Changes are for admins only' })
@Controller('calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get()
  @ApiOkResponse({ type: CalendarListDto, description: 'The latest version of each calendar, with a warning for each missing holiday schedule' })
  list(): Promise<CalendarListDto> {
    return this.calendars.list();
  }

  @Get(':code')
  @ApiOkResponse({ type: CalendarDetailDto, description: 'A version (the latest by default) with its exceptions, and every version' })
  @ApiNotFoundResponse({ description: 'No calendar with this code, or no such version' })
  get(@Param('code') code: string, @Query() query: CalendarQuery): Promise<CalendarDetailDto> {
    return this.calendars.get(code, query);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: CalendarResponseDto, description: 'Version 1 of the new calendar' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiConflictResponse({ description: 'The code exists' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateCalendarDto): Promise<CalendarResponseDto> {
    return this.calendars.create(acting, dto);
  }

  @Put(':code')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: CalendarResponseDto, description: 'The new version; running cases keep the version they started with' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiNotFoundResponse({ description: 'No calendar with this code' })
  addVersion(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: CalendarTermsDto): Promise<CalendarResponseDto> {
    return this.calendars.addVersion(acting, code, dto);
  }

  @Post(':code/schedules')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: CalendarResponseDto, description: "The new version with the year's schedule; running cases keep the version they started with" })
  @ApiBadRequestResponse({ description: 'Invalid field, iCalendar event or entry; the message names it' })
  @ApiNotFoundResponse({ description: 'No calendar with this code' })
  importSchedule(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: ImportScheduleDto): Promise<CalendarResponseDto> {
    return this.calendars.importSchedule(acting, code, dto);
  }
}
