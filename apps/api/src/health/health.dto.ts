import { ApiProperty } from '@nestjs/swagger';
import type { CalendarCheck, DependencyCheck, Readiness } from './readiness.service';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class DependencyCheckDto implements DependencyCheck {
  @ApiProperty() up: boolean;
  @ApiProperty({ example: 'PostgreSQL answers' }) detail: string;
}

export class MissingScheduleDto {
  @ApiProperty({ example: 'cn-working-hours' }) code: string;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
  @ApiProperty({ type: 'integer', isArray: true, example: [2027] }) missingYears: number[];
  @ApiProperty({ example: 'Calendar cn-working-hours v1 has no holiday schedule for 2027' }) warning: string;
}

/** Informational: never makes readiness fail. */
export class CalendarCheckDto implements CalendarCheck {
  @ApiProperty({ example: 'every calendar has its holiday schedule for this year and the next' }) detail: string;
  @ApiProperty({ type: MissingScheduleDto, isArray: true }) missingSchedules: MissingScheduleDto[];
}

export class ReadinessDto implements Readiness {
  @ApiProperty() ready: boolean;
  @ApiProperty({ type: DependencyCheckDto }) database: DependencyCheckDto;
  @ApiProperty({ type: DependencyCheckDto }) temporal: DependencyCheckDto;
  @ApiProperty({ type: DependencyCheckDto }) worker: DependencyCheckDto;
  @ApiProperty({ type: CalendarCheckDto, description: 'Calendars missing this or next year\'s holiday schedule' }) calendars: CalendarCheckDto;
}
