import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Acting } from '@libs/audit';
import { businessDay } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { worklistDays } from '@libs/domain/follow-ups/worklist-days';
import { isCallAllowed, localCallTime } from '@libs/domain/follow-ups/call-hours';
import { callScript } from '@libs/domain/follow-ups/call-script';
import type { FollowUpPolicy } from '@libs/domain/follow-ups/follow-up-policy';
import { seesAllCases } from '@libs/domain/staff/access';
import { WorklistDto, WorklistItemDto, WorklistQuery } from './dto/worklist.dto';
import { loadFollowUpPolicy } from './policies/load-follow-up-policy';
import { satisfactionCallsDue } from './satisfaction-calls.query';
import { DEFAULT_CALL_HOURS } from '@libs/domain/follow-ups/call-hours';
import { DEFAULT_FOLLOW_UP_POLICY_CODE } from '@libs/domain/follow-ups/follow-up-policy';
import { BUSINESS_TIME_ZONE } from '@libs/domain/cases/business-time-zone';


interface Row {
  call_id: string;
  plan_id: string;
  tier: number;
  trigger: string;
  step_key: string;
  purpose: string;
  agent_code: string;
  status: 'scheduled' | 'due';
  due_at: Date;
  next_attempt_at: Date;
  window_end: Date;
  attempts: number;
  last_outcome: string | null;
  policy_code: string;
  policy_version: number;
  customer_no: string;
  name: string;
  phone: string | null;
  customer_tier: string;
  organisation: string | null;
  time_zone: string;
  products: Array<{ model: string; serialNo: string | null; plate: string | null; purchaseDate: string | null }> | null;
  total: string;
}

/** The calls an agent has to make: due, earliest first, with what the agent needs on the phone. */
@Injectable()
export class WorklistService {
  constructor(private readonly dataSource: DataSource) {}

  async list(acting: Acting, query: WorklistQuery): Promise<WorklistDto> {
    let agent = query.agent ?? null;
    if (!seesAllCases(acting.principal)) {
      if (agent && agent !== acting.principal.actor) throw new DomainError(DomainErrorCode.Forbidden, 'agents see their own worklist only', 'agent');
      agent = acting.principal.actor;
    }
    const now = Date.now();
    // The calls due by the end of the day in Asia/Shanghai, also those not due yet at this hour; or a range of days.
    const days = worklistDays(query, isoDate(businessDay(new Date(now), BUSINESS_TIME_ZONE)), BUSINESS_TIME_ZONE);
    const rows: Row[] = await this.dataSource.query(
      `SELECT f.id AS call_id, f.plan_id, f.tier, f.trigger, f.step_key, f.purpose, f.agent_code, f.status, f.due_at, f.next_attempt_at, f.window_end, f.attempts, f.last_outcome,
              p.policy_code, p.policy_version,
              c.customer_no, c.name, c.phone, c.tier AS customer_tier, c.organisation, c.time_zone,
              (SELECT json_agg(json_build_object('model', cp.model, 'serialNo', cp.serial_no, 'plate', cp.plate, 'purchaseDate', cp.purchase_date) ORDER BY cp.purchase_date DESC NULLS LAST)
                 FROM customer_products cp WHERE cp.customer_id = c.id) AS products,
              count(*) OVER () AS total
         FROM follow_up_calls f
         JOIN follow_up_plans p ON p.plan_id = f.plan_id
         JOIN customers c ON c.id = f.customer_id
        WHERE f.status IN ('scheduled', 'due') AND f.next_attempt_at < $1 AND ($5::timestamptz IS NULL OR f.next_attempt_at >= $5)
          AND ($2::text IS NULL OR f.agent_code = $2)
        ORDER BY f.next_attempt_at, f.window_end, f.id
        LIMIT $3 OFFSET $4`,
      [new Date(days.untilInstant), agent, query.limit, query.offset, days.fromInstant === null ? null : new Date(days.fromInstant)],
    );
    const policies = await this.policiesOf(rows);
    // C-8: the owner's satisfaction calls, judged by the same call hours as follow-up calls (F-5).
    const callHours = (await loadFollowUpPolicy(this.dataSource, DEFAULT_FOLLOW_UP_POLICY_CODE))?.terms.callHours ?? DEFAULT_CALL_HOURS;
    return {
      date: days.date,
      from: days.from,
      to: days.to,
      agent,
      items: rows.map((r) => this.item(r, policies.get(`${r.policy_code}:${r.policy_version}`), now)),
      total: Number(rows[0]?.total ?? 0),
      satisfactionCalls: await satisfactionCallsDue(this.dataSource, days, agent, callHours, now),
    };
  }

  private async policiesOf(rows: Row[]): Promise<Map<string, FollowUpPolicy | undefined>> {
    const policies = new Map<string, FollowUpPolicy | undefined>();
    for (const r of rows) {
      const key = `${r.policy_code}:${r.policy_version}`;
      if (!policies.has(key)) policies.set(key, await loadFollowUpPolicy(this.dataSource, r.policy_code, r.policy_version));
    }
    return policies;
  }

  private item(r: Row, policy: FollowUpPolicy | undefined, now: number): WorklistItemDto {
    const step = policy?.terms.plans[r.trigger as keyof FollowUpPolicy['terms']['plans']]?.find((s) => s.key === r.step_key);
    return {
      planId: r.plan_id,
      callId: r.call_id,
      tier: r.tier,
      trigger: r.trigger,
      purpose: r.purpose,
      agent: r.agent_code,
      status: r.status,
      dueAt: r.due_at.toISOString(),
      nextAttemptAt: r.next_attempt_at.toISOString(),
      windowEnd: r.window_end.toISOString(),
      attempts: r.attempts,
      lastOutcome: r.last_outcome,
      customer: {
        customerNo: r.customer_no,
        name: r.name,
        phone: r.phone,
        tier: r.customer_tier,
        organisation: r.organisation,
        timeZone: r.time_zone,
        localTime: localCallTime(now, r.time_zone),
        // F-5: a call due this afternoon may be on the list in the evening, when it must wait.
        callAllowedNow: policy ? isCallAllowed(now, r.time_zone, policy.terms.callHours) : true,
        products: (r.products ?? []).map((p) => ({ ...p, purchaseDate: p.purchaseDate ? String(p.purchaseDate).slice(0, 10) : null })),
      },
      script: step ? callScript(step) : [],
    };
  }
}

function isoDate(day: string): string {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
}
