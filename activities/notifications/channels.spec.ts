import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationFailure } from '@temporalio/common';
import { ContactDirectory, EmailAdapter, GatewayPost, GatewayRefusal, httpGateway, SmsAdapter } from './channels';

const contacts: ContactDirectory = {
  phoneOf: async (r) => (r === 'CU-000001' ? '13800000001' : null),
  emailOf: async (r) => (r === 'quality' ? 'quality@example.com' : null),
};

function recordingPost(): GatewayPost & { sent: Array<[string, Record<string, string>, string]> } {
  const sent: Array<[string, Record<string, string>, string]> = [];
  const post = (async (path, body, key) => {
    sent.push([path, body, key]);
  }) as GatewayPost & { sent: typeof sent };
  post.sent = sent;
  return post;
}

describe('channel adapters', () => {
  it('sends an SMS to the phone in the customer file, keyed by the dedupe key', async () => {
    const post = recordingPost();
    const result = await new SmsAdapter(contacts, post).deliver({ dedupeKey: 'care:birthday:CU-000001:2026', recipient: 'CU-000001', subject: '生日祝福', body: '生日快乐' });
    expect(result).toEqual({ delivered: true, via: 'sms-gateway' });
    expect(post.sent).toEqual([['/sms', { to: '13800000001', text: '生日快乐' }, 'care:birthday:CU-000001:2026']]);
  });

  it('keeps an SMS to one segment (F-5: messages short)', async () => {
    const post = recordingPost();
    await new SmsAdapter(contacts, post).deliver({ dedupeKey: 'k', recipient: 'CU-000001', subject: 's', body: '长'.repeat(100) });
    expect(post.sent[0][1].text).toHaveLength(70);
  });

  it('reports a recipient without a phone or e-mail instead of failing', async () => {
    const post = recordingPost();
    expect(await new SmsAdapter(contacts, post).deliver({ dedupeKey: 'k', recipient: 'CU-000009', subject: 's', body: 'b' })).toEqual({ delivered: false, reason: 'no phone number on file for CU-000009' });
    expect(await new EmailAdapter(contacts, post).deliver({ dedupeKey: 'k', recipient: 'finance', subject: 's', body: 'b' })).toEqual({ delivered: false, reason: 'no e-mail address on file for finance' });
    expect(post.sent).toEqual([]);
  });

  it('e-mails the department concerned (F-10)', async () => {
    const post = recordingPost();
    await new EmailAdapter(contacts, post).deliver({ dedupeKey: 'k', recipient: 'quality', subject: 'Complaint', body: 'From a follow-up' });
    expect(post.sent).toEqual([['/email', { to: 'quality@example.com', subject: 'Complaint', body: 'From a follow-up' }, 'k']]);
  });
});

describe('the HTTP gateway', () => {
  let server: Server;
  let url: string;
  let status = 202;
  const received: Array<{ path: string; key: string | undefined; body: unknown }> = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        received.push({ path: req.url!, key: req.headers['idempotency-key'] as string, body: JSON.parse(raw) });
        res.statusCode = status;
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('posts with the idempotency key', async () => {
    status = 202;
    await httpGateway(`${url}/`)('/sms', { to: '1', text: 't' }, 'key-1');
    expect(received.at(-1)).toEqual({ path: '/sms', key: 'key-1', body: { to: '1', text: 't' } });
  });

  it('turns a 4xx into a refusal (noted, not retried) and a 5xx into a retryable failure', async () => {
    status = 422;
    await expect(httpGateway(url)('/sms', { to: '1', text: 't' }, 'key-2')).rejects.toBeInstanceOf(GatewayRefusal);
    status = 503;
    const failure = await httpGateway(url)('/email', { to: 'a', subject: 's', body: 'b' }, 'key-3').catch((e) => e);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).nonRetryable).toBe(false);
  });

  it('treats an unreachable gateway as retryable', async () => {
    const failure = await httpGateway('http://127.0.0.1:1')('/sms', { to: '1', text: 't' }, 'k').catch((e) => e);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).type).toBe('NotificationGatewayUnavailable');
  });
});
