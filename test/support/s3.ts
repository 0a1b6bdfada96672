import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@libs/config';
import { objectPath } from '@libs/attachments/stores/s3-content-store';
import { amzDateOf, sha256Hex, signRequest } from '@libs/attachments/stores/sigv4';

/** The S3-compatible server (SeaweedFS) `npm test` starts, with the run's own access key and secret. */
export interface S3TestServer {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function requireS3TestServer(): S3TestServer {
  const { S3_TEST_ENDPOINT, S3_TEST_REGION, S3_TEST_ACCESS_KEY_ID, S3_TEST_SECRET_ACCESS_KEY } = process.env;
  if (!S3_TEST_ENDPOINT || !S3_TEST_REGION || !S3_TEST_ACCESS_KEY_ID || !S3_TEST_SECRET_ACCESS_KEY) {
    throw new Error('This suite needs the S3 test server that `npm test` starts; run it with `npm test -- <path>`.');
  }
  return { endpoint: S3_TEST_ENDPOINT, region: S3_TEST_REGION, accessKeyId: S3_TEST_ACCESS_KEY_ID, secretAccessKey: S3_TEST_SECRET_ACCESS_KEY };
}

/** The configuration that points the attachment store at `bucket` on the server. */
export function s3StoreConfig(server: S3TestServer, bucket: string): Partial<Record<keyof AppConfig, string>> {
  return {
    ATTACHMENT_STORE: 's3',
    S3_ENDPOINT: server.endpoint,
    S3_BUCKET: bucket,
    S3_REGION: server.region,
    S3_ACCESS_KEY_ID: server.accessKeyId,
    S3_SECRET_ACCESS_KEY: server.secretAccessKey,
  };
}

/**
 * Creates a bucket with a signed PUT Bucket, as an operator would, and writes one object into it: the
 * first write to a new bucket has SeaweedFS grow volumes for it (seconds), which belongs in set-up.
 */
export async function createBucket(server: S3TestServer, bucket: string): Promise<void> {
  const created = await s3Request(server, 'PUT', bucket);
  if (created.status !== 200) throw new Error(`PUT Bucket ${bucket} answered ${created.status}: ${created.body.toString('utf8')}`);
  const probe = await s3Request(server, 'PUT', bucket, 'set-up-probe', Buffer.from('probe'));
  if (probe.status !== 200) throw new Error(`the first object in ${bucket} was refused (${probe.status}): ${probe.body.toString('utf8')}`);
}

/** A bucket name of the suite's own (lower case, DNS-safe, as S3 wants it). */
export const uniqueBucket = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/**
 * A request signed with the server's credentials, straight to the server, as an operator's tool would
 * send it: `PUT /bucket` creates a bucket, `GET /bucket/key` reads an object as stored.
 */
export async function s3Request(server: S3TestServer, method: 'GET' | 'PUT' | 'HEAD', bucket: string, key?: string, body?: Buffer): Promise<{ status: number; body: Buffer }> {
  const base = new URL(server.endpoint);
  const path = key === undefined ? `/${bucket}` : objectPath('', bucket, key);
  const headers = signRequest(
    { method, host: base.host, path, headers: body ? { 'content-length': String(body.length) } : {}, payloadSha256: sha256Hex(body ?? ''), amzDate: amzDateOf(new Date()) },
    { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey, region: server.region, service: 's3' },
  );
  delete headers.host;
  const res = await fetch(`${base.origin}${path}`, { method, headers, body, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}
