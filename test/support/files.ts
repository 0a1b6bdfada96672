import { inflateRawSync } from 'node:zlib';
import type { Response, Test } from 'supertest';
import { createAttachmentRepository } from '@libs/attachments/create-attachments';
import { requiredClaimDocuments } from '@libs/domain/attachments/attachment-rules';
import { claimDocumentsChangedSignal } from '@workflows/returns/damage-claim.contract';
import { eventually } from './eventually';
import type { TestStack } from './test-stack';

/** Small files whose first bytes are what their type says, unique per call (so no two uploads are the same). */
let n = 0;
const tail = () => Buffer.from(`-${process.pid}-${(n += 1)}-${Date.now()}`);
export const pngFile = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), tail()]);
export const jpegFile = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0'), tail()]);
export const pdfFile = () => Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), tail(), Buffer.from('\n%%EOF\n')]);

/** A multipart upload of one file of a kind. */
export function upload(req: Test, kind: string | undefined, bytes: Buffer, filename: string, contentType: string): Test {
  const withKind = kind === undefined ? req : req.field('kind', kind);
  return withKind.attach('file', bytes, { filename, contentType });
}

/** supertest's parser for a binary answer: the body as one Buffer. */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The entries of a ZIP (stored or deflated), read from its central directory. */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * L-2: attaches every document a claim of this kind needs to the return (as an upload would) and tells
 * the return's waiting claims, for tests whose subject is what happens after the claim is complete.
 */
export async function givenClaimDocuments(stack: TestStack, returnNo: string, claimKind: 'damaged' | 'lost'): Promise<void> {
  const attachments = createAttachmentRepository(stack.db, stack.config);
  for (const kind of requiredClaimDocuments(claimKind)) {
    const [bytes, contentType] = kind === 'waybill_copy' ? [pdfFile(), 'application/pdf'] : [jpegFile(), 'image/jpeg'];
    await attachments.save({ caseType: 'return', caseNo: returnNo, kind, contentType, bytes, uploadedBy: 'test' });
  }
  // The claim's register row is written by its workflow, which may not have got that far yet.
  const claims = await eventually(
    (): Promise<Array<{ claim_id: string }>> => stack.db.query(`SELECT claim_id FROM damage_claims WHERE return_no = $1`, [returnNo]),
    (rows) => rows.length > 0,
    30_000,
  );
  for (const { claim_id } of claims) await stack.temporal.workflow.getHandle(`damage-claim-${claim_id}`).signal(claimDocumentsChangedSignal);
}
