import { DataSource } from 'typeorm';
import { isCallAllowed, localCallTime } from '@libs/domain/follow-ups/call-hours';
import { customerTimeZone } from '@libs/domain/follow-ups/contact-time';
import type { CallHours } from '@libs/domain/follow-ups/call-hours';
import type { WorklistDays } from '@libs/domain/follow-ups/worklist-days';
import type { WorklistSatisfactionCallDto } from './dto/worklist.dto';

interface Row {
  case_no: string;
  agent_code: string | null;
  remedy: string;
  due_at: Date;
  attempts: number;
  customer_no: string;
  name: string;
  phone: string | null;
  time_zone: string;
}

/**
 * C-8: the satisfaction calls of resolved complaints due in the worklist's days, for their owner: the
 * customer's phone and the remedy to ask about; after no answer, the next attempt's slot (F-5). A call
 * of an earlier resolution (the case was reopened and resolved again) is not shown.
 */
export async function satisfactionCallsDue(dataSource: DataSource, days: WorklistDays, agent: string | null, callHours: CallHours, now: number): Promise<WorklistSatisfactionCallDto[]> {
  const rows: Row[] = await dataSource.query(
    `SELECT s.case_no, r.assigned_agent_code AS agent_code, s.remedy, s.due_at, s.attempts, c.customer_no, c.name, c.phone, c.time_zone
       FROM satisfaction_calls s
       JOIN case_records r ON r.case_no = s.case_no AND r.kind = 'complaint' AND r.status = 'resolved'
       JOIN customers c ON c.id = s.customer_id
      WHERE s.due_at < $1 AND ($2::timestamptz IS NULL OR s.due_at >= $2) AND ($3::text IS NULL OR r.assigned_agent_code = $3)
        AND (r.resolved_at IS NULL OR s.resolved_at >= r.resolved_at - interval '1 second')
      ORDER BY s.due_at, s.case_no
      LIMIT 200`,
    [new Date(days.untilInstant), days.fromInstant === null ? null : new Date(days.fromInstant), agent],
  );
  return rows.map((r) => {
    const timeZone = customerTimeZone(r.time_zone);
    return {
      caseNo: r.case_no,
      agent: r.agent_code,
      remedy: r.remedy,
      dueAt: r.due_at.toISOString(),
      attempts: r.attempts,
      customer: { customerNo: r.customer_no, name: r.name, phone: r.phone, timeZone, localTime: localCallTime(now, timeZone), callAllowedNow: isCallAllowed(now, timeZone, callHours) },
    };
  });
}
