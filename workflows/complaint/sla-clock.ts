import type { ComplaintStatus } from '@libs/domain/complaints/complaint-lifecycle';
import type { SlaPolicy } from '@libs/domain/sla/sla-policy';
import { isPending, SlaTarget, SlaTargetId, slaTargets } from '@libs/domain/sla/sla-targets';
import type { PlatformActivities } from '../../activities';
import type { SlaView } from './complaint.contract';

type CalendarActivities = Pick<PlatformActivities, 'slaDeadlines' | 'businessTimeBetween'>;

/** Why the clock stops while a department works on the case (C-7). */
export const DEPARTMENT_PAUSE = 'waiting for the department';

export interface SlaClockOptions {
  /**
   * C-5: whether the department's time counts against the resolution target (the case must still close
   * within its resolution time). Asked when the clock resumes after a department; the workflow answers
   * with its patch, so that cases recorded before keep the deadline they were given.
   */
  departmentTimeCountsForResolution?: () => boolean;
}

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
  /** When and why the clock stopped, while it is stopped. */
  private pausedSince: number | null = null;
  /** C-5: business time the department used; it counts against the resolution target alone. */
  private departmentMs = 0;
  readonly fired: SlaTargetId[] = [];

  constructor(
    readonly policy: SlaPolicy,
    registeredAt: number,
    private readonly calendar: CalendarActivities,
    private readonly options: SlaClockOptions = {},
  ) {
    this.targets = slaTargets(policy);
    this.runningSince = registeredAt;
  }

  /**
   * The deadlines set-up computed with the policy, from registration with nothing used yet: the clock
   * starts with them instead of asking the calendar again.
   */
  startWith(deadlines: Array<{ id: SlaTargetId; at: number }>): this {
    this.deadlines = deadlines;
    this.stale = false;
    return this;
  }

  /** Starts or stops the clock as the case requires; returns what changed. */
  async sync(pauseReason: string | null): Promise<'paused' | 'resumed' | undefined> {
    const now = Date.now();
    let change: 'paused' | 'resumed' | undefined;
    if (pauseReason && this.runningSince !== null) {
      this.consumedMs += await this.calendar.businessTimeBetween({ calendar: this.policy, from: this.runningSince, to: now });
      this.runningSince = null;
      this.pausedSince = now;
      this.deadlines = [];
      change = 'paused';
    } else if (!pauseReason && this.runningSince === null) {
      // C-5: the department's time is the case's too, as far as its resolution is concerned.
      if (this.pausedReason === DEPARTMENT_PAUSE && this.pausedSince !== null && this.options.departmentTimeCountsForResolution?.()) {
        this.departmentMs += await this.calendar.businessTimeBetween({ calendar: this.policy, from: this.pausedSince, to: now });
      }
      this.pausedSince = null;
      this.runningSince = now;
      this.stale = true;
      change = 'resumed';
    }
    // Still stopped, for another reason (a customer wait that became the department's): the department's time starts now.
    if (pauseReason && this.runningSince === null && change === undefined && pauseReason !== this.pausedReason) this.pausedSince = now;
    this.pausedReason = pauseReason;
    if (this.runningSince !== null && this.stale) {
      const open = this.targets.filter((t) => !this.fired.includes(t.id));
      this.deadlines = await this.calendar.slaDeadlines({
        calendar: this.policy,
        runningSince: this.runningSince,
        consumedMs: this.consumedMs,
        targets: open.map((t) => ({ id: t.id, afterMs: this.businessMsOf(t) })),
      });
      this.stale = false;
    }
    return change;
  }

  /**
   * C-5: when the resolution target falls due (workflow time), or undefined once it was missed. Read
   * from the running clock; a stopped one asks the calendar what is left from now.
   */
  async resolutionDueAt(): Promise<number | undefined> {
    if (this.fired.includes('resolution')) return undefined;
    if (this.runningSince !== null) return this.deadlines.find((d) => d.id === 'resolution')?.at;
    const target = this.targets.find((t) => t.id === 'resolution')!;
    const [due] = await this.calendar.slaDeadlines({
      calendar: this.policy,
      runningSince: Date.now(),
      consumedMs: this.consumedMs,
      targets: [{ id: target.id, afterMs: this.businessMsOf(target) }],
    });
    return due?.at;
  }

  /** A target's business time from registration; the resolution target has already spent the department's (C-5). */
  private businessMsOf(target: SlaTarget): number {
    return target.id === 'resolution' ? target.afterMs - this.departmentMs : target.afterMs;
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
