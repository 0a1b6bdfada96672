import { described } from '../shared';
import { notifyStaff } from './notify';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';

/** R-5: goods that came back get the time the warehouse's batch reaches after-sales' inspection queue. */
export async function scheduleInspection(run: ReturnRun): Promise<void> {
  const { c } = run;
  c.inspectionQueuedAt = await described('Warehouse batch time for inspection (R-5)').inspectionQueueTime({ arrivedAt: c.receivedAt ?? Date.now(), terms: run.terms });
  c.changed('inspection_scheduled', SYSTEM, `reaches after-sales' inspection queue at ${new Date(c.inspectionQueuedAt).toISOString()} (R-5)`);
}

/** the batch time passed: after-sales is told to inspect the parcel. */
export async function handToInspection(run: ReturnRun): Promise<void> {
  const { c, input } = run;
  c.inspectionQueued = true;
  c.changed('inspection_queued', SYSTEM, 'handed to after-sales with the warehouse batch (R-5)');
  await notifyStaff(run, 'inspection-queued', 'after-sales', `Return ${input.returnNo}: ready for inspection`, `Return ${input.returnNo} (order ${input.orderRef}) is in today's warehouse batch: inspect it and record the return-detail sheet (R-5).`);
}
