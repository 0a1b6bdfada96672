import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApiReplica } from '../support/api-replica';
import { givenCustomer } from '../support/builders';
import { binary, jpegFile, pngFile, upload } from '../support/files';
import { freePort } from '../support/infrastructure';
import { createBucket, requireS3TestServer, s3Request, s3StoreConfig, uniqueBucket } from '../support/s3';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// The `s3` attachment store (L-2, C-14, R-5) against a real S3-compatible server that checks Signature
// Version 4 (SeaweedFS, started by `npm test` with a key and secret of the run): over HTTP, an upload
// is an object in the bucket, the download is the same bytes, an ID copy is sealed before it leaves
// the platform, and a store that refuses or cannot be reached is a prompt 503, never a hang or a 404.
describe('attachments in an S3-compatible object store (e2e)', () => {
  const server = requireS3TestServer();
  const bucket = uniqueBucket('attachments');
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let auth: string;
  let returnNo: string;
  const replicas: INestApplication[] = [];

  beforeAll(async () => {
    // Creating the bucket is the operator's job (the store never creates one): here, a signed PUT Bucket.
    await createBucket(server, bucket);
    stack = await startTestStack({ api: true, config: s3StoreConfig(server, bucket) });
    http = request(stack.api!.getHttpServer());
    auth = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    const customerNo = (await givenCustomer(stack.db)).customerNo;
    returnNo = (
      await http
        .post('/returns')
        .set('Authorization', auth)
        .send({ type: 'return_and_refund', source: 'tmall', customerNo, orderRef: 'SO-20261130-0042', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900, reason: 'not_as_described', description: 'Colour differs' })
        .expect(201)
    ).body.returnNo;
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await stack?.stop();
  });

  const post = (on: ReturnType<typeof request>, path: string) => on.post(path).set('Authorization', auth);
  const download = (on: ReturnType<typeof request>, path: string) => on.get(path).set('Authorization', auth).buffer(true).parse(binary);
  /** One more API on the suite's database with the store set otherwise (a misconfigured deploy). */
  async function apiWith(change: Record<string, string>): Promise<ReturnType<typeof request>> {
    const replica = await startApiReplica(stack, change);
    replicas.push(replica);
    return request(replica.getHttpServer());
  }
  const count = async () => (await stack.db.query(`SELECT count(*)::int AS n FROM attachments`))[0].n as number;

  it('C-14: an upload is an object in the bucket, named by the attachment id; the download is the same bytes', async () => {
    const photo = pngFile();
    const res = await upload(post(http, `/returns/${returnNo}/attachments`), 'damage_photo', photo, 'IMG_0042.png', 'image/png').expect(201);
    expect(res.body).toMatchObject({ kind: 'damage_photo', sizeBytes: photo.length, encrypted: false, created: true });
    const id: string = res.body.attachmentId;

    const [row]: Array<{ store: string; storage_key: string }> = await stack.db.query(`SELECT store, storage_key FROM attachments WHERE id = $1`, [id]);
    expect(row).toEqual({ store: 's3', storage_key: id });
    // Nothing of it in PostgreSQL's own content table: the bytes are in the object store only.
    expect(await stack.db.query(`SELECT 1 FROM attachment_contents WHERE attachment_id = $1`, [id])).toEqual([]);
    const object = await s3Request(server, 'GET', bucket, id);
    expect(object.status).toBe(200);
    expect(object.body.equals(photo)).toBe(true);

    const got = await download(http, `/returns/${returnNo}/attachments/${id}`).expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.body as Buffer, photo)).toBe(0);
  });

  it("L-2: the sender's ID copy is sealed before it reaches the bucket: the object is not the clear bytes; the download is", async () => {
    const idCopy = jpegFile();
    const res = await upload(post(http, `/returns/${returnNo}/attachments`), 'sender_id_copy', idCopy, '张三身份证.jpg', 'image/jpeg').expect(201);
    expect(res.body).toMatchObject({ kind: 'sender_id_copy', encrypted: true, fileName: '张三身份证.jpg' });
    const object = await s3Request(server, 'GET', bucket, res.body.attachmentId);
    expect(object.status).toBe(200);
    expect(object.body.length).toBeGreaterThan(0);
    expect(object.body.equals(idCopy)).toBe(false);
    expect(object.body.includes(idCopy.subarray(0, 16))).toBe(false);
    expect(object.body.includes(idCopy.subarray(-16))).toBe(false);
    expect(object.body.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(object.body.includes(Buffer.from('张三'))).toBe(false);
    const got = await download(http, `/returns/${returnNo}/attachments/${res.body.attachmentId}`).expect(200);
    expect(Buffer.compare(got.body as Buffer, idCopy)).toBe(0);
  });

  it('a wrong secret key is refused by the server (signature check) and answered 503 at once; nothing is recorded, nothing is read', async () => {
    const stored = await upload(post(http, `/returns/${returnNo}/attachments`), 'waybill_copy', pngFile(), 'w.png', 'image/png').expect(201);
    const wrongSecret = await apiWith({ S3_SECRET_ACCESS_KEY: `${server.secretAccessKey.slice(0, -4)}XXXX` });
    const before = await count();
    const started = Date.now();
    const refused = await upload(post(wrongSecret, `/returns/${returnNo}/attachments`), 'other', pngFile(), 'o.png', 'image/png').expect(503);
    expect(refused.body).toMatchObject({ statusCode: 503, code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringContaining('SignatureDoesNotMatch') });
    expect(refused.body.message).not.toContain(server.secretAccessKey);
    expect(await count()).toBe(before);
    // A stored attachment is not "gone" because the store refused to read it: 503, not 404.
    const unread = await download(wrongSecret, `/returns/${returnNo}/attachments/${stored.body.attachmentId}`).expect(503);
    expect(JSON.parse((unread.body as Buffer).toString('utf8'))).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringContaining('SignatureDoesNotMatch') });
    expect(Date.now() - started).toBeLessThan(10_000);

    // An access key the server does not know is refused the same way.
    const unknownKey = await apiWith({ S3_ACCESS_KEY_ID: 'ASUNKNOWNKEY0000' });
    const unknown = await upload(post(unknownKey, `/returns/${returnNo}/attachments`), 'other', pngFile(), 'o.png', 'image/png').expect(503);
    expect(unknown.body).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringMatching(/refused PUT: \w+ \(403\)/) });
    expect(await count()).toBe(before);
  });

  it('a bucket nobody created is the store set up wrong (503), not an attachment gone (404); a missing object is 404', async () => {
    const noBucket = await apiWith({ S3_BUCKET: uniqueBucket('missing') });
    const before = await count();
    const refused = await upload(post(noBucket, `/returns/${returnNo}/attachments`), 'other', pngFile(), 'o.png', 'image/png').expect(503);
    expect(refused.body).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringContaining('NoSuchBucket') });
    expect(await count()).toBe(before);
    const stored = await upload(post(http, `/returns/${returnNo}/attachments`), 'return_detail_sheet', pngFile(), 'r.png', 'image/png').expect(201);
    await download(noBucket, `/returns/${returnNo}/attachments/${stored.body.attachmentId}`).expect(503);

    // Another bucket, without this object: the attachment's bytes are gone.
    const empty = uniqueBucket('empty');
    expect((await s3Request(server, 'PUT', empty)).status).toBe(200);
    const emptyBucket = await apiWith({ S3_BUCKET: empty });
    const gone = await download(emptyBucket, `/returns/${returnNo}/attachments/${stored.body.attachmentId}`).expect(404);
    expect(JSON.parse((gone.body as Buffer).toString('utf8'))).toMatchObject({ statusCode: 404, field: 'attachmentId' });
  });

  it('an object store that cannot be reached is a prompt 503 naming the store', async () => {
    const nobody = await apiWith({ S3_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    const before = await count();
    const started = Date.now();
    const refused = await upload(post(nobody, `/returns/${returnNo}/attachments`), 'other', pngFile(), 'o.png', 'image/png').expect(503);
    expect(refused.body).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringContaining('attachment store (S3) cannot be reached') });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await count()).toBe(before);
  });
});
