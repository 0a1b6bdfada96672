import type { WorkerOptions } from '@temporalio/worker';

export interface WorkerTuningSettings {
  maxWorkflowTasks: number;
  maxWorkflowTaskPolls: number;
  /** Threads that run workflow code; the SDK spreads cached workflows across them. */
  workflowThreads: number;
  /** How long a cached workflow's next task waits for this worker before any worker may take it (s). */
  stickyQueueTimeoutSeconds: number;
}

/**
 * How many workflow tasks a worker takes at once and how it polls for them. With the SDK's defaults
 * (40 tasks, 10 polls of which 2 on the shared queue) new cases waited in the task queue for minutes
 * while the worker sat mostly idle: a complaint's first task runs several local activities (policy,
 * clock, read model, owner), so each task holds its slot for a database round trip or more. Pollers
 * scale with the backlog instead of a fixed split between the sticky and the shared queue.
 * Plain data in, options out: the bench's bare worker is tuned by the same function.
 */
export function workerTuning(settings: WorkerTuningSettings): Pick<
  WorkerOptions,
  'maxConcurrentWorkflowTaskExecutions' | 'workflowTaskPollerBehavior' | 'maxConcurrentLocalActivityExecutions' | 'workflowThreadPoolSize' | 'stickyQueueScheduleToStartTimeout'
> {
  const polls = Math.min(settings.maxWorkflowTaskPolls, settings.maxWorkflowTasks);
  return {
    maxConcurrentWorkflowTaskExecutions: settings.maxWorkflowTasks,
    workflowTaskPollerBehavior: { type: 'autoscaling', minimum: 2, initial: Math.min(5, polls), maximum: polls },
    // Every running task may be waiting on one local activity; more than that only queues for connections.
    maxConcurrentLocalActivityExecutions: settings.maxWorkflowTasks,
    workflowThreadPoolSize: settings.workflowThreads,
    // The trade between recovery and order: a task queued for a worker that dies waits this long before
    // another worker takes it, and a task that waits this long behind a burst moves to the shared queue,
    // where it waits again behind later deadlines.
    stickyQueueScheduleToStartTimeout: `${settings.stickyQueueTimeoutSeconds}s`,
  };
}
