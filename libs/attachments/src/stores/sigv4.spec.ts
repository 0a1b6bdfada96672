import { amzDateOf, sha256Hex, signRequest } from './sigv4';
import { objectPath } from './s3-content-store';

describe('SigV4 signing of S3 requests', () => {
  const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' };

  // The "GET Object" example of the AWS Signature Version 4 documentation for S3.
  it('gives the documented signature', () => {
    const headers = signRequest(
      { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', headers: { range: 'bytes=0-9' }, payloadSha256: sha256Hex(''), amzDate: '20130524T000000Z' },
      credentials,
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  // The "PUT Object" example of the same documentation: a key with a character to encode, a body.
  it('gives the documented signature of a PUT whose key is percent-encoded', () => {
    const body = Buffer.from('Welcome to Amazon S3.');
    expect(sha256Hex(body)).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const headers = signRequest(
      {
        method: 'PUT',
        host: 'examplebucket.s3.amazonaws.com',
        path: objectPath('/', 'examplebucket', 'test$file.text').replace('/examplebucket', ''),
        headers: { date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
        payloadSha256: sha256Hex(body),
        amzDate: '20130524T000000Z',
      },
      credentials,
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd',
    );
  });

  it('encodes an object path as the signature wants it: every reserved byte, slashes between segments kept', () => {
    expect(objectPath('', 'attachments', '0b8e7c9a-1f2d-4e3b-9a8c-7d6e5f4a3b2c')).toBe('/attachments/0b8e7c9a-1f2d-4e3b-9a8c-7d6e5f4a3b2c');
    expect(objectPath('/storage/', 'b', "a b/c!'()*$+,;=&?#%~._-/附件")).toBe('/storage/b/a%20b/c%21%27%28%29%2A%24%2B%2C%3B%3D%26%3F%23%25~._-/%E9%99%84%E4%BB%B6');
  });

  it('formats the date as the signature wants it', () => {
    expect(amzDateOf(new Date('2026-11-30T11:22:33.456Z'))).toBe('20261130T112233Z');
  });
});
