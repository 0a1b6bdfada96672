import type { UpdateDefinition } from '@temporalio/common';
import { condition, setHandler } from '@temporalio/workflow';
import { invalid } from './refusals';

/** Every action names who takes it. */
export interface ActorRequest {
  by: string;
}

/** What the helper reads from the workflow's state object. */
export interface Versioned {
  /** Raised by every change the main loop has to take up (publish, timers, calls). */
  readonly stateVersion: number;
}

/** One action: its pure validator (throws a refusal) and the change it makes to the state. */
export interface ActionSpec<R> {
  validate: (request: R) => void;
  apply: (request: R) => void;
  /**
   * How the handler waits for its change to be recorded. Only for histories recorded before a workflow
   * followed the rule (behind their `patched()` id); new code leaves it to the rule.
   */
  settle?: (version: number) => Promise<void>;
}

/**
 * Registers a workflow's actions as Temporal updates with ONE concurrency rule:
 *
 * - the validator runs synchronously (an async validator's throw would not refuse): it checks who acts,
 *   then the pure validator of the state class; a refusal never enters the history;
 * - the handler applies the change to the state object and calls no activity: the main loop alone
 *   does, because two coroutines awaiting activities at once would emit their commands in a
 *   different order on replay than they did live;
 * - the handler then waits until the main loop has recorded the state version the change produced
 *   (or the case has ended) and returns the snapshot the caller sees.
 *
 * The main loop calls `recorded(version)` after it has written a version (read model, search attributes).
 */
export class CaseActions<S> {
  private recordedVersion = -Infinity;

  constructor(
    private readonly state: Versioned,
    private readonly snapshot: () => S,
    /** A case that has ended answers at once: nothing more will be recorded. */
    private readonly ended: () => boolean = () => false,
  ) {}

  /** The main loop wrote the state as of `version`. */
  recorded(version: number): void {
    this.recordedVersion = Math.max(this.recordedVersion, version);
  }

  /** Whether the main loop has written `version` (or a later one). */
  isRecorded(version: number): boolean {
    return this.recordedVersion >= version;
  }

  /** The rule's wait: until `version` is recorded or the case has ended. */
  untilRecorded(version: number): Promise<void> {
    return condition(() => this.isRecorded(version) || this.ended());
  }

  /** Registers `update` as an action on this case. */
  action<R extends ActorRequest>(update: UpdateDefinition<S, [R], string>, spec: ActionSpec<R>): void {
    setHandler(
      update,
      async (request: R) => {
        spec.apply(request);
        const version = this.state.stateVersion;
        await (spec.settle ? spec.settle(version) : this.untilRecorded(version));
        return this.snapshot();
      },
      {
        validator: (request: R) => {
          if (typeof request?.by !== 'string' || !request.by.trim()) invalid('by (the acting staff member) is required', 'by');
          spec.validate(request);
        },
      },
    );
  }
}
