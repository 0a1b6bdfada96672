/** L-2: every item a written damage or loss claim must carry, as the courier's desk checks it. */
const REQUIRED_FIELDS = ['transactionRef', 'waybillNo', 'shipDate', 'destinationRegion', 'deliveryResult', 'goodsValueFen', 'courierAgentId'] as const;
const REQUIRED_DOCUMENTS: Record<string, string[]> = { damaged: ['waybill_copy', 'sender_id_copy', 'damage_photo'], lost: ['waybill_copy', 'sender_id_copy'] };

/** What a received claim lacks (field names and document kinds); empty when it is complete. */
export function missingClaimItems(payload: Record<string, unknown>): string[] {
  const missing: string[] = REQUIRED_FIELDS.filter((f) => payload[f] === undefined || payload[f] === null || payload[f] === '');
  if (payload.destinationRegion === 'warehouse') missing.push('destinationRegion');
  const documents = Array.isArray(payload.documents) ? (payload.documents as Array<{ kind?: string; sha256?: string }>) : [];
  for (const kind of REQUIRED_DOCUMENTS[String(payload.kind)] ?? []) {
    if (!documents.some((d) => d.kind === kind && typeof d.sha256 === 'string')) missing.push(kind);
  }
  return missing;
}
