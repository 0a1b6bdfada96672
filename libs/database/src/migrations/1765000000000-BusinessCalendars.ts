import { MigrationInterface, QueryRunner } from 'typeorm';
import { CHINA_PACKAGE_CALENDAR } from '../../../domain/src/calendar/china-working-days';

export class BusinessCalendars1765000000000 implements MigrationInterface {
  name = 'BusinessCalendars1765000000000';

  // C-3, C-5, C-6, K-1: business calendars as versioned data. A version is a full snapshot (time
  // zone, weekday hours, dated exceptions with their source) and is never changed, so a case that
  // names `code` and `version` always counts on the same days. Version 1 of `cn-working-hours` is
  // the `chinese-days` package data; later years are imported through /calendars.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE business_calendars (
      code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{1,40}$'),
      version int NOT NULL CHECK (version > 0),
      name text NOT NULL,
      time_zone text NOT NULL,
      weekly_hours jsonb NOT NULL CHECK (jsonb_typeof(weekly_hours) = 'array' AND jsonb_array_length(weekly_hours) = 7),
      exceptions jsonb NOT NULL CHECK (jsonb_typeof(exceptions) = 'array'),
      change text NOT NULL,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (code, version)
    )`);
    const seed = CHINA_PACKAGE_CALENDAR;
    await q.query(
      `INSERT INTO business_calendars (code, version, name, time_zone, weekly_hours, exceptions, change, created_by)
       VALUES ($1, 1, $2, $3, $4::jsonb, $5::jsonb, $6, 'system')`,
      [seed.code, '中国工作日 China working hours', seed.timeZone, JSON.stringify(seed.weeklyHours), JSON.stringify(seed.exceptions), `seeded from ${seed.exceptions[0].source}`],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE business_calendars`);
  }
}
