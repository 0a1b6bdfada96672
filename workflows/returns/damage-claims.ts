import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { ReturnPolicyTerms } from '@libs/domain/returns/return-policy';
import type { TrackingEvent } from '@libs/departments/ports';
import { damageClaimWorkflow } from './damage-claim.workflow';
import { notifyStaff } from './notify';
import { SYSTEM } from './return-case';
import type { ReturnRun } from './return-run';
import type { ParcelView } from './return.contract';

/**
 * L-2: how long the courier has to decide a damage or loss claim. It is a term of the return policy
 * (`damageClaimAnswerSeconds`); versions written before the term existed give none and keep the 14 days
 * every claim had. No patch is needed: a running return's policy is the snapshot in its history (without
 * the term, so still 14 days), and the value is only the claim workflow's input.
 */
export const CLAIM_ANSWER_SECONDS_BEFORE_THE_TERM = 14 * 86_400;

export function claimAnswerSeconds(terms: ReturnPolicyTerms & { damageClaimAnswerSeconds?: number }): number {
  return terms.damageClaimAnswerSeconds ?? CLAIM_ANSWER_SECONDS_BEFORE_THE_TERM;
}

/** L-2, L-3: a claim with every required field, registered and settled by a workflow of its own. */
export async function fileDamageClaim(run: ReturnRun, parcel: ParcelView, event: TrackingEvent): Promise<void> {
  const { c, input } = run;
  const kind = event.state as 'damaged' | 'lost';
  const claimId = `DC-${input.returnNo}-${parcel.purpose === 'return' ? 'B' : 'R'}${parcel.round}`;
  await startChild(damageClaimWorkflow, {
    workflowId: `damage-claim-${claimId}`,
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        claim: {
          claimId,
          caseNo: input.returnNo,
          waybillNo: parcel.waybillNo,
          kind,
          transactionRef: input.orderRef,
          shipDate: parcel.shippedAt,
          destinationRegion: parcel.purpose === 'return' ? 'warehouse' : (input.address?.region ?? 'unknown'),
          deliveryResult: `${kind} reported by the courier at ${event.at}`,
          goodsValueFen: c.amountFen,
          courierAgentId: event.courierAgentId,
          photoRefs: c.inspection?.photoRefs ?? [],
        },
        register: {
          claimId,
          returnNo: input.returnNo,
          waybillNo: parcel.waybillNo,
          kind,
          parcelCondition: event.note ?? kind,
          courierAgentId: event.courierAgentId,
          goodsValueFen: c.amountFen,
          itemNo: input.items.map((i) => i.sku).join(','),
          handler: c.handler ?? SYSTEM,
        },
        timeoutSeconds: claimAnswerSeconds(run.terms),
      },
    ],
  });
  c.damageClaims.push({ claimId, waybillNo: parcel.waybillNo, kind, filedAt: new Date().toISOString() });
  c.changed('damage_claim_filed', SYSTEM, `${kind} ${parcel.purpose} parcel ${parcel.waybillNo}: claim ${claimId} (L-2, L-3)`);
  await notifyStaff(run, `claim-${claimId}`, 'after-sales', `Return ${input.returnNo}: parcel ${kind}`, `Waybill ${parcel.waybillNo} was reported ${kind}; claim ${claimId} is filed with the courier and the customer's case goes on (L-2).`);
}
