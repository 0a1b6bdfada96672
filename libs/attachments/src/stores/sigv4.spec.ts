import { amzDateOf, sha256Hex, signRequest } from './sigv4';

describe('SigV4 signing of S3 requests', () => {
  // The "GET Object" example of the AWS Signature Version 4 documentation for S3.
  it('gives the documented signature', () => {
    const headers = signRequest(
      { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', headers: { range: 'bytes=0-9' }, payloadSha256: sha256Hex(''), amzDate: '20130524T000000Z' },
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' },
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('formats the date as the signature wants it', () => {
    expect(amzDateOf(new Date('2026-11-30T11:22:33.456Z'))).toBe('20261130T112233Z');
  });
});
