// Messages of the damage-claim workflow, importable by the API without pulling in workflow code.
import { defineSignal } from '@temporalio/workflow';
import type { DamageClaimRequest } from '@libs/departments/ports/courier.port';

/** L-2: a document was attached to the claim's return; the claim looks at its documents again. */
export const claimDocumentsChangedSignal = defineSignal('claimDocumentsChanged');

/** L-2: a document the claim carries, by reference: the courier fetches nothing it cannot check. */
export interface ClaimDocumentRef {
  attachmentId: string;
  kind: 'waybill_copy' | 'sender_id_copy' | 'damage_photo';
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** What the claim's documents look like now: complete, or which kinds are missing. */
export interface ClaimDocuments {
  documents: ClaimDocumentRef[];
  missing: string[];
  /** The return's real destination region for the claim (L-2). */
  destinationRegion: string;
  /** When the missing documents are due (ISO), fixed when the claim first looked. */
  dueAt: string;
}

/** L-2: the claim as the courier receives it: every required item, the documents by reference. */
export type CompleteDamageClaim = DamageClaimRequest & { documents: ClaimDocumentRef[] };
