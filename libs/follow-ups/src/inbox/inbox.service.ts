import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Acting } from '@libs/audit';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { InboxListDto, InboxMessageDto, InboxQuery } from './inbox.dto';

interface Row {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  case_no: string | null;
  created_at: Date;
  read_at: Date | null;
}

// A person's inbox: the staff-inbox messages of the outbox addressed to them or to their role's
// inbox, with read/unread kept per person (staff_inbox_reads).
const MINE = `n.channel = 'staff-inbox' AND n.recipient = ANY($1::text[])`;
const READ_JOIN = `LEFT JOIN staff_inbox_reads r ON r.notification_id = n.id AND r.staff_code = $2`;

@Injectable()
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(acting: Acting, query: InboxQuery): Promise<InboxListDto> {
    const { principal } = acting;
    const rows: Array<Row & { total: string; unread_total: string }> = await this.dataSource.query(
      `SELECT n.id, n.recipient, n.subject, n.body, n.case_no, n.created_at, r.read_at, count(*) OVER () AS total,
              (SELECT count(*) FROM notification_outbox n ${READ_JOIN} WHERE ${MINE} AND r.read_at IS NULL) AS unread_total
         FROM notification_outbox n ${READ_JOIN}
        WHERE ${MINE} AND ($3::boolean IS NULL OR (r.read_at IS NULL) = $3)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $4 OFFSET $5`,
      [recipientsOf(acting), principal.actor, query.unread ?? null, query.limit, query.offset],
    );
    const unread = rows.length > 0 ? Number(rows[0].unread_total) : await this.unreadCount(acting);
    return { items: rows.map(messageOf), total: Number(rows[0]?.total ?? 0), unread };
  }

  /** Marks one of the caller's messages read (again: no change); 404 for a message not in their inbox. */
  async markRead(acting: Acting, id: string): Promise<InboxMessageDto> {
    await this.ensureMine(acting, id);
    await this.dataSource.query(`INSERT INTO staff_inbox_reads (notification_id, staff_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, acting.principal.actor]);
    return this.message(acting, id);
  }

  /** Marks one of the caller's messages unread again (for them only). */
  async markUnread(acting: Acting, id: string): Promise<InboxMessageDto> {
    await this.ensureMine(acting, id);
    await this.dataSource.query(`DELETE FROM staff_inbox_reads WHERE notification_id = $1 AND staff_code = $2`, [id, acting.principal.actor]);
    return this.message(acting, id);
  }

  private async ensureMine(acting: Acting, id: string): Promise<void> {
    if (!/^\d{1,18}$/.test(id)) throw new DomainError(DomainErrorCode.Validation, 'id must be a message number like 42', 'id');
    const [row]: Row[] = await this.dataSource.query(`SELECT n.id FROM notification_outbox n WHERE n.id = $2 AND ${MINE}`, [recipientsOf(acting), id]);
    if (!row) throw new DomainError(DomainErrorCode.NotFound, `message ${id} is not in your inbox`, 'id');
  }

  private async message(acting: Acting, id: string): Promise<InboxMessageDto> {
    const [message]: Row[] = await this.dataSource.query(
      `SELECT n.id, n.recipient, n.subject, n.body, n.case_no, n.created_at, r.read_at FROM notification_outbox n ${READ_JOIN} WHERE n.id = $3 AND ${MINE}`,
      [recipientsOf(acting), acting.principal.actor, id],
    );
    return messageOf(message);
  }

  private async unreadCount(acting: Acting): Promise<number> {
    const [{ unread }]: Array<{ unread: string }> = await this.dataSource.query(
      `SELECT count(*) AS unread FROM notification_outbox n ${READ_JOIN} WHERE ${MINE} AND r.read_at IS NULL`,
      [recipientsOf(acting), acting.principal.actor],
    );
    return Number(unread);
  }
}

/** The person's own code and their role's inbox. */
function recipientsOf(acting: Acting): string[] {
  return [acting.principal.actor, acting.principal.role];
}

function messageOf(r: Row): InboxMessageDto {
  return { id: Number(r.id), recipient: r.recipient, subject: r.subject, body: r.body, caseNo: r.case_no, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null };
}
