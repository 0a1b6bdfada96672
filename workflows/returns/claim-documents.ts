import { condition, setHandler } from '@temporalio/workflow';
import type { DamageClaimRequest } from '@libs/departments/ports/courier.port';
import { described } from '../shared';
import { ClaimDocuments, claimDocumentsChangedSignal } from './damage-claim.contract';
import { SYSTEM } from './return-case';

/** A signal may be lost while the API is down: the claim also looks again on its own this often. */
const RECHECK_MS = 60 * 60 * 1000;

const KIND_NAMES: Record<string, string> = { waybill_copy: '运单复印件', sender_id_copy: '寄件人身份证复印件', damage_photo: '破损照片' };
const named = (kinds: string[]) => kinds.map((k) => KIND_NAMES[k] ?? k).join('、');

/**
 * L-2: the claim's documents, complete. While any is missing the handler is asked for them once, with
 * the deadline, and the claim waits for an upload (signal) or the deadline; past it the claim is marked
 * on the register, the supervisor is told, and the answer is null: nothing incomplete goes out.
 */
export async function awaitClaimDocuments(claim: DamageClaimRequest, handler: string): Promise<ClaimDocuments | null> {
  let changed = false;
  setHandler(claimDocumentsChangedSignal, () => {
    changed = true;
  });
  const look = () => described(`Documents of claim ${claim.claimId} (L-2)`).collectClaimDocuments({ claim });
  let found = await look();
  if (found.missing.length === 0) return found;

  const { dueAt } = found;
  // A return nobody acted on for the seller yet has no handler: after-sales' inbox is asked instead.
  const recipient = handler === SYSTEM ? 'after-sales' : handler;
  await described(`Ask ${recipient} for the documents of claim ${claim.claimId}`).notify({
    dedupeKey: `damage-claim-${claim.claimId}:documents-requested`,
    channel: 'staff-inbox',
    recipient,
    subject: `索赔 ${claim.claimId} 缺少材料`,
    body: `退货 ${claim.caseNo} 运单 ${claim.waybillNo} 的索赔需要补充：${named(found.missing)}。请在 ${dueAt} 之前上传到该退货单，材料齐全后索赔才会提交给快递公司。`,
    caseNo: claim.caseNo,
  });
  while (found.missing.length > 0) {
    const left = Date.parse(dueAt) - Date.now();
    if (left <= 0) break;
    await condition(() => changed, Math.min(left, RECHECK_MS));
    changed = false;
    found = await look();
  }
  if (found.missing.length === 0) return found;

  await described(`Claim ${claim.claimId}: documents missing past the deadline`).markClaimDocumentsMissing({ claimId: claim.claimId, missing: found.missing });
  await described(`Tell the supervisor: claim ${claim.claimId} not sent`).notify({
    dedupeKey: `damage-claim-${claim.claimId}:documents-missing`,
    channel: 'staff-inbox',
    recipient: 'supervisor',
    subject: `索赔 ${claim.claimId} 材料逾期未补齐，未提交`,
    body: `退货 ${claim.caseNo} 运单 ${claim.waybillNo} 的索赔在 ${dueAt} 前仍缺少：${named(found.missing)}。索赔未提交给快递公司，请跟进。`,
    caseNo: claim.caseNo,
  });
  return null;
}
