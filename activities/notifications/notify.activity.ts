import { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { ChannelAdapter, channelAdapters, GatewayRefusal } from './channels';

export interface Notification {
  /** Makes a retried activity deliver once, e.g. `complaint-CP-...:escalation_2`. */
  dedupeKey: string;
  /** `letter`: a written letter (F-8), printed and posted from the outbox. */
  channel: 'staff-inbox' | 'sms' | 'email' | 'letter';
  /** A role (`supervisor`), a staff code or, for customers, a customer number; never a phone number. */
  recipient: string;
  subject: string;
  body: string;
  caseNo?: string;
}

/**
 * What became of a queued message: handed to its gateway, sent before, kept in the outbox (no gateway
 * for its channel: development, or the staff inbox), refused by the gateway (noted on the row), or not
 * (yet) in the outbox.
 */
export type QueuedMessageDelivery = 'sent' | 'already_sent' | 'kept_in_outbox' | 'refused' | 'not_queued';

/**
 * Notifications go through the outbox; SMS and e-mail are then delivered by their channel adapter when
 * a gateway is configured. Without one (development) the outbox is the delivery: `GET /outbox` lists it.
 */
export function createNotificationActivities(dataSource: DataSource, config?: Pick<AppConfig, 'NOTIFICATION_GATEWAY_URL'>, adapters: Partial<Record<string, ChannelAdapter>> = channelAdapters(dataSource, config?.NOTIFICATION_GATEWAY_URL)) {
  async function deliver(notification: Notification): Promise<QueuedMessageDelivery> {
    const adapter = adapters[notification.channel];
    if (!adapter) return 'kept_in_outbox';
    const [row]: Array<{ sent_at: Date | null }> = await dataSource.query(`SELECT sent_at FROM notification_outbox WHERE dedupe_key = $1`, [notification.dedupeKey]);
    if (!row) return 'not_queued';
    if (row.sent_at) return 'already_sent';
    await dataSource.query(`UPDATE notification_outbox SET delivery_attempts = delivery_attempts + 1 WHERE dedupe_key = $1`, [notification.dedupeKey]);
    let outcome;
    try {
      outcome = await adapter.deliver(notification);
    } catch (error) {
      if (!(error instanceof GatewayRefusal)) throw error;
      outcome = { delivered: false as const, reason: error.message };
    }
    if (outcome.delivered) {
      await dataSource.query(`UPDATE notification_outbox SET sent_at = now(), delivered_via = $2, last_error = NULL WHERE dedupe_key = $1`, [notification.dedupeKey, outcome.via]);
      return 'sent';
    }
    await dataSource.query(`UPDATE notification_outbox SET last_error = $2 WHERE dedupe_key = $1`, [notification.dedupeKey, outcome.reason]);
    return 'refused';
  }

  async function notify(notification: Notification): Promise<boolean> {
    const rows: unknown[] = await dataSource.query(
      `INSERT INTO notification_outbox (dedupe_key, channel, recipient, subject, body, case_no) VALUES ($1,$2,$3,$4,$5,$6)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [notification.dedupeKey, notification.channel, notification.recipient, notification.subject, notification.body, notification.caseNo ?? null],
    );
    // A retry after a failed delivery finds the row and delivers it now.
    await deliver(notification);
    return rows.length > 0;
  }

  return {
    /** Queues a message in the outbox and delivers it by its channel. Returns false for a duplicate. */
    notify,

    /**
     * Delivers a message the API queued in the outbox in its own transaction (L-4: the parts-shipment
     * SMS), found by its dedupe key: the workflow carries the key only, never the text or the recipient.
     */
    async deliverQueuedMessage(dedupeKey: string): Promise<QueuedMessageDelivery> {
      const [row]: Array<{ channel: Notification['channel']; recipient: string; subject: string; body: string; case_no: string | null }> = await dataSource.query(
        `SELECT channel, recipient, subject, body, case_no FROM notification_outbox WHERE dedupe_key = $1`,
        [dedupeKey],
      );
      if (!row) return 'not_queued';
      return deliver({ dedupeKey, channel: row.channel, recipient: row.recipient, subject: row.subject, body: row.body, caseNo: row.case_no ?? undefined });
    },

    /** F-6, F-7: many messages of a run, each queued and delivered once. Returns how many were new. */
    async notifyBatch(notifications: Notification[]): Promise<number> {
      let queued = 0;
      for (const notification of notifications) if (await notify(notification)) queued += 1;
      return queued;
    },
  };
}
