import { exchangeShippingFee } from '@libs/domain/returns/return-decisions';
import { yuan } from '@libs/domain/returns/return-request';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { ask, failureOf } from './department-requests';
import { patched } from '@temporalio/workflow';
import type { ShipmentBooking } from '@libs/departments/ports';
import { yuanForCustomers } from '@libs/domain/messages/message-templates';
import { notifyStaff, tellCustomer } from './notify';
import { SHIPMENT_CHECKED_BEFORE_SHIPPING } from './patches';
import { FINANCE } from './refund';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';

/** R-6: after inspection, who pays the replacement's shipping; a fee due is asked of the customer. */
export async function settleShippingFee(run: ReturnRun): Promise<void> {
  const { c, input, terms } = run;
  const fee = exchangeShippingFee(c.inspection!, !!input.customerPaidReturnShipping);
  c.exchange = { shippingFee: fee, shippingFeeFen: fee === 'due' ? terms.shippingFeeFen : 0, paymentRef: null };
  if (fee === 'due') {
    c.shippingFeeRequestedAt = Date.now();
    c.changed('shipping_fee_due', SYSTEM, `${yuan(terms.shippingFeeFen)} to pay before the replacement ships (R-6)`);
    await tellCustomer(run, 'shipping-fee-due', 'shipping_fee_due', { amount: yuanForCustomers(terms.shippingFeeFen) }, {
      subject: `Exchange ${input.returnNo}: shipping fee due`,
      body: `Please pay the shipping fee of ${yuan(terms.shippingFeeFen)} for your replacement; it ships once paid (R-6).`,
    });
  } else {
    c.changed('shipping_fee_settled', SYSTEM, fee === 'waived_quality_problem' ? 'quality problem: exchanged free (R-6)' : 'the customer paid the return postage (R-6)');
    run.replacementWanted = true;
  }
}

/** L-4: a payment the customer reported is confirmed with finance before anything ships. */
export function askFinanceToConfirmFee(run: ReturnRun): void {
  const { c, input } = run;
  ask(run, 'fee-check', c.stateVersion, {
    department: 'finance',
    kind: 'confirm-payment',
    caseNo: input.returnNo,
    payload: { paymentRef: c.exchange!.paymentRef, amountFen: c.exchange!.shippingFeeFen, currency: 'CNY', caseNo: input.returnNo },
    timeoutSeconds: run.terms.departmentAnswerSeconds,
  });
}

export function onFeeCheckAnswer(run: ReturnRun, outcome: DepartmentRequestOutcome): void {
  const { c } = run;
  const received = outcome.outcome === 'completed' && (outcome.result as { received: boolean }).received;
  if (received) {
    c.exchange = { ...c.exchange!, shippingFee: 'paid' };
    c.changed('shipping_fee_paid', FINANCE, `payment ${c.exchange.paymentRef} confirmed (R-6)`);
    run.replacementWanted = true;
    return;
  }
  const failure = failureOf(outcome);
  const ref = c.exchange!.paymentRef;
  c.exchange = { ...c.exchange!, paymentRef: null };
  c.changed('shipping_fee_unconfirmed', FINANCE, `payment ${ref} not confirmed${failure ? `: ${failure}` : ''}`);
}

/** R-6, L-2: the courier is asked to ship a replacement (again after a damaged or lost one). */
export function askCourierToShipReplacement(run: ReturnRun): void {
  const { c, input } = run;
  run.replacementWanted = false;
  const round = c.parcels.filter((p) => p.purpose === 'replacement').length + 1;
  ask(run, 'replacement', round, {
    department: 'courier',
    kind: 'ship-replacement',
    caseNo: input.returnNo,
    payload: { caseNo: input.returnNo, shipmentId: `${input.returnNo}-R${round}`, to: input.address, items: input.items },
    timeoutSeconds: run.terms.departmentAnswerSeconds,
  });
  c.changed('replacement_requested', SYSTEM, `courier asked to ship replacement ${round}`);
}

/** The courier booked the replacement (tracked from now, L-1) or did not (asked again at the next round). */
export async function onReplacementAnswer(run: ReturnRun, outcome: DepartmentRequestOutcome): Promise<void> {
  const { c, input } = run;
  if (outcome.outcome !== 'completed') {
    const failure = failureOf(outcome);
    c.changed('replacement_not_shipped', 'courier', failure!);
    await notifyStaff(run, `replacement-failed-${c.stateVersion}`, 'after-sales', `Exchange ${input.returnNo}: replacement not shipped`, `The courier did not book the replacement: ${failure}. It is asked again at the next tracking round.`);
    run.retryReplacementAt = Date.now() + run.terms.trackingPollSeconds * 1000;
    return;
  }
  const { waybillNo, courierName } = outcome.result as ShipmentBooking;
  // L-4: the parcel names the courier company that booked it (L-5 counts shipments by it).
  const courier = patched(SHIPMENT_CHECKED_BEFORE_SHIPPING) ? (courierName?.trim() || '快递公司') : 'courier';
  if (!c.allows('ship_replacement')) {
    c.changed('replacement_not_needed', SYSTEM, `waybill ${waybillNo} booked while the request became ${c.status}`);
    return;
  }
  const parcel = c.addParcel({ purpose: 'replacement', courier, waybillNo, method: 'express', shippedAt: new Date().toISOString() });
  run.lastPollAt = Date.now();
  c.apply('ship_replacement', SYSTEM, `replacement ${parcel.round} on waybill ${waybillNo} (R-6)`);
  // L-4: the customer gets the courier and the waybill number.
  await tellCustomer(run, `replacement-shipped-${parcel.round}`, 'replacement_shipped', { courier, waybillNo }, {
    subject: `Exchange ${input.returnNo}: replacement shipped`,
    body: `Your replacement is on its way: waybill ${waybillNo}.`,
  });
}
