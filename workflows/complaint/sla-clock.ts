import type { ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import type { SlaPolicy } from '@libs/domain/sla/sla-policy';
import { isPending, SlaTarget, SlaTargetId, slaTargets } from '@libs/domain/sla/sla-targets';
import type { PlatformActivities } from '../../activities';
import type { SlaView } from './complaint.contract';

type CalendarActivities = Pick<PlatformActivities, 'slaDeadlines' | 'businessTimeBetween'>;

export interface DueTarget {
  target: SlaTarget;
  at: number;
}

/**
 * The case's SLA clock on the policy's business calendar. It runs from registration, stops while
 * the case waits (customer, department) and keeps what was used. Deadlines are computed by an
 * activity when the clock starts or resumes, and fire from durable timers in the workflow.
 */
export class SlaClock {
  readonly targets: SlaTarget[];
  private consumedMs = 0;
  private runningSince: number | null;
  private pausedReason: string | null = null;
  private deadlines: Array<{ id: SlaTargetId; at: number }> = [];
  private stale = true;
  readonly fired: SlaTargetId[] = [];

  constructor(
    readonly policy: SlaPolicy,
    registeredAt: number,
    private readonly calendar: CalendarActivities,
  ) {
    this.targets = slaTargets(policy);
    this.runningSince = registeredAt;
  }

  /** Starts or stops the clock as the case requires; returns what changed. */
  async sync(pauseReason: string | null): Promise<'paused' | 'resumed' | undefined> {
    const now = Date.now();
    let change: 'paused' | 'resumed' | undefined;
    if (pauseReason && this.runningSince !== null) {
      this.consumedMs += await this.calendar.businessTimeBetween({ calendar: this.policy, from: this.runningSince, to: now });
      this.runningSince = null;
      this.deadlines = [];
      change = 'paused';
    } else if (!pauseReason && this.runningSince === null) {
      this.runningSince = now;
      this.stale = true;
      change = 'resumed';
    }
    this.pausedReason = pauseReason;
    if (this.runningSince !== null && this.stale) {
      const open = this.targets.filter((t) => !this.fired.includes(t.id));
      this.deadlines = await this.calendar.slaDeadlines({
        calendar: this.policy,
        runningSince: this.runningSince,
        consumedMs: this.consumedMs,
        targets: open.map((t) => ({ id: t.id, afterMs: t.afterMs })),
      });
      this.stale = false;
    }
    return change;
  }

  /** The earliest target still to be met in this status, while the clock runs. */
  next(status: ComplaintStatus): DueTarget | undefined {
    return this.pending(status)[0];
  }

  markFired(id: SlaTargetId): void {
    this.fired.push(id);
  }

  view(status: ComplaintStatus): SlaView {
    return {
      policy: `${this.policy.code} v${this.policy.version}`,
      calendar: this.policy.calendar,
      calendarVersion: this.policy.calendar === '24x7' ? null : (this.policy.calendarVersion ?? 1),
      timeZone: this.policy.timeZone,
      paused: this.runningSince === null,
      pausedReason: this.pausedReason,
      deadlines: this.pending(status).map((d) => ({ target: d.target.id, at: new Date(d.at).toISOString() })),
      breached: [...this.fired],
    };
  }

  private pending(status: ComplaintStatus): DueTarget[] {
    if (this.runningSince === null) return [];
    return this.deadlines
      .filter((d) => !this.fired.includes(d.id))
      .map((d) => ({ target: this.targets.find((t) => t.id === d.id)!, at: d.at }))
      .filter((d) => isPending(d.target, status))
      .sort((a, b) => a.at - b.at || a.target.id.localeCompare(b.target.id));
  }
}
