import { DataSource } from 'typeorm';

export interface Notification {
  /** Makes a retried activity deliver once, e.g. `complaint-CP-...:escalation_2`. */
  dedupeKey: string;
  channel: 'staff-inbox' | 'sms' | 'email';
  /** A role (`supervisor`), a staff code or, for customers, a customer number; never a phone number. */
  recipient: string;
  subject: string;
  body: string;
  caseNo?: string;
}

export function createNotificationActivities(dataSource: DataSource) {
  return {
    /** Queues a message in the outbox; channel adapters deliver it. Returns false for a duplicate. */
    async notify(notification: Notification): Promise<boolean> {
      const rows: unknown[] = await dataSource.query(
        `INSERT INTO notification_outbox (dedupe_key, channel, recipient, subject, body, case_no) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [notification.dedupeKey, notification.channel, notification.recipient, notification.subject, notification.body, notification.caseNo ?? null],
      );
      return rows.length > 0;
    },
  };
}
