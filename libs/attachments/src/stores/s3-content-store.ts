import { amzDateOf, sha256Hex, signRequest, SigningCredentials } from './sigv4';
import { ContentStore, MissingContentError } from './content-store';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * An S3-compatible object store (MinIO, S3, OSS/COS in S3 mode) with path-style PUT and GET signed
 * with Signature Version 4: the two calls the platform needs, without the AWS SDK.
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
    if (!response.ok) throw new Error(`object store refused PUT (${response.status})`);
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.send('GET', key);
    if (response.status === 404) throw new MissingContentError(key);
    if (!response.ok) throw new Error(`object store refused GET (${response.status})`);
    return Buffer.from(await response.arrayBuffer());
  }

  private send(method: 'GET' | 'PUT', key: string, body?: Buffer): Promise<Response> {
    const path = `${this.base.pathname.replace(/\/$/, '')}/${encodeURIComponent(this.settings.bucket)}/${encodeURIComponent(key)}`;
    const headers = signRequest(
      { method, host: this.base.host, path, headers: body ? { 'content-length': String(body.length) } : {}, payloadSha256: sha256Hex(body ?? ''), amzDate: amzDateOf(new Date()) },
      this.credentials,
    );
    delete headers.host;
    return fetch(new URL(path, this.base), { method, headers, body, signal: AbortSignal.timeout(30_000) });
  }
}
