import { patched } from '@temporalio/workflow';
import { LEAN_CASE_SHAPE } from './patches';

/**
 * Whether this case takes the new branch of the patch `patchId`. A case that records LEAN_CASE_SHAPE
 * (every case started since, at its start) takes every branch without a marker of its own; an older
 * case takes what its history says, as `patched` would.
 */
export function takesBranch(patchId: string): boolean {
  return patched(LEAN_CASE_SHAPE) || patched(patchId);
}
