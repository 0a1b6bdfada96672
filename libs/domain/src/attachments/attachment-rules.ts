// What may be attached to a case, and how an upload is checked (L-2, C-4, C-14, R-5). Pure.

/**
 * The documents a case collects: damage photos and the waybill copy and sender's ID copy of a claim
 * (L-2), the warehouse's return-detail sheet, the quality department's handling report (C-4),
 * and the archive of a closed complaint (C-14, written by the platform only).
 */
export const ATTACHMENT_KINDS = ['damage_photo', 'waybill_copy', 'sender_id_copy', 'return_detail_sheet', 'quality_report', 'other', 'case_archive'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Kinds staff upload; the case archive is produced by the platform (C-14). */
export const UPLOADABLE_KINDS = ATTACHMENT_KINDS.filter((k) => k !== 'case_archive');

/**
 * Encrypted at rest with the payload keys: the customer's personal documents, and the case archive
 * (it holds the timeline's notes, the customer's words, and every attachment).
 */
export const PERSONAL_KINDS: readonly AttachmentKind[] = ['sender_id_copy', 'case_archive'];

/** Images and PDF; the type is read from the bytes, never taken from the declared type alone. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number] | 'application/zip';

const SIGNATURES: Array<{ type: AttachmentType; matches: (b: Uint8Array) => boolean }> = [
  { type: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/webp', matches: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]) },
  { type: 'application/pdf', matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { type: 'application/zip', matches: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, i) => bytes[i] === value);
}

/** The type the content's magic bytes show, or undefined for anything else. */
export function sniffContentType(bytes: Uint8Array): AttachmentType | undefined {
  return SIGNATURES.find((s) => s.matches(bytes))?.type;
}

export interface UploadCheck {
  kind: string | undefined;
  declaredType: string | undefined;
  bytes: Uint8Array;
  maxBytes: number;
}

export type UploadProblem = { field: 'kind' | 'file'; message: string; status: 400 | 413 | 415 };

/** The first problem of an upload, naming the field, or its content type when it may be stored. */
export function checkUpload(upload: UploadCheck): { problem: UploadProblem } | { contentType: AttachmentType } {
  const { kind, declaredType, bytes, maxBytes } = upload;
  if (!kind || !(UPLOADABLE_KINDS as readonly string[]).includes(kind)) {
    return { problem: { field: 'kind', status: 400, message: `kind must be one of: ${UPLOADABLE_KINDS.join(', ')}` } };
  }
  if (bytes.length === 0) return { problem: { field: 'file', status: 400, message: 'file must not be empty' } };
  if (bytes.length > maxBytes) return { problem: { field: 'file', status: 413, message: `file must be at most ${maxBytes} bytes` } };
  const sniffed = sniffContentType(bytes);
  if (!sniffed || !(ATTACHMENT_TYPES as readonly string[]).includes(sniffed)) {
    return { problem: { field: 'file', status: 415, message: `file must be an image (JPEG, PNG, WebP) or a PDF; its content is neither` } };
  }
  if (declaredType && declaredType !== 'application/octet-stream' && declaredType !== sniffed) {
    return { problem: { field: 'file', status: 415, message: `file is declared as ${declaredType} but its content is ${sniffed}` } };
  }
  return { contentType: sniffed };
}

/** L-2: the documents a damage or loss claim must carry before it goes to the courier. */
export function requiredClaimDocuments(claimKind: 'damaged' | 'lost'): AttachmentKind[] {
  return claimKind === 'damaged' ? ['waybill_copy', 'sender_id_copy', 'damage_photo'] : ['waybill_copy', 'sender_id_copy'];
}

/** L-2: which required documents are still missing, given the kinds on the case. */
export function missingClaimDocuments(claimKind: 'damaged' | 'lost', present: readonly string[]): AttachmentKind[] {
  return requiredClaimDocuments(claimKind).filter((kind) => !present.includes(kind));
}
