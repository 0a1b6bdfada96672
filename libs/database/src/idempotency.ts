import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { StatementParameters } from './statement-parameters';

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Returns the resource an earlier request with this key produced, or undefined for a new key.
 * Reusing a key with another body is refused: it is a client bug, not a retry.
 */
export async function findIdempotentResult(manager: EntityManager, scope: string, key: string, hash: string): Promise<string | undefined> {
  const rows: Array<{ request_hash: string; resource_id: string }> = await manager.query(
    `SELECT request_hash, resource_id FROM idempotency_records WHERE scope = $1 AND key = $2`,
    [scope, key],
  );
  if (rows.length === 0) return undefined;
  if (rows[0].request_hash !== hash) {
    throw new DomainError(DomainErrorCode.Conflict, 'Idempotency-Key was already used with a different request body', 'Idempotency-Key');
  }
  return rows[0].resource_id;
}

/** Records the key; `false` when a concurrent request recorded it first. */
export async function rememberIdempotentResult(manager: EntityManager, scope: string, key: string, hash: string, resourceId: string): Promise<boolean> {
  const params = new StatementParameters();
  const rows: unknown[] = await manager.query(claimIdempotencyKey(params, scope, key, hash, resourceId), params.values);
  return rows.length > 0;
}

/**
 * `rememberIdempotentResult` as one part of a statement: returns a row only when this request claimed
 * the key. Against a concurrent request's uncommitted claim it waits for that transaction to end, so
 * that a retry racing the first request finds its result instead of opening a second case.
 */
export function claimIdempotencyKey(params: StatementParameters, scope: string, key: string, hash: string, resourceId: string): string {
  return `INSERT INTO idempotency_records (scope, key, request_hash, resource_id)
     VALUES (${params.bind(scope)}, ${params.bind(key)}, ${params.bind(hash)}, ${params.bind(resourceId)}) ON CONFLICT DO NOTHING RETURNING key`;
}

/**
 * An `Idempotency-Key` belongs to the caller who sent it: the same key from another person is another
 * request (an agent reusing an admin's key must not be handed the admin's case).
 */
export function callerScope(scope: string, caller: { principal: { kind: string; actor: string } }): string {
  return `${scope}@${caller.principal.kind}:${caller.principal.actor}`;
}
