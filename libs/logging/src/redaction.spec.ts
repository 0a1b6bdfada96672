import { pathOnly, redactLogFields, redactLogObject, redactText } from './redaction';

describe('log redaction', () => {
  it.each([
    ['a search URL', 'GET /customers?phone=13800000001&name=%E5%BC%A0 failed', 'GET /customers?[redacted] failed'],
    ['a full URL', 'calling http://sim:3100/quality/requests?customer=张伟', 'calling http://sim:3100/quality/requests?[redacted]'],
    ['a mobile number in a department error', 'quality rejected: 张伟 13800000001 unreachable', 'quality rejected: 张伟 [phone] unreachable'],
    ['a mobile number with +86', 'call +86 13912345678 now', 'call [phone] now'],
    ['a landline', 'office 0571-88886666', 'office [phone]'],
    ['a bearer token', 'Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [redacted]'],
    ['a JWT', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJBRy0wMDEifQ.sig-nature_x', 'token [token]'],
    ['an API key', 'key ask_abc123_ZXhhbXBsZS1zZWNyZXQ-x', 'key [api-key]'],
  ])('masks %s', (_case, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    ['a case number', 'complaint-CP-20261124-0001 assigned'],
    ['a request id', 'request 3f1c1e2a-9a43-4d55-9a57-2f1c6a0b9d10'],
    ['a port and a duration', 'listening on 127.0.0.1:3000 after 1234 ms'],
  ])('keeps %s', (_case, text) => {
    expect(redactText(text)).toBe(text);
  });

  it('drops personal and secret fields by name and keeps an error readable without its parameters', () => {
    const sqlError = Object.assign(new Error('duplicate key value violates unique constraint "customers_phone"'), {
      code: '23505',
      parameters: ['张伟', '13800000001'],
      detail: 'Key (phone)=(13800000001) already exists.',
    });
    const entry = redactLogFields({ err: sqlError, taskToken: 'CiQ0ZjE=', meta: { phone: '13800000001', attempt: 2 }, msg: 'x', req: { url: '/a?b' } }, ['req']);
    expect(entry.taskToken).toBe('[redacted]');
    expect(entry.meta).toEqual({ phone: '[redacted]', attempt: 2 });
    expect(entry.req).toEqual({ url: '/a?b' });
    expect(entry.err).toMatchObject({ type: 'Error', code: '23505', message: sqlError.message });
    expect(JSON.stringify(entry)).not.toContain('13800000001');
    expect(JSON.stringify(redactLogObject([{ name: '张伟' }]))).not.toContain('张伟');
    expect(pathOnly('/customers?phone=1')).toBe('/customers');
  });
});
