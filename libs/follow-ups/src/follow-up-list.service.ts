import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Acting } from '@libs/audit';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';
import { fromLocal } from '@libs/domain/calendar/zoned-time';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { calendarDay } from '@libs/domain/follow-ups/worklist-days';
import type { PlanStatus } from '@libs/domain/follow-ups/follow-up-types';
import { seesAllCases } from '@libs/domain/staff/access';
import { FollowUpListDto, FollowUpSummaryDto, ListFollowUpsQuery } from './dto/follow-up-list.dto';

interface Row {
  plan_id: string;
  customer_no: string;
  trigger: string;
  tier: number;
  status: PlanStatus;
  agent_code: string | null;
  occurred_at: Date;
  created_at: Date;
  policy_code: string;
  policy_version: number;
  next_call_at: Date | null;
  calls_total: string;
  calls_open: string;
  calls_done: string;
  calls_missed: string;
  total: string;
}

/** Follow-up plans from their tables, newest first, filtered; agents see the plans they call for. */
@Injectable()
export class FollowUpListService {
  constructor(private readonly dataSource: DataSource) {}

  async list(acting: Acting, query: ListFollowUpsQuery): Promise<FollowUpListDto> {
    let agent = query.agent ?? null;
    if (!seesAllCases(acting.principal)) {
      if (agent && agent !== acting.principal.actor) throw new DomainError(DomainErrorCode.Forbidden, 'agents list their own follow-up plans only', 'agent');
      agent = acting.principal.actor;
    }
    const dueFrom = query.dueFrom === undefined ? null : new Date(fromLocal(calendarDay(query.dueFrom, 'dueFrom'), 0, BUSINESS_TIME_ZONE));
    const dueUntil = query.dueTo === undefined ? null : new Date(fromLocal(calendarDay(query.dueTo, 'dueTo') + 1, 0, BUSINESS_TIME_ZONE));
    if (dueFrom && dueUntil && dueUntil <= dueFrom) throw new DomainError(DomainErrorCode.Validation, `dueTo must not be before dueFrom (${query.dueFrom})`, 'dueTo');
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.plan_id, c.customer_no, p.trigger, p.tier, p.status, p.agent_code, p.occurred_at, p.created_at, p.policy_code, p.policy_version,
              k.next_call_at, k.calls_total, k.calls_open, k.calls_done, k.calls_missed,
              count(*) OVER () AS total
         FROM follow_up_plans p
         JOIN customers c ON c.id = p.customer_id
         LEFT JOIN LATERAL (
           SELECT min(f.next_attempt_at) FILTER (WHERE f.status IN ('scheduled', 'due')) AS next_call_at,
                  count(*) AS calls_total,
                  count(*) FILTER (WHERE f.status IN ('scheduled', 'due')) AS calls_open,
                  count(*) FILTER (WHERE f.status = 'done') AS calls_done,
                  count(*) FILTER (WHERE f.status = 'missed') AS calls_missed
             FROM follow_up_calls f WHERE f.plan_id = p.plan_id) k ON true
        WHERE ($1::text IS NULL OR c.customer_no = $1)
          AND ($2::text IS NULL OR p.agent_code = $2)
          AND ($3::text IS NULL OR p.trigger = $3)
          AND ($4::text IS NULL OR p.status = $4)
          AND ($5::timestamptz IS NULL AND $6::timestamptz IS NULL
               OR EXISTS (SELECT 1 FROM follow_up_calls d WHERE d.plan_id = p.plan_id
                           AND ($5::timestamptz IS NULL OR d.due_at >= $5) AND ($6::timestamptz IS NULL OR d.due_at < $6)))
        ORDER BY p.created_at DESC, p.plan_id DESC
        LIMIT $7 OFFSET $8`,
      [query.customer ?? null, agent, query.trigger ?? null, query.status ?? null, dueFrom, dueUntil, query.limit, query.offset],
    );
    return { items: rows.map(summaryOf), total: Number(rows[0]?.total ?? 0) };
  }
}

function summaryOf(r: Row): FollowUpSummaryDto {
  return {
    planId: r.plan_id,
    customerNo: r.customer_no,
    trigger: r.trigger,
    tier: r.tier,
    status: r.status,
    agent: r.agent_code,
    occurredAt: r.occurred_at.toISOString(),
    createdAt: r.created_at.toISOString(),
    policyCode: r.policy_code,
    policyVersion: r.policy_version,
    nextCallAt: r.next_call_at ? r.next_call_at.toISOString() : null,
    calls: { total: Number(r.calls_total ?? 0), open: Number(r.calls_open ?? 0), done: Number(r.calls_done ?? 0), missed: Number(r.calls_missed ?? 0) },
  };
}
