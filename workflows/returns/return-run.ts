import type { ReturnPolicyTerms } from '@libs/domain/returns/return-policy';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { CaseActions } from '../shared';
import { pendingDeadlines } from './return-deadlines';
import { ReturnCase } from './return-case';
import type { ReturnInput, ReturnState } from './return.contract';

/** What a department is asked for on a return; one request of each kind at a time. */
export type Purpose = 'refund' | 'replacement' | 'fee-check';

export interface Arrival {
  purpose: Purpose;
  outcome: DepartmentRequestOutcome;
}

/**
 * One running return: the case (domain state, what staff and the read model see) and the workflow's
 * own bookkeeping around it (requests in flight, polling, what was published). The steps in the sibling
 * modules take it; only the main loop calls activities.
 */
export class ReturnRun {
  readonly c: ReturnCase;
  /** Department requests run as child workflows; their outcomes queue here for the main loop. */
  readonly arrivals: Arrival[] = [];
  readonly inFlight = new Set<Purpose>();
  replacementWanted = false;
  retryReplacementAt: number | null = null;
  lastPollAt = 0;
  /** L-4: the checks made before shipping so far, and the reason the last one refused (null: none). */
  shipmentChecks = 0;
  shipmentRefusal: string | null = null;
  /** The state version last mirrored to the read model; an update returns once its change is there. */
  published = 0;
  /** The staff actions (updates), answered once the main loop has published their change. */
  readonly actions: CaseActions<ReturnState>;

  constructor(
    readonly input: ReturnInput,
    readonly workflowId: string,
  ) {
    this.c = new ReturnCase(input);
    this.actions = new CaseActions(this.c, () => this.snapshot(), () => this.c.isFinished());
  }

  /** The main loop mirrored the state as of `version`. */
  publishedUpTo(version: number): void {
    this.published = version;
    this.actions.recorded(version);
  }

  /** The policy's terms: selected before the main loop starts. */
  get terms(): ReturnPolicyTerms {
    return this.c.policy!.terms;
  }

  /** Whether the read model shows the current state (or the case ended: nothing more to wait for). */
  isPublished(): boolean {
    return this.published === this.c.stateVersion;
  }

  snapshot(): ReturnState {
    return this.c.snapshot(pendingDeadlines(this.c).map((d) => ({ id: d.id, at: new Date(d.at).toISOString(), action: d.action })));
  }
}
