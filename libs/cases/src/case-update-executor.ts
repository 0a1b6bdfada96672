import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { Client, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { callerScope, findIdempotentResult, rememberIdempotentResult, requestHash } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { toDomainError, WorkflowSubject } from '@libs/temporal/workflow-errors';
import { unstorableField } from './storable-text';

/** One action on a running case: a workflow update and its audit row. */
export interface CaseAction<S, R> {
  /** How errors name the case: `complaint` CP-… in field `caseNo`. */
  subject: WorkflowSubject;
  workflowId: string;
  /** The audit log's action (`complaint.note`) and resource (`complaint:CP-…`). */
  auditAction: string;
  auditResource: string;
  update: UpdateDefinition<S, [R], string>;
  request: R;
  auditDetails: Record<string, unknown>;
  idempotencyKey?: string;
  /** Everything that can refuse the action, run before the update: access, state, the people named. */
  check: () => Promise<void>;
  /** The case as it stands: what a retry of an action already done is answered with. */
  current: () => Promise<S>;
  /** The case was open at the check and finished before the update arrived. */
  finished: () => DomainError;
}

const SCOPE = 'case-actions';

/**
 * Runs staff actions on complaints, returns and follow-up plans the same way (issue: half-written
 * actions). The action and its audit row succeed or fail together from the caller's view:
 * 1. everything that can refuse is checked first: the case type's checks, and that the audit row can
 *    hold what it will record;
 * 2. the audit row (and the `Idempotency-Key`, scoped to the caller) is written in a transaction that
 *    commits only once the workflow update is applied; a refused or failed update rolls it back, and
 *    an audit row that cannot be written stops the action before the workflow sees it;
 * 3. the update carries an id derived from the key, so that a retry after a failure past the update
 *    (the commit) is deduplicated by Temporal instead of applied twice; a retry after success is
 *    answered with the case as it stands.
 */
@Injectable()
export class CaseUpdateExecutor {
  constructor(
    private readonly temporal: Client,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async run<S, R>(acting: Acting, action: CaseAction<S, R>): Promise<S> {
    const key = action.idempotencyKey;
    const scope = callerScope(SCOPE, acting);
    const hash = requestHash({ workflowId: action.workflowId, update: action.update.name, request: action.request });
    if (key && (await findIdempotentResult(this.dataSource.manager, scope, key, hash))) return action.current();
    await action.check();
    const field = unstorableField(action.auditDetails) ?? unstorableField(action.request);
    if (field) throw new DomainError(DomainErrorCode.Validation, `${field} contains a character that cannot be stored (NUL or a lone UTF-16 surrogate)`, field);

    let applied = false;
    let outcome: { replay: true } | { state: S };
    try {
      outcome = await this.dataSource.transaction(async (tx) => {
        if (key) {
          // A concurrent retry with the same key waits here for the first, then finds it recorded.
          await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${scope}:${key}`]);
          if (await findIdempotentResult(tx, scope, key, hash)) return { replay: true as const };
          await rememberIdempotentResult(tx, scope, key, hash, action.subject.id);
        }
        await this.audit.record(acting, action.auditAction, action.auditResource, action.auditDetails, tx);
        const state = await this.update(action, key ? updateIdOf(scope, key) : `action-${randomUUID()}`);
        applied = true;
        return { state };
      });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError(DomainErrorCode.Unavailable, applied ? notCommitted(action.subject, key) : `the audit log cannot be written right now; ${action.subject.kind} ${action.subject.id} was not changed`);
    }
    return 'replay' in outcome ? action.current() : outcome.state;
  }

  /**
   * The update, asked again (same id, so applied at most once) when Temporal lost it on the way rather
   * than refused it; a refusal by the workflow (an ApplicationFailure) is final.
   */
  private async update<S, R>(action: CaseAction<S, R>, updateId: string): Promise<S> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.temporal.workflow.getHandle(action.workflowId).executeUpdate(action.update, { args: [action.request], updateId });
      } catch (error) {
        // The case existed a moment ago: it finished in between.
        if (error instanceof WorkflowNotFoundError) throw action.finished();
        if (attempt < UPDATE_ATTEMPTS && lostOnTheWay(error)) {
          await sleep(250 * attempt);
          continue;
        }
        throw toDomainError(error, action.subject);
      }
    }
  }
}

const UPDATE_ATTEMPTS = 3;

function lostOnTheWay(error: unknown): boolean {
  return (error instanceof WorkflowUpdateFailedError && !(error.cause instanceof ApplicationFailure)) || error instanceof ServiceError;
}

function notCommitted(subject: WorkflowSubject, key: string | undefined): string {
  const next = key
    ? 'send the request again with the same Idempotency-Key to complete it'
    : 'the change shows in its timeline; send an Idempotency-Key with actions so that a retry can complete the record';
  return `the ${subject.kind} ${subject.id} changed but its audit record could not be committed: ${next}`;
}

/** Temporal deduplicates updates by id within a run: the same caller's key gives the same id. */
function updateIdOf(scope: string, key: string): string {
  return `action-${createHash('sha256').update(`${scope}\n${key}`).digest('hex').slice(0, 32)}`;
}
