import type { EntityManager } from 'typeorm';
import type { CalendarData, CalendarException, DayHours } from '@libs/domain/calendar/calendar-data';

/** One stored calendar version: the data the calendar math takes, and who wrote it why. */
export interface StoredCalendar extends CalendarData {
  name: string;
  change: string;
  createdBy: string;
  createdAt: Date;
}

interface Row {
  code: string;
  version: number;
  name: string;
  time_zone: string;
  weekly_hours: Array<DayHours | null>;
  exceptions: CalendarException[];
  change: string;
  created_by: string;
  created_at: Date;
}

/**
 * `business_calendars`: each row a full, immutable version. Used by the API (admin changes), the SLA
 * activities (a case's own version) and the health checks (missing schedules). Plain SQL, so the
 * activities can use it without the Nest context.
 */
export class CalendarStore {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async latestOfEach(): Promise<StoredCalendar[]> {
    const rows: Row[] = await this.db.query(`SELECT DISTINCT ON (code) * FROM business_calendars ORDER BY code, version DESC`);
    return rows.map(toCalendar);
  }

  /** Every version of a code, newest first (empty when the code is unknown). */
  async versions(code: string): Promise<StoredCalendar[]> {
    const rows: Row[] = await this.db.query(`SELECT * FROM business_calendars WHERE code = $1 ORDER BY version DESC`, [code]);
    return rows.map(toCalendar);
  }

  async version(code: string, version: number): Promise<StoredCalendar | undefined> {
    const rows: Row[] = await this.db.query(`SELECT * FROM business_calendars WHERE code = $1 AND version = $2`, [code, version]);
    return rows[0] && toCalendar(rows[0]);
  }

  async latestVersionNumber(code: string): Promise<number | undefined> {
    const rows: Array<{ version: number | null }> = await this.db.query(`SELECT max(version) AS version FROM business_calendars WHERE code = $1`, [code]);
    return rows[0]?.version ?? undefined;
  }

  /**
   * The latest version, locked for the caller's transaction: two concurrent changes of one code get
   * versions n+1 and n+2, never the same number.
   */
  async latestForUpdate(code: string): Promise<StoredCalendar | undefined> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`business-calendar:${code}`]);
    const rows: Row[] = await this.db.query(`SELECT * FROM business_calendars WHERE code = $1 ORDER BY version DESC LIMIT 1`, [code]);
    return rows[0] && toCalendar(rows[0]);
  }

  async insert(calendar: Omit<StoredCalendar, 'createdAt'>): Promise<StoredCalendar> {
    const rows: Row[] = await this.db.query(
      `INSERT INTO business_calendars (code, version, name, time_zone, weekly_hours, exceptions, change, created_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8) RETURNING *`,
      [calendar.code, calendar.version, calendar.name, calendar.timeZone, JSON.stringify(calendar.weeklyHours), JSON.stringify(calendar.exceptions), calendar.change, calendar.createdBy],
    );
    return toCalendar(rows[0]);
  }
}

function toCalendar(row: Row): StoredCalendar {
  return {
    code: row.code,
    version: row.version,
    name: row.name,
    timeZone: row.time_zone,
    weeklyHours: row.weekly_hours,
    exceptions: row.exceptions,
    change: row.change,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
