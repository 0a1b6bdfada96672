import { existsSync } from 'node:fs';
import path from 'node:path';
import workerThreads, { Worker as Thread, WorkerOptions as ThreadOptions } from 'node:worker_threads';
import { LEAN_WORKFLOW_THREAD, LeanWorkflowThreadData } from './lean-workflow-thread-data';
import { WorkflowThreadProgress } from './workflow-thread-progress';

export interface WorkflowThreadStall {
  stalledMs: number;
  requestsWaiting: number;
  /** Stops the thread (the SDK then fails its tasks and the worker stops with an error). */
  terminate: () => Promise<number>;
}

export interface LeanWorkflowThreadSettings {
  /** false: the SDK's threads as they come, nothing watched. */
  enabled?: boolean;
  /** Keep the SDK's per-promise stack traces, for the Temporal UI's "Stack Trace" tab (costs about half the workflow CPU). */
  stackTraces: boolean;
  /** A workflow thread that answers nothing this long while requests wait for it is stuck. */
  stallSeconds: number;
  /** Called once per stuck thread; the worker cannot run workflows on it any more. */
  onStall: (stall: WorkflowThreadStall) => void;
}

/** The SDK's workflow thread script: the only threads changed. */
const SDK_WORKFLOW_THREAD = /[\\/]@temporalio[\\/]worker[\\/]lib[\\/]workflow[\\/]workflow-worker-thread\.js$/;

/**
 * The preload as compiled JavaScript: next to this file in dist/, or dist/'s copy when this runs from the
 * TypeScript sources (tests; `npm test` builds dist/ first).
 */
function preloadPath(): string | undefined {
  const beside = path.join(__dirname, 'workflow-thread-preload.js');
  if (existsSync(beside)) return beside;
  const built = path.resolve(__dirname, '../../../../dist/libs/temporal/src/workflow-threads/workflow-thread-preload.js');
  return existsSync(built) ? built : undefined;
}

export interface LeanWorkflowThreads {
  /** Whether the SDK's workflow threads were started lean (false: the preload was not found, SDK defaults). */
  lean: boolean;
  /** Stops watching the threads (at shutdown). */
  stop(): void;
}

/**
 * Runs `create` (which makes an SDK Worker) so that the workflow threads it starts load the preload
 * first (see workflow-thread-preload.ts) and are watched for stalls from this thread, in place of the
 * SDK's per-call timeout. Other threads started meanwhile are left as they are.
 */
export async function withLeanWorkflowThreads<T>(settings: LeanWorkflowThreadSettings, create: () => Promise<T>): Promise<[T, LeanWorkflowThreads]> {
  const preload = settings.enabled === false ? undefined : preloadPath();
  if (!preload) return [await create(), { lean: false, stop: () => undefined }];
  const watched: Array<{ thread: Thread; progress: WorkflowThreadProgress; reported: boolean }> = [];
  const data: LeanWorkflowThreadData = { stackTraces: settings.stackTraces };
  const OriginalThread = workerThreads.Worker;
  class LeanThread extends OriginalThread {
    constructor(filename: string | URL, options?: ThreadOptions) {
      const sdkThread = typeof filename === 'string' && SDK_WORKFLOW_THREAD.test(filename);
      if (!sdkThread) {
        super(filename, options);
        return;
      }
      const code = `require(${JSON.stringify(preload)});\nrequire(${JSON.stringify(filename)});\n`;
      super(code, { ...options, eval: true, workerData: { [LEAN_WORKFLOW_THREAD]: data } });
      watched.push({ thread: this, progress: watch(this), reported: false });
    }
  }
  (workerThreads as { Worker: typeof Thread }).Worker = LeanThread;
  let created: T;
  try {
    created = await create();
  } finally {
    (workerThreads as { Worker: typeof Thread }).Worker = OriginalThread;
  }
  const limitMs = settings.stallSeconds * 1000;
  const timer = setInterval(
    () => {
      const now = Date.now();
      for (const entry of watched) {
        const stalledMs = entry.progress.stalledFor(now);
        if (stalledMs < limitMs || entry.reported) continue;
        entry.reported = true;
        settings.onStall({ stalledMs, requestsWaiting: entry.progress.requestsWaiting, terminate: () => entry.thread.terminate() });
      }
    },
    Math.min(1000, limitMs / 4),
  );
  timer.unref();
  return [created, { lean: true, stop: () => clearInterval(timer) }];
}

/** Counts the requests the SDK sends the thread and the answers it gets back (`{ requestId, result }`). */
function watch(thread: Thread): WorkflowThreadProgress {
  const progress = new WorkflowThreadProgress();
  const postMessage = thread.postMessage.bind(thread);
  thread.postMessage = (message: unknown, transferList?: Parameters<Thread['postMessage']>[1]) => {
    if ((message as { requestId?: unknown } | null)?.requestId !== undefined) progress.sent(Date.now());
    postMessage(message, transferList);
  };
  thread.on('message', (message: { requestId?: unknown; result?: unknown } | null) => {
    if (message?.requestId !== undefined && message.result !== undefined) progress.answered(Date.now());
  });
  thread.once('exit', () => {
    // A thread that has exited owes nothing; the SDK reports the exit itself.
    while (progress.requestsWaiting > 0) progress.answered(Date.now());
  });
  return progress;
}
