import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { SlaNeed, SlaPolicy, selectSlaPolicy } from '@libs/domain/sla/sla-policy';
import type { SlaTargetId } from '@libs/domain/sla/sla-targets';
import { createSlaCalendars, SlaCalendarRef } from './sla-calendar';

export interface DeadlineRequest {
  calendar: SlaCalendarRef;
  /** When the clock last started running (epoch ms). */
  runningSince: number;
  /** Business time already used before `runningSince`. */
  consumedMs: number;
  targets: Array<{ id: SlaTargetId; afterMs: number }>;
}

export interface SlaBreachRecord {
  caseNo: string;
  target: SlaTargetId;
  policyCode: string;
  policyVersion: number;
  deadline: number;
  lateMs: number;
  escalationLevel?: number;
}

// Calendar math runs here rather than in workflow code: its result is recorded in history, so a
// later change of the holiday data can never make a running workflow replay differently. The case
// counts on the calendar version its policy snapshot names, so a later import never moves it either.
export function createSlaActivities(dataSource: DataSource) {
  const calendars = createSlaCalendars(dataSource);
  return {
    /** The policy a new complaint runs under, as a snapshot it keeps for life (C-3, C-5, C-6). */
    async selectSlaPolicyFor(need: SlaNeed): Promise<SlaPolicy> {
      // Every version: a code whose latest version is inactive must not fall back to an older active one.
      const rows: Array<Record<string, unknown>> = await dataSource.query(`SELECT * FROM sla_policies`);
      const policy = selectSlaPolicy(rows.map(toPolicy), need);
      // Retrying cannot create a policy: the failure contract makes this NOT_FOUND, non-retryable.
      if (!policy) throw new DomainError(DomainErrorCode.NotFound, `no active SLA policy matches ${need.category}/${need.severity}/${need.customerTier}; the default policy must stay active`);
      const calendarVersion = await calendars.currentVersion(policy.calendar);
      return calendarVersion === undefined ? policy : { ...policy, calendarVersion };
    },

    /** The instant each target falls due, counting business time only. */
    async slaDeadlines(request: DeadlineRequest): Promise<Array<{ id: SlaTargetId; at: number }>> {
      const calendar = await calendars.calendarOf(request.calendar);
      const start = new Date(request.runningSince);
      return request.targets.map(({ id, afterMs }) => ({
        id,
        at: calendar.addBusinessTime(start, Math.max(0, afterMs - request.consumedMs)).getTime(),
      }));
    },

    /** Business time between two instants: what a pause has used of the clock. */
    async businessTimeBetween(request: { calendar: SlaCalendarRef; from: number; to: number }): Promise<number> {
      return (await calendars.calendarOf(request.calendar)).businessTimeBetween(new Date(request.from), new Date(request.to));
    },

    /** Records a missed target once, however often the activity runs. */
    async recordSlaBreach(breach: SlaBreachRecord): Promise<void> {
      await dataSource.query(
        `INSERT INTO sla_breaches (case_no, target, policy_code, policy_version, deadline, late_ms, escalation_level)
         VALUES ($1, $2, $3, $4, to_timestamp($5 / 1000.0), $6, $7) ON CONFLICT (case_no, target) DO NOTHING`,
        [breach.caseNo, breach.target, breach.policyCode, breach.policyVersion, breach.deadline, Math.round(breach.lateMs), breach.escalationLevel ?? null],
      );
    },
  };
}

function toPolicy(row: Record<string, unknown>): SlaPolicy {
  return {
    code: row.code as string,
    version: row.version as number,
    category: row.category as SlaPolicy['category'],
    severity: row.severity as SlaPolicy['severity'],
    customerTier: row.customer_tier as SlaPolicy['customerTier'],
    calendar: row.calendar as SlaPolicy['calendar'],
    timeZone: row.time_zone as string,
    firstContactSeconds: row.first_contact_seconds as number,
    resolutionSeconds: row.resolution_seconds as number,
    supervisorReportSeconds: row.supervisor_report_seconds as number,
    escalationStepsSeconds: row.escalation_steps_seconds as number[],
    satisfactionCallSeconds: row.satisfaction_call_seconds as number,
    active: row.active as boolean,
  };
}
