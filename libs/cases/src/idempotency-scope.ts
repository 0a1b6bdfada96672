import type { Acting } from '@libs/audit';

/**
 * An `Idempotency-Key` belongs to the caller who sent it: the same key from another person is another
 * request (an agent reusing an admin's key must not be handed the admin's case).
 */
export function callerScope(scope: string, acting: Acting): string {
  return `${scope}@${acting.principal.kind}:${acting.principal.actor}`;
}
