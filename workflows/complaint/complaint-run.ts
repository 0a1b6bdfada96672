import { workflowInfo } from '@temporalio/workflow';
import type { ReturnState } from '../returns/return.contract';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import type { ComplaintCase } from './complaint-case';
import type { ComplaintInput, ComplaintState } from './complaint.contract';
import type { SlaClock } from './sla-clock';

/** Who acts when the workflow itself moves the case on. */
export const SYSTEM = 'system';

/** How a remedy's return request ended, waiting for the main loop to take it up. */
export interface RemedyOutcome {
  status: ReturnState['status'];
  result: string | null;
}

/**
 * One complaint's run: what its steps share. The main loop alone reads and clears the arrivals
 * (child workflows' results land here from their promises) and alone calls activities.
 */
export class ComplaintRun {
  private slaClock: SlaClock | undefined;
  /** The state version the main loop last took up (clock synced, publishing started). */
  published = -1;
  /** C-4: the quality department's request in flight, and its outcome once it came. */
  investigation: Promise<DepartmentRequestOutcome> | undefined;
  departmentOutcome: DepartmentRequestOutcome | undefined;
  /** C-10: the remedy's return request finished. */
  remedyOutcome: RemedyOutcome | undefined;
  /** The case started under CURRENT_SETUP_SHAPE: its escalations are recorded in one call without a marker of their own. */
  escalatesInOneCall = false;
  /** The case started under LEAN_CASE_SHAPE: an escalation writes the case's new state in its own call. */
  escalatesWithState = false;

  constructor(
    readonly input: ComplaintInput,
    readonly state: ComplaintCase,
  ) {}

  get workflowId(): string {
    return workflowInfo().workflowId;
  }

  /** The SLA clock, set up before the main loop starts. */
  get clock(): SlaClock {
    if (!this.slaClock) throw new Error(`complaint ${this.input.caseNo}: the SLA clock is used before its policy was selected`);
    return this.slaClock;
  }

  /** The clock while set-up may still be selecting its policy (queries and details say "loading"). */
  get clockIfStarted(): SlaClock | undefined {
    return this.slaClock;
  }

  startClock(clock: SlaClock): void {
    this.slaClock = clock;
  }

  /** Whether something arrived or changed that the main loop has not taken up yet. */
  hasNews(): boolean {
    return this.published !== this.state.stateVersion || this.departmentOutcome !== undefined || this.remedyOutcome !== undefined;
  }

  snapshot(): ComplaintState {
    return { ...this.state.snapshot(this.slaClock?.view(this.state.status) ?? null), fromFollowUpCall: this.input.fromFollowUpCall ?? null };
  }
}
