import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { SHORT_MESSAGE_MAX } from '@libs/domain/follow-ups/care-messages';

// Channel adapters deliver what the outbox holds. The outbox row carries a reference to the recipient
// (a customer number, a staff code, a department code), never the phone number or address: the adapter
// looks that up at delivery time, so a corrected file is used and no personal data sits in history.

export type DeliveryChannel = 'sms' | 'email';

export interface OutboxMessage {
  dedupeKey: string;
  recipient: string;
  subject: string;
  body: string;
}

export type Delivery = { delivered: true; via: string } | { delivered: false; reason: string };

/** Where recipients are reached; null when the file has no such contact. */
export interface ContactDirectory {
  phoneOf(recipient: string): Promise<string | null>;
  emailOf(recipient: string): Promise<string | null>;
}

/** Posts one message to the gateway; the dedupe key is its idempotency key, so a retried post sends once. */
export type GatewayPost = (path: '/sms' | '/email', body: Record<string, string>, idempotencyKey: string) => Promise<void>;

export interface ChannelAdapter {
  readonly channel: DeliveryChannel;
  deliver(message: OutboxMessage): Promise<Delivery>;
}

/** SMS to customers (and staff) by the phone in their file; texts are one segment (F-5: messages short). */
export class SmsAdapter implements ChannelAdapter {
  readonly channel = 'sms' as const;
  constructor(
    private readonly contacts: ContactDirectory,
    private readonly post: GatewayPost,
  ) {}

  async deliver(message: OutboxMessage): Promise<Delivery> {
    const phone = await this.contacts.phoneOf(message.recipient);
    if (!phone) return { delivered: false, reason: `no phone number on file for ${message.recipient}` };
    const text = message.body.length > SHORT_MESSAGE_MAX ? `${message.body.slice(0, SHORT_MESSAGE_MAX - 1)}…` : message.body;
    await this.post('/sms', { to: phone, text }, message.dedupeKey);
    return { delivered: true, via: 'sms-gateway' };
  }
}

/** E-mail to staff and departments (F-10: the department concerned is told in writing). */
export class EmailAdapter implements ChannelAdapter {
  readonly channel = 'email' as const;
  constructor(
    private readonly contacts: ContactDirectory,
    private readonly post: GatewayPost,
  ) {}

  async deliver(message: OutboxMessage): Promise<Delivery> {
    const address = await this.contacts.emailOf(message.recipient);
    if (!address) return { delivered: false, reason: `no e-mail address on file for ${message.recipient}` };
    await this.post('/email', { to: address, subject: message.subject, body: message.body }, message.dedupeKey);
    return { delivered: true, via: 'email-gateway' };
  }
}

/** Customers by number, staff by code, departments by code. */
export function databaseContacts(dataSource: DataSource): ContactDirectory {
  const first = async (sql: string, value: string): Promise<string | null> => {
    const rows: Array<{ contact: string | null }> = await dataSource.query(sql, [value]);
    return rows[0]?.contact?.trim() || null;
  };
  return {
    async phoneOf(recipient) {
      if (/^CU-/.test(recipient)) return first(`SELECT phone AS contact FROM customers WHERE customer_no = $1`, recipient);
      return first(`SELECT phone AS contact FROM staff_members WHERE code = $1`, recipient);
    },
    async emailOf(recipient) {
      const staff = await first(`SELECT email AS contact FROM staff_members WHERE code = $1`, recipient);
      return staff ?? first(`SELECT contact_email AS contact FROM departments WHERE code = $1`, recipient);
    },
  };
}

const GATEWAY_TIMEOUT_MS = 10_000;

/**
 * An HTTP gateway: 2xx is sent; 4xx is a refusal of this message (recorded, not retried); 5xx, network
 * errors and timeouts are retried by the activity.
 */
export function httpGateway(baseUrl: string): GatewayPost {
  return async (path, body, idempotencyKey) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl.replace(/\/$/, '')}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
    } catch (error) {
      throw ApplicationFailure.retryable(`the notification gateway is unreachable: ${(error as Error).message}`, 'NotificationGatewayUnavailable');
    }
    if (response.ok) return;
    const text = (await response.text()).slice(0, 200);
    if (response.status >= 400 && response.status < 500) throw new GatewayRefusal(`the notification gateway refused the message (${response.status}): ${text}`);
    throw ApplicationFailure.retryable(`the notification gateway failed (${response.status}): ${text}`, 'NotificationGatewayUnavailable');
  };
}

/** The gateway will not take this message whatever we do: noted on the outbox row, not retried. */
export class GatewayRefusal extends Error {}

/** The adapters of a configuration: none in development (no gateway), where the outbox is the delivery. */
export function channelAdapters(dataSource: DataSource, gatewayUrl: string | undefined): Partial<Record<string, ChannelAdapter>> {
  if (!gatewayUrl) return {};
  const contacts = databaseContacts(dataSource);
  const post = httpGateway(gatewayUrl);
  return { sms: new SmsAdapter(contacts, post), email: new EmailAdapter(contacts, post) };
}
