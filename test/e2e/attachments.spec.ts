import request from 'supertest';
import { givenCustomer } from '../support/builders';
import { binary, jpegFile, pdfFile, pngFile, upload } from '../support/files';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Case attachments over HTTP on the real stack (L-2, C-4, R-5): limits and type checks, list,
// download, the case's access rules, and ID copies encrypted at rest. Default store: PostgreSQL.
describe('attachments (e2e)', () => {
  const MAX_BYTES = 4096;
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let owner: { header: string; code: string };
  let other: string;
  let caseNo: string;
  let returnNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, config: { ATTACHMENT_MAX_BYTES: String(MAX_BYTES) } });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    owner = { header: a.header, code: a.member.code };
    const customerNo = (await givenCustomer(stack.db)).customerNo;
    caseNo = (await http.post('/complaints').set('Authorization', owner.header).send({ customerNo, channel: 'chat', category: 'quality', severity: 'high', description: 'Frame cracked' }).expect(201)).body.caseNo;
    await untilAssigned(caseNo);
    returnNo = (
      await http
        .post('/returns')
        .set('Authorization', owner.header)
        .send({ type: 'return_and_refund', source: 'tmall', customerNo, orderRef: 'SO-20261120-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'not_as_described', description: 'Colour differs' })
        .expect(201)
    ).body.returnNo;
    // A second agent, created once the complaint has its owner, so it is not theirs.
    other = (await bearerFor(stack.api!, stack.db, 'agent')).header;
  });
  afterAll(() => stack?.stop());

  async function untilAssigned(no: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const res = await http.get(`/complaints/${no}`).set('Authorization', owner.header);
      if (res.status === 200 && res.body.assignedAgent === owner.code) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`complaint ${no} was not assigned to ${owner.code}`);
  }

  const post = (path: string, as = owner.header) => http.post(path).set('Authorization', as);
  const download = (path: string, as = owner.header) => http.get(path).set('Authorization', as).buffer(true).parse(binary);

  it('C-4, R-5: attaches a photo and a PDF report to a complaint, lists them and downloads each byte for byte', async () => {
    const photo = pngFile();
    const report = pdfFile();
    const first = await upload(post(`/complaints/${caseNo}/attachments`), 'damage_photo', photo, 'IMG_0042.png', 'image/png').expect(201);
    expect(first.body).toMatchObject({ kind: 'damage_photo', contentType: 'image/png', sizeBytes: photo.length, fileName: 'IMG_0042.png', encrypted: false, uploadedBy: owner.code, created: true });
    const second = await upload(post(`/complaints/${caseNo}/attachments`), 'quality_report', report, '质检报告.pdf', 'application/pdf').expect(201);

    const listed = await http.get(`/complaints/${caseNo}/attachments`).set('Authorization', owner.header).expect(200);
    expect(listed.body.items.map((a: { attachmentId: string }) => a.attachmentId)).toEqual([first.body.attachmentId, second.body.attachmentId]);
    expect(listed.body.items[1]).toMatchObject({ kind: 'quality_report', fileName: '质检报告.pdf' });

    const got = await download(`/complaints/${caseNo}/attachments/${first.body.attachmentId}`).expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.body as Buffer, photo)).toBe(0);
    const pdf = await download(`/complaints/${caseNo}/attachments/${second.body.attachmentId}`).expect(200);
    expect(Buffer.compare(pdf.body as Buffer, report)).toBe(0);
    // The uploaded name may be personal: it is not in the download's headers, nor in the audit row.
    expect(pdf.headers['content-disposition']).not.toContain('质检报告');
    const audit: Array<{ details: unknown }> = await stack.db.query(`SELECT details FROM audit_events WHERE action = 'attachment.upload' AND resource = $1`, [`complaint:${caseNo}`]);
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toMatch(/IMG_0042|质检报告/);
    expect(audit[0].details).toMatchObject({ attachmentId: first.body.attachmentId, kind: 'damage_photo' });
  });

  it('the same file of the same kind uploaded again is the earlier attachment (200), not a second one', async () => {
    const photo = pngFile();
    const first = await upload(post(`/returns/${returnNo}/attachments`), 'damage_photo', photo, 'a.png', 'image/png').expect(201);
    const again = await upload(post(`/returns/${returnNo}/attachments`), 'damage_photo', photo, 'a.png', 'image/png').expect(200);
    expect(again.body).toMatchObject({ attachmentId: first.body.attachmentId, created: false });
  });

  it.each([
    ['a file over the limit (413)', 'damage_photo', Buffer.concat([pngFile(), Buffer.alloc(MAX_BYTES)]), 'image/png', 413, 'file'],
    ['an executable declared as an image (415)', 'damage_photo', Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode'), 'image/png', 415, 'file'],
    ['a PDF declared as a JPEG (415)', 'waybill_copy', pdfFile(), 'image/jpeg', 415, 'file'],
    ['HTML (415)', 'other', Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 415, 'file'],
    ['an unknown kind (400)', 'selfie', pngFile(), 'image/png', 400, 'kind'],
    ['no kind (400)', undefined, pngFile(), 'image/png', 400, 'kind'],
    ['the archive kind, which only the platform writes (400)', 'case_archive', pngFile(), 'image/png', 400, 'kind'],
  ])('refuses %s naming the field, and stores nothing', async (_label, kind, bytes, type, status, field) => {
    const before = await stack.db.query(`SELECT count(*)::int AS n FROM attachments`);
    const res = await upload(post(`/returns/${returnNo}/attachments`), kind, bytes, 'x.bin', type).expect(status);
    expect(res.body).toMatchObject({ statusCode: status, field });
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM attachments`)).toEqual(before);
  });

  it('refuses a request without a file part, or not multipart at all, naming the field', async () => {
    expect((await post(`/returns/${returnNo}/attachments`).field('kind', 'damage_photo').expect(400)).body).toMatchObject({ field: 'file', message: expect.stringContaining('file is required') });
    expect((await post(`/returns/${returnNo}/attachments`).send({ kind: 'damage_photo' }).expect(415)).body).toMatchObject({ field: 'file' });
  });

  it("an agent cannot upload, list or download another agent's complaint or return files (403); an unknown case is 404", async () => {
    const photo = await upload(post(`/complaints/${caseNo}/attachments`), 'damage_photo', pngFile(), 'p.png', 'image/png').expect(201);
    const onReturn = await upload(post(`/returns/${returnNo}/attachments`), 'waybill_copy', pdfFile(), 'w.pdf', 'application/pdf').expect(201);
    await http.get(`/complaints/${caseNo}/attachments`).set('Authorization', other).expect(403);
    await download(`/complaints/${caseNo}/attachments/${photo.body.attachmentId}`, other).expect(403);
    await upload(post(`/complaints/${caseNo}/attachments`, other), 'damage_photo', pngFile(), 'p.png', 'image/png').expect(403);
    await http.get(`/returns/${returnNo}/attachments`).set('Authorization', other).expect(403);
    await download(`/returns/${returnNo}/attachments/${onReturn.body.attachmentId}`, other).expect(403);
    // An attachment is found only through its own case.
    await download(`/complaints/${caseNo}/attachments/${onReturn.body.attachmentId}`).expect(404);
    await download(`/returns/RT-20260101-9999/attachments/${onReturn.body.attachmentId}`).expect(404);
    // Supervisors read every case.
    const supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    await download(`/returns/${returnNo}/attachments/${onReturn.body.attachmentId}`, supervisor).expect(200);
  });

  it("the sender's ID copy is encrypted at rest with the payload keys: the stored bytes are not the clear ones; the download is", async () => {
    const idCopy = jpegFile();
    const res = await upload(post(`/returns/${returnNo}/attachments`), 'sender_id_copy', idCopy, '张三身份证.jpg', 'image/jpeg').expect(201);
    expect(res.body).toMatchObject({ kind: 'sender_id_copy', encrypted: true, fileName: '张三身份证.jpg' });
    const [row]: Array<{ content: Buffer; key_id: string; file_name_sealed: Buffer; content_encrypted: boolean }> = await stack.db.query(
      `SELECT c.content, a.key_id, a.file_name_sealed, a.content_encrypted FROM attachments a JOIN attachment_contents c ON c.attachment_id = a.id WHERE a.id = $1`,
      [res.body.attachmentId],
    );
    expect(row.content_encrypted).toBe(true);
    expect(row.key_id).toBe(stack.config.PAYLOAD_ENCRYPTION_ACTIVE_KEY);
    expect(row.content.equals(idCopy)).toBe(false);
    expect(row.content.includes(idCopy.subarray(0, 16))).toBe(false);
    expect(row.content.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(row.file_name_sealed.includes(Buffer.from('张三'))).toBe(false);
    const got = await download(`/returns/${returnNo}/attachments/${res.body.attachmentId}`).expect(200);
    expect(Buffer.compare(got.body as Buffer, idCopy)).toBe(0);
  });
});
