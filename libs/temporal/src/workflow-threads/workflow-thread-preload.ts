/**
 * Loaded (`--require`) into each of the SDK's workflow threads that `withLeanWorkflowThreads` starts,
 * before the SDK's own code. Two costs of the SDK's workflow sandbox go, measured by replaying the
 * recorded complaint histories (CPU per replay 65–70 ms with both, 44–51 ms without the first, 26–29 ms
 * without both):
 * - Every call into the sandbox ran with the SDK's 5 s `vm` timeout, and Node starts and joins a
 *   watchdog thread for each such call (about 0.2 ms of CPU, several per workflow task). The stall
 *   guard in the main thread (`WorkflowThreadProgress`) takes its place.
 * - A promise hook captured a source-mapped stack trace for every promise workflow code creates, for
 *   the Temporal UI's "Stack Trace" tab. Off unless `stackTraces` is asked for.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import vm from 'node:vm';
import { LEAN_WORKFLOW_THREAD, LeanWorkflowThreadData } from './lean-workflow-thread-data';

const settings = (workerData as { [LEAN_WORKFLOW_THREAD]?: LeanWorkflowThreadData } | undefined)?.[LEAN_WORKFLOW_THREAD];

if (!isMainThread && settings) {
  const runInContext = vm.Script.prototype.runInContext;
  vm.Script.prototype.runInContext = function (this: vm.Script, context: vm.Context, options?: vm.RunningScriptOptions) {
    if (options?.timeout === undefined) return runInContext.call(this, context, options);
    const { timeout: _perCallWatchdog, ...rest } = options;
    return runInContext.call(this, context, rest);
  };
  if (!settings.stackTraces) {
    // The SDK installs its hook once per thread through this method; without it, the stack-trace query
    // answers that stack traces are not enabled on this worker.
    const { GlobalHandlers } = require('@temporalio/worker/lib/workflow/vm-shared') as { GlobalHandlers: { prototype: { setPromiseHook: () => void } } };
    GlobalHandlers.prototype.setPromiseHook = () => undefined;
  }
}
