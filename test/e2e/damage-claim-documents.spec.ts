import { createHash } from 'node:crypto';
import request from 'supertest';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { jpegFile, pdfFile, pngFile, upload } from '../support/files';
import { FAST_RETURN_TERMS, givenCourier, givenParcel, waybill } from '../support/returns';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

interface ClaimView {
  claimId: string;
  status: string;
  documentsStatus: string | null;
  documentsDueAt: string | null;
  missingDocuments: string[];
  documents: Array<{ attachmentId: string; kind: string; sha256: string }>;
  claim: Record<string, unknown> | null;
}
interface ReceivedClaim {
  claim: Record<string, unknown> & { claimId: string; documents?: Array<{ attachmentId: string; kind: string; sha256: string; sizeBytes: number }> };
  missingItems: string[];
}

// L-2 over HTTP: a damage claim waits for its waybill copy, the sender's ID copy and photos, asks the
// handler for them with a deadline, and reaches the (simulated) courier only complete; past the
// deadline it is escalated and never sent incomplete.
describe('damage claim documents (e2e)', () => {
  const DOCUMENTS_SECONDS = 45;
  const WAREHOUSE_REGION = '上海市青浦区';
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: { header: string; code: string };
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true, config: { DAMAGE_CLAIM_DOCUMENTS_SECONDS: String(DOCUMENTS_SECONDS), RETURN_WAREHOUSE_REGION: WAREHOUSE_REGION } });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    const admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
    await http.put('/return-policies/default').set('Authorization', admin).send({ terms: FAST_RETURN_TERMS }).expect(200);
    await givenCourier(stack, 200);
  });
  afterAll(() => stack?.stop());

  /** A return whose parcel the courier reports damaged on the way back: its claim is filed. */
  async function damagedReturn(): Promise<{ returnNo: string; waybillNo: string }> {
    const returnNo = (
      await http
        .post('/returns')
        .set('Authorization', agent.header)
        .send({ type: 'return_and_refund', source: 'tmall', customerNo, orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'not_as_described', description: 'Colour differs' })
        .expect(201)
    ).body.returnNo;
    await http.post(`/returns/${returnNo}/approve`).set('Authorization', agent.header).send({}).expect(200);
    const waybillNo = waybill();
    await givenParcel(stack, waybillNo, 'damaged');
    await http.post(`/returns/${returnNo}/ship`).set('Authorization', agent.header).send({ courier: 'YTO', waybillNo }).expect(200);
    return { returnNo, waybillNo };
  }

  const claimsOf = async (returnNo: string): Promise<ClaimView[]> => (await http.get(`/returns/${returnNo}/damage-claim`).set('Authorization', agent.header).expect(200)).body.items;
  const receivedBy = async (claimId: string): Promise<ReceivedClaim[]> =>
    ((await request(stack.departments!.getHttpServer()).get('/control/courier/claims').expect(200)).body as ReceivedClaim[]).filter((r) => r.claim.claimId === claimId);
  const attach = (returnNo: string, kind: string, bytes: Buffer, type: string) =>
    upload(http.post(`/returns/${returnNo}/attachments`).set('Authorization', agent.header), kind, bytes, `${kind}.bin`, type).expect(201);

  it('L-2: the claim waits for the missing documents, asks the handler, and after the uploads the complete claim reaches the courier with every item', async () => {
    const { returnNo, waybillNo } = await damagedReturn();
    const waiting = (await eventually(() => claimsOf(returnNo), (c) => c[0]?.documentsStatus === 'awaiting', 60_000))[0];
    expect(waiting).toMatchObject({ status: 'filed', documentsStatus: 'awaiting', missingDocuments: ['waybill_copy', 'sender_id_copy', 'damage_photo'], documents: [] });
    expect(Date.parse(waiting.documentsDueAt!)).toBeGreaterThan(Date.now());
    // Readable through the API while it waits, with the real destination region, not "warehouse".
    expect(waiting.claim).toMatchObject({ claimId: waiting.claimId, waybillNo, destinationRegion: WAREHOUSE_REGION, transactionRef: 'SO-20261120-0042', goodsValueFen: 25_900 });
    expect(await receivedBy(waiting.claimId)).toEqual([]);
    // The handler is asked for the documents, with the deadline.
    const asked: Array<{ body: string }> = await eventually(
      () => stack.db.query(`SELECT body FROM notification_outbox WHERE case_no = $1 AND recipient = $2 AND dedupe_key LIKE '%documents-requested'`, [returnNo, agent.code]),
      (rows: unknown[]) => rows.length > 0,
      60_000,
    );
    expect(asked).toHaveLength(1);
    expect(asked[0].body).toContain('运单复印件');

    const waybillCopy = pdfFile();
    const idCopy = jpegFile();
    const photo = pngFile();
    await attach(returnNo, 'waybill_copy', waybillCopy, 'application/pdf');
    await attach(returnNo, 'sender_id_copy', idCopy, 'image/jpeg');
    expect(await receivedBy(waiting.claimId)).toEqual([]);
    const photoId = (await attach(returnNo, 'damage_photo', photo, 'image/png')).body.attachmentId;

    const [received] = await eventually(() => receivedBy(waiting.claimId), (r) => r.length > 0, 60_000);
    expect(received.missingItems).toEqual([]);
    expect(received.claim).toMatchObject({
      claimId: waiting.claimId,
      caseNo: returnNo,
      kind: 'damaged',
      transactionRef: 'SO-20261120-0042',
      waybillNo,
      shipDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      destinationRegion: WAREHOUSE_REGION,
      deliveryResult: expect.stringContaining('damaged'),
      goodsValueFen: 25_900,
      courierAgentId: expect.stringMatching(/^CA-\d+$/),
      photoRefs: [photoId],
    });
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(received.claim.documents!.map((d) => [d.kind, d.sha256, d.sizeBytes]).sort()).toEqual(
      [
        ['damage_photo', sha(photo), photo.length],
        ['sender_id_copy', sha(idCopy), idCopy.length],
        ['waybill_copy', sha(waybillCopy), waybillCopy.length],
      ].sort(),
    );

    const settled = (await eventually(() => claimsOf(returnNo), (c) => c[0]?.status === 'accepted', 60_000))[0];
    expect(settled).toMatchObject({ status: 'accepted', documentsStatus: 'complete', missingDocuments: [] });
    expect(settled.documents.map((d) => d.kind).sort()).toEqual(['damage_photo', 'sender_id_copy', 'waybill_copy']);
    expect(settled.claim!.documents).toBeUndefined();
  }, 180_000);

  it('L-2: past the deadline without every document the claim is recorded as missing them, the supervisor is told, and nothing goes to the courier', async () => {
    const { returnNo } = await damagedReturn();
    const waiting = (await eventually(() => claimsOf(returnNo), (c) => c[0]?.documentsStatus === 'awaiting', 60_000))[0];
    await attach(returnNo, 'waybill_copy', pdfFile(), 'application/pdf');
    const missing = (await eventually(() => claimsOf(returnNo), (c) => c[0]?.documentsStatus === 'missing', (DOCUMENTS_SECONDS + 60) * 1000))[0];
    expect(missing).toMatchObject({ status: 'filed', documentsStatus: 'missing', missingDocuments: ['sender_id_copy', 'damage_photo'] });
    const told: unknown[] = await eventually(
      () => stack.db.query(`SELECT 1 FROM notification_outbox WHERE case_no = $1 AND recipient = 'supervisor' AND dedupe_key LIKE '%documents-missing'`, [returnNo]),
      (rows: unknown[]) => rows.length > 0,
    );
    expect(told).toHaveLength(1);
    expect(await receivedBy(waiting.claimId)).toEqual([]);
  }, 240_000);
});
