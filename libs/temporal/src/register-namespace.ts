import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';

/**
 * Registers a namespace unless it exists; safe to run any number of times. A Temporal cluster (unlike the
 * dev server) starts with no namespace of ours, and its frontend learns of a new one only after its
 * namespace cache refreshes, so callers wait with `waitForNamespace` before using it.
 */
export async function ensureNamespace(connection: Connection, namespace: string, retentionDays: number): Promise<'created' | 'present'> {
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs(retentionDays * 86_400_000),
      description: 'After-sales platform cases',
    });
    return 'created';
  } catch (error) {
    if ((error as { code?: number }).code === ALREADY_EXISTS) return 'present';
    throw error;
  }
}

/** Resolves once the frontend serves the namespace (describe, then a visibility list). */
export async function waitForNamespace(connection: Connection, namespace: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await connection.workflowService.describeNamespace({ namespace });
      await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`namespace ${namespace} was not served within ${timeoutMs / 1000} s: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

// gRPC status code ALREADY_EXISTS.
const ALREADY_EXISTS = 6;
