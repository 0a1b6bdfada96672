import { createHmac } from 'node:crypto';
import { MAX_CLOCK_SKEW_SECONDS, sign, signedHeaders, verify } from './signature';

const SECRET = 'quality-secret-quality-secret-quality!';
const BODY = '{"requestId":"r-1","outcome":"completed"}';
const NOW = 1_764_000_000;

describe('department signatures', () => {
  it('accepts what it signed', () => {
    expect(verify(SECRET, BODY, String(NOW), sign(SECRET, NOW, BODY), NOW)).toEqual({ ok: true });
  });

  it('signs the timestamp and the raw body with HMAC-SHA256', () => {
    // Independent of the implementation: the documented construction, by hand.
    const expected = createHmac('sha256', SECRET).update(`${NOW}.${BODY}`).digest('hex');
    expect(sign(SECRET, NOW, BODY)).toBe(expected);
    expect(signedHeaders(SECRET, BODY, NOW)).toEqual({ 'X-Department-Timestamp': String(NOW), 'X-Department-Signature': expected });
  });

  it('accepts a Buffer body the same as a string', () => {
    expect(verify(SECRET, Buffer.from(BODY), String(NOW), sign(SECRET, NOW, BODY), NOW).ok).toBe(true);
  });

  it('accepts clocks apart by up to the allowed skew, either way', () => {
    for (const skew of [-MAX_CLOCK_SKEW_SECONDS, MAX_CLOCK_SKEW_SECONDS]) {
      expect(verify(SECRET, BODY, String(NOW + skew), sign(SECRET, NOW + skew, BODY), NOW).ok).toBe(true);
    }
  });

  it.each([
    ['no timestamp', undefined, sign(SECRET, NOW, BODY), BODY, 'missing signature'],
    ['no signature', String(NOW), undefined, BODY, 'missing signature'],
    ['a timestamp that is not a number', 'yesterday', sign(SECRET, NOW, BODY), BODY, 'malformed timestamp'],
    ['a timestamp too old', String(NOW - MAX_CLOCK_SKEW_SECONDS - 1), sign(SECRET, NOW - MAX_CLOCK_SKEW_SECONDS - 1, BODY), BODY, 'stale timestamp'],
    ['a timestamp too far ahead', String(NOW + MAX_CLOCK_SKEW_SECONDS + 1), sign(SECRET, NOW + MAX_CLOCK_SKEW_SECONDS + 1, BODY), BODY, 'stale timestamp'],
    ['another secret', String(NOW), sign('another-secret-another-secret-another', NOW, BODY), BODY, 'bad signature'],
    ['a changed body', String(NOW), sign(SECRET, NOW, BODY), BODY.replace('completed', 'failed'), 'bad signature'],
    ['a changed timestamp', String(NOW + 1), sign(SECRET, NOW, BODY), BODY, 'bad signature'],
    ['a truncated signature', String(NOW), sign(SECRET, NOW, BODY).slice(0, 40), BODY, 'bad signature'],
    ['a signature that is not hex', String(NOW), 'z'.repeat(64), BODY, 'bad signature'],
  ])('refuses %s', (_case, timestamp, signature, body, reason) => {
    expect(verify(SECRET, body, timestamp, signature, NOW)).toEqual({ ok: false, reason });
  });
});
