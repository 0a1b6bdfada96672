import { ActivityFailure, patched } from '@temporalio/workflow';
import { described } from '../shared';
import { askCourierToShipReplacement } from './exchange';
import { notifyStaff } from './notify';
import { SHIPMENT_CHECKED_BEFORE_SHIPPING } from './patches';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';

/** The departments' checks answer within this, or the check is tried again at the next round. */
const READINESS_CHECK = { startToCloseTimeout: '10s', scheduleToCloseTimeout: '60s', retry: { initialInterval: '1s', maximumInterval: '10s' } } as const;

/**
 * L-4: a replacement ships only after stock, the address and contact, and the order's payment are
 * confirmed. A failed check is recorded on the timeline with its reasons and after-sales is told (once
 * per distinct reason); it is checked again at the next tracking round, so that restocked goods or a
 * corrected address go out without anyone starting over.
 */
export async function shipReplacementWhenReady(run: ReturnRun): Promise<void> {
  if (patched(SHIPMENT_CHECKED_BEFORE_SHIPPING)) {
    const refusals = await checkBeforeShipping(run);
    if (refusals.length) {
      if (!refuseToShip(run, refusals)) return;
      const reason = refusals.join('; ');
      await notifyStaff(run, `shipment-refused-${run.c.stateVersion}`, 'after-sales', `换货 ${run.input.returnNo} 暂不能发货`, `发货前检查未通过：${reason}。处理后将在下一轮自动重新检查。`);
      return;
    }
    run.shipmentRefusal = null;
  }
  askCourierToShipReplacement(run);
}

async function checkBeforeShipping(run: ReturnRun): Promise<string[]> {
  const { c, input } = run;
  run.shipmentChecks += 1;
  const round = c.parcels.filter((p) => p.purpose === 'replacement').length + 1;
  try {
    const answer = await described(`L-4: check stock, address and payment before shipping replacement ${round}`, READINESS_CHECK).checkShipmentReadiness({
      checkId: `${input.returnNo}-R${round}-${run.shipmentChecks}`,
      caseNo: input.returnNo,
      orderRef: input.orderRef,
      amountFen: input.amountFen,
      to: input.address,
      items: input.items,
    });
    return answer.refusals;
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    return [`the checks could not be made: ${error.cause?.message ?? error.message}`];
  }
}

/** Holds the shipment until the next round; true when the reason is new (recorded then). */
function refuseToShip(run: ReturnRun, refusals: string[]): boolean {
  run.replacementWanted = false;
  run.retryReplacementAt = Date.now() + run.terms.trackingPollSeconds * 1000;
  const reason = refusals.join('; ');
  if (reason === run.shipmentRefusal) return false;
  run.shipmentRefusal = reason;
  run.c.changed('shipment_refused', SYSTEM, `not shipped (L-4): ${reason}`);
  return true;
}
