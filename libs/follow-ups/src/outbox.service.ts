import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxListDto, OutboxQuery } from './dto/outbox.dto';

/** The notification outbox, newest first: in development, what would have been sent (F-6, F-7, F-8, F-10, escalations). */
@Injectable()
export class OutboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: OutboxQuery): Promise<OutboxListDto> {
    const rows: Array<{ id: string; channel: string; recipient: string; subject: string; body: string; case_no: string | null; created_at: Date; sent_at: Date | null; delivered_via: string | null; last_error: string | null; total: string }> =
      await this.dataSource.query(
        `SELECT id, channel, recipient, subject, body, case_no, created_at, sent_at, delivered_via, last_error, count(*) OVER () AS total
           FROM notification_outbox
          WHERE ($1::text IS NULL OR channel = $1) AND ($2::text IS NULL OR recipient = $2) AND ($3::text IS NULL OR case_no = $3)
          ORDER BY created_at DESC, id DESC
          LIMIT $4 OFFSET $5`,
        [query.channel ?? null, query.recipient ?? null, query.caseNo ?? null, query.limit, query.offset],
      );
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        channel: r.channel,
        recipient: r.recipient,
        subject: r.subject,
        body: r.body,
        caseNo: r.case_no,
        createdAt: r.created_at.toISOString(),
        sentAt: r.sent_at?.toISOString() ?? null,
        deliveredVia: r.delivered_via,
        lastError: r.last_error,
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }
}
