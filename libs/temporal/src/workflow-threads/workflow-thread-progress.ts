/**
 * Whether a workflow thread is stuck: it has requests to answer and has answered none for a while.
 * Counting answers rather than timing each request, a long queue of activations behind a burst is not
 * taken for a stall; workflow code that never yields (a loop without an `await`) is.
 */
export class WorkflowThreadProgress {
  private waiting = 0;
  private lastProgressAt = 0;

  /** A request went to the thread. */
  sent(now: number): void {
    if (this.waiting === 0) this.lastProgressAt = now;
    this.waiting += 1;
  }

  /** The thread answered one. */
  answered(now: number): void {
    this.waiting = Math.max(0, this.waiting - 1);
    this.lastProgressAt = now;
  }

  /** Milliseconds since the thread last made progress while requests waited for it; 0 when it owes nothing. */
  stalledFor(now: number): number {
    return this.waiting === 0 ? 0 : now - this.lastProgressAt;
  }

  get requestsWaiting(): number {
    return this.waiting;
  }
}
