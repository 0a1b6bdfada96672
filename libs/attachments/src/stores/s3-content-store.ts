import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { amzDateOf, sha256Hex, signRequest, SigningCredentials } from './sigv4';
import { ContentStore, MissingContentError } from './content-store';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** How long one request may take before the store counts as unavailable (default 30 s). */
  timeoutMs?: number;
}

/**
 * The URI path of an object in path-style addressing, encoded as Signature Version 4 wants it: every
 * byte but the unreserved ones (A-Z a-z 0-9 - . _ ~) percent-encoded, the slashes between segments
 * kept. `encodeURIComponent` alone leaves `!'()*` as they are and turns `/` into `%2F`, which the
 * server then signs differently.
 */
export function objectPath(endpointPath: string, bucket: string, key: string): string {
  const encode = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${endpointPath.replace(/\/+$/, '')}/${encode(bucket)}/${key.split('/').map(encode).join('/')}`;
}

/**
 * An S3-compatible object store (S3, SeaweedFS, OSS/COS in S3 mode, …) with path-style PUT and GET
 * signed with Signature Version 4: the two calls the platform needs, without the AWS SDK. The bucket
 * is the operator's to create (with its retention and access policy); a missing bucket, refused
 * credentials or an unreachable server are a dependency being unavailable (503), never a hang: each
 * request has a deadline.
 */
export class S3ContentStore implements ContentStore {
  readonly name = 's3' as const;
  private readonly base: URL;
  private readonly credentials: SigningCredentials;

  constructor(private readonly settings: S3Settings) {
    this.base = new URL(settings.endpoint);
    this.credentials = { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, region: settings.region, service: 's3' };
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const response = await this.send('PUT', key, bytes);
    if (!response.ok) throw await refusal('PUT', response);
    await response.arrayBuffer();
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.send('GET', key);
    if (response.ok) return Buffer.from(await response.arrayBuffer());
    const error = await refusal('GET', response);
    // NoSuchKey: this object is gone. NoSuchBucket (also a 404) is the store being set up wrong.
    if (response.status === 404 && error.s3Code !== 'NoSuchBucket') throw new MissingContentError(key);
    throw error;
  }

  private async send(method: 'GET' | 'PUT', key: string, body?: Buffer): Promise<Response> {
    const path = objectPath(this.base.pathname, this.settings.bucket, key);
    const headers = signRequest(
      {
        method,
        host: this.base.host,
        path,
        headers: body ? { 'content-length': String(body.length), 'content-type': 'application/octet-stream' } : {},
        payloadSha256: sha256Hex(body ?? ''),
        amzDate: amzDateOf(new Date()),
      },
      this.credentials,
    );
    // fetch sets Host itself, from the same URL, so it is the signed one.
    delete headers.host;
    const url = `${this.base.origin}${path}`;
    try {
      return await fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.settings.timeoutMs ?? 30_000) });
    } catch (error) {
      const cause = (error as Error & { cause?: Error & { code?: string } }).cause;
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${Math.round((this.settings.timeoutMs ?? 30_000) / 1000)} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new ObjectStoreError(`the attachment store (S3) cannot be reached for ${method}: ${reason}`);
    }
  }
}

/** The object store refused or could not be reached: 503 over HTTP, retried inside activities. */
export class ObjectStoreError extends DomainError {
  constructor(
    message: string,
    /** The S3 error code of the answer (`SignatureDoesNotMatch`, `NoSuchBucket`, …), when there was one. */
    readonly s3Code?: string,
  ) {
    super(DomainErrorCode.Unavailable, message);
    this.name = 'ObjectStoreError';
  }
}

/** The error for a refused request, naming S3's error code (the body is XML; a HEAD-less GET has one). */
async function refusal(method: string, response: Response): Promise<ObjectStoreError> {
  const text = await response.text().catch(() => '');
  const s3Code = /<Code>([^<]{1,64})<\/Code>/.exec(text)?.[1];
  return new ObjectStoreError(`the attachment store (S3) refused ${method}: ${s3Code ?? 'no error code'} (${response.status})`, s3Code);
}
