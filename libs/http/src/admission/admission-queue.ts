// A burst of 500 creates once took every database connection at the same moment and 290 requests
// failed. Requests now take a turn: at most `concurrent` run, the rest wait in order, and only when
// the queue is full or a turn does not come in time is a request refused (503, try again later).

export interface AdmissionLimits {
  /** Requests handled at the same time. */
  concurrent: number;
  /** Requests waiting for a turn; beyond it a request is refused at once. */
  queued: number;
  /** Longest wait for a turn before the request is refused. */
  waitMs: number;
}

export type Admission = { admitted: true; release: () => void } | { admitted: false; reason: 'queue_full' | 'wait_timeout' };

/** A first-come, first-served gate; pure of HTTP so that its rules can be tested directly. */
export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Array<(admitted: boolean) => void> = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async enter(): Promise<Admission> {
    if (this.running < this.limits.concurrent && this.waiting.length === 0) {
      this.running++;
      return this.admission();
    }
    if (this.waiting.length >= this.limits.queued) return { admitted: false, reason: 'queue_full' };
    const admitted = await new Promise<boolean>((resolve) => {
      const turn = (ok: boolean) => {
        clearTimeout(timer);
        resolve(ok);
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(turn);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(false);
      }, this.limits.waitMs);
      this.waiting.push(turn);
    });
    // A turn handed over by release() keeps the slot it frees: nobody can overtake the queue.
    return admitted ? this.admission() : { admitted: false, reason: 'wait_timeout' };
  }

  private admission(): Admission {
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        const next = this.waiting.shift();
        if (next) next(true);
        else this.running--;
      },
    };
  }
}
