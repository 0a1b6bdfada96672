import { createHmac, timingSafeEqual } from 'node:crypto';

/** Messages older or newer than this are refused, so that a captured message cannot be replayed later. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing signature' | 'malformed timestamp' | 'stale timestamp' | 'bad signature' };

/** Hex HMAC-SHA256 over `${timestamp}.${rawBody}`. */
export function sign(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Headers for a message signed now. */
export function signedHeaders(secret: string, rawBody: string, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'X-Department-Timestamp': String(nowSeconds), 'X-Department-Signature': sign(secret, nowSeconds, rawBody) };
}

/** Checks a signature in constant time; never says which byte differed. */
export function verify(
  secret: string,
  rawBody: string | Buffer,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  if (!timestampHeader || !signatureHeader) return { ok: false, reason: 'missing signature' };
  if (!/^\d{1,12}$/.test(timestampHeader)) return { ok: false, reason: 'malformed timestamp' };
  const timestamp = Number(timestampHeader);
  if (Math.abs(nowSeconds - timestamp) > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const expected = Buffer.from(sign(secret, timestamp, rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signatureHeader) ? Buffer.from(signatureHeader, 'hex') : Buffer.alloc(0);
  // timingSafeEqual needs equal lengths; a wrong length is a bad signature without comparing.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
  return { ok: true };
}
