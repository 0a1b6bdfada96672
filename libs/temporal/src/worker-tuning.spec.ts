import { workerTuning } from './worker-tuning';

describe('worker tuning', () => {
  const settings = { maxWorkflowTasks: 100, maxWorkflowTaskPolls: 20, workflowThreads: 1, stickyQueueTimeoutSeconds: 10 };

  // How long a cached case's task waits for the worker holding it is the operator's trade between
  // recovery from a dead worker and deadlines kept in order through a burst.
  it('lets a cached case wait for its worker as long as configured', () => {
    expect(workerTuning(settings).stickyQueueScheduleToStartTimeout).toBe('10s');
    expect(workerTuning({ ...settings, stickyQueueTimeoutSeconds: 120 }).stickyQueueScheduleToStartTimeout).toBe('120s');
  });

  it('never polls for more tasks than it may run', () => {
    expect(workerTuning({ ...settings, maxWorkflowTasks: 8 }).workflowTaskPollerBehavior).toMatchObject({ maximum: 8 });
    expect(workerTuning(settings).workflowTaskPollerBehavior).toMatchObject({ maximum: 20 });
  });
});
