import { executeChild, patched, setCurrentDetails } from '@temporalio/workflow';
import type { DamageClaimDecision, DamageClaimRequest } from '@libs/departments/ports/courier.port';
import type { DamageRegisterEntry } from '../../activities/returns/return.activities';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { described } from '../shared';
import { awaitClaimDocuments } from './claim-documents';
import type { CompleteDamageClaim } from './damage-claim.contract';
import { CLAIM_WAITS_FOR_DOCUMENTS } from './patches';

export interface DamageClaimInput {
  claim: DamageClaimRequest;
  register: DamageRegisterEntry;
  /** How long the courier has to decide. */
  timeoutSeconds: number;
}

const { registerDamageClaim, settleDamageClaim } = described('Damage register (L-3)');

/**
 * L-2, L-3: one damage or loss claim, registered, filed with the courier and settled on its own, so
 * that the customer's request goes on (re-ship or refund) without waiting for the courier's decision.
 */
export async function damageClaimWorkflow(input: DamageClaimInput): Promise<DamageClaimDecision | null> {
  let claim: DamageClaimRequest | CompleteDamageClaim = input.claim;
  await registerDamageClaim(input.register);
  if (patched(CLAIM_WAITS_FOR_DOCUMENTS)) {
    setCurrentDetails(`**Claim:** ${claim.claimId} (${claim.kind}) on waybill ${claim.waybillNo}  \n**Status:** collecting documents`);
    const found = await awaitClaimDocuments(claim, input.register.handler);
    if (!found) {
      setCurrentDetails(`**Claim:** ${claim.claimId}  \n**Status:** not sent: documents missing past the deadline`);
      return null;
    }
    claim = { ...claim, destinationRegion: found.destinationRegion, photoRefs: found.documents.filter((d) => d.kind === 'damage_photo').map((d) => d.attachmentId), documents: found.documents };
  }
  setCurrentDetails(`**Claim:** ${claim.claimId} (${claim.kind}) on waybill ${claim.waybillNo}  \n**Status:** filed with the courier`);
  const outcome = await executeChild(departmentRequestWorkflow, {
    workflowId: `damage-claim-${claim.claimId}-courier`,
    args: [{ department: 'courier', kind: 'file-damage-claim', caseNo: claim.caseNo, payload: { ...claim }, timeoutSeconds: input.timeoutSeconds }],
  });
  if (outcome.outcome === 'completed') {
    const decision = outcome.result as DamageClaimDecision;
    await settleDamageClaim({ claimId: claim.claimId, status: decision.decision, claimNo: decision.claimNo, compensationFen: decision.compensationFen });
    setCurrentDetails(`**Claim:** ${claim.claimId} → ${decision.claimNo}  \n**Decision:** ${decision.decision}, CNY ${(decision.compensationFen / 100).toFixed(2)}`);
    return decision;
  }
  await settleDamageClaim({ claimId: claim.claimId, status: outcome.outcome === 'timed_out' ? 'unanswered' : 'rejected' });
  setCurrentDetails(`**Claim:** ${claim.claimId}  \n**Decision:** ${outcome.outcome}`);
  return null;
}
