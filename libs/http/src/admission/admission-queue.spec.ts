import { AdmissionQueue } from './admission-queue';

describe('AdmissionQueue', () => {
  it('runs up to the limit, queues the rest in order and hands each freed turn to the next in line', async () => {
    const queue = new AdmissionQueue({ concurrent: 2, queued: 10, waitMs: 5_000 });
    const first = await queue.enter();
    const second = await queue.enter();
    const order: number[] = [];
    const third = queue.enter().then((a) => (order.push(3), a));
    const fourth = queue.enter().then((a) => (order.push(4), a));
    expect(queue.load).toEqual({ running: 2, waiting: 2 });
    if (first.admitted) first.release();
    if (first.admitted) first.release(); // twice is once
    expect((await third).admitted).toBe(true);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });
    if (second.admitted) second.release();
    expect((await fourth).admitted).toBe(true);
    expect(order).toEqual([3, 4]);
  });

  it('refuses at once when the line is full, and after the wait when no turn comes', async () => {
    const queue = new AdmissionQueue({ concurrent: 1, queued: 1, waitMs: 50 });
    await queue.enter();
    const waiting = queue.enter();
    expect(await queue.enter()).toEqual({ admitted: false, reason: 'queue_full' });
    expect(await waiting).toEqual({ admitted: false, reason: 'wait_timeout' });
    expect(queue.load).toEqual({ running: 1, waiting: 0 });
  });
});
