import { WorkflowThreadProgress } from './workflow-thread-progress';

describe('WorkflowThreadProgress', () => {
  it('is not stalled while it owes nothing, however long it has been idle', () => {
    const progress = new WorkflowThreadProgress();
    expect(progress.stalledFor(1_000_000)).toBe(0);
    progress.sent(10);
    progress.answered(20);
    expect(progress.stalledFor(1_000_000)).toBe(0);
  });

  it('counts from the first request sent to an idle thread', () => {
    const progress = new WorkflowThreadProgress();
    progress.sent(1_000);
    progress.sent(1_500);
    expect(progress.stalledFor(4_000)).toBe(3_000);
  });

  it('a long queue that keeps being answered is progress, not a stall', () => {
    const progress = new WorkflowThreadProgress();
    for (let i = 0; i < 100; i++) progress.sent(0);
    for (let t = 1; t <= 50; t++) progress.answered(t * 100);
    expect(progress.requestsWaiting).toBe(50);
    expect(progress.stalledFor(5_100)).toBe(100);
  });

  it('a thread that stops answering with requests waiting is stalled since its last answer', () => {
    const progress = new WorkflowThreadProgress();
    progress.sent(0);
    progress.sent(0);
    progress.answered(200);
    expect(progress.stalledFor(30_200)).toBe(30_000);
  });
});
