/** What a lean workflow thread is told through its `workerData` (the SDK passes none of its own). */
export const LEAN_WORKFLOW_THREAD = 'afterSalesLeanWorkflowThread';

export interface LeanWorkflowThreadData {
  /** Keep the SDK's per-promise stack traces (the Temporal UI's "Stack Trace" tab). */
  stackTraces: boolean;
}
