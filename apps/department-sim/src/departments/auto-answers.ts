import type { DamageClaimDecision, QualityInvestigationResult } from '@libs/departments/ports';

/** What each department answers in auto mode, by request kind: plausible, deterministic per request. */
export function autoResult(department: string, kind: string, payload: Record<string, unknown>): unknown {
  if (department === 'quality' && kind === 'open-investigation') return qualityInvestigation(payload);
  if (department === 'courier' && kind === 'file-damage-claim') return claimDecision(payload);
  return { acknowledged: true };
}

/** Kinds each department accepts; anything else is refused with 400. */
export const ACCEPTED_KINDS: Record<string, readonly string[]> = {
  quality: ['open-investigation', 'key-part-defect-report'],
  finance: [], // short calls only: see finance-calls.ts
  courier: ['file-damage-claim'],
  sales: [],
};

// C-4: a cause, corrective actions for this case and preventive actions against recurrence.
function qualityInvestigation(payload: Record<string, unknown>): QualityInvestigationResult {
  const product = typeof payload.productRef === 'string' ? payload.productRef : 'the product';
  return {
    cause: `Batch inspection of ${product} found a supplier component outside tolerance`,
    correctiveActions: [`Replace the faulty component for case ${String(payload.caseNo ?? '')}`.trim(), 'Quarantine the remaining stock of the batch'],
    preventiveActions: ['Add the component to incoming inspection sampling', 'Supplier corrective action request with an 8D report'],
  };
}

// L-2: the courier accepts a documented claim and compensates the declared goods value.
function claimDecision(payload: Record<string, unknown>): DamageClaimDecision {
  return {
    claimNo: `CLM-${String(payload.claimId ?? '')}`,
    decision: 'accepted',
    compensationFen: Number(payload.goodsValueFen ?? 0),
    courierAgentId: String(payload.courierAgentId ?? 'CA-101'),
  };
}
