import { DataSource } from 'typeorm';
import type { CaseStateRecord } from '@libs/read-model/case-state-record';
import { EscalationRecipients, escalationRecipients } from '@libs/domain/staff/reporting-line';
import type { StaffRole } from '@libs/domain/staff/staff';
import type { Notification } from '../notifications/notify.activity';
import { loadReportingLine } from '../staff/reporting-line.activities';
import type { SlaBreachRecord } from './sla.activities';

/** A missed deadline and who must hear of it: the role up the case owner's reporting line (C-5, C-6). */
export interface EscalationRecord {
  breach: SlaBreachRecord;
  notice: {
    owner: string | null;
    role: StaffRole;
    caseNo: string;
    subject: string;
    body: string;
    /** Each recipient's notice is `<dedupeKeyPrefix>:<staff code or role>`, delivered once however often this runs. */
    dedupeKeyPrefix: string;
  };
  /** The case's state after the escalation, for the read model: written in the same call. */
  caseState?: CaseStateRecord;
}

/**
 * One call for an escalation: the people are resolved, the breach recorded, each person told and the
 * case's new state written, each write idempotent on its own key (the case row by its state version).
 * It was four local activities one after the other; when thousands of deadlines pass together, each
 * round trip through the worker is what they queue for.
 */
export function createEscalationActivities(
  dataSource: DataSource,
  recordSlaBreach: (breach: SlaBreachRecord) => Promise<void>,
  notify: (notification: Notification) => Promise<boolean>,
  recordCaseState: (record: CaseStateRecord) => Promise<boolean>,
) {
  return {
    async recordEscalation(record: EscalationRecord): Promise<EscalationRecipients> {
      const { notice } = record;
      const reach = escalationRecipients(notice.owner, notice.role, await loadReportingLine(dataSource));
      // Every write is waited for before a failure is reported: a case row the database refuses (a
      // non-retryable failure the workflow records on the case) leaves the breach and notices written.
      const writes = await Promise.allSettled([
        recordSlaBreach(record.breach),
        ...reach.recipients.map((recipient) =>
          notify({ dedupeKey: `${notice.dedupeKeyPrefix}:${recipient}`, channel: 'staff-inbox', recipient, subject: notice.subject, body: notice.body, caseNo: notice.caseNo }),
        ),
        ...(record.caseState ? [recordCaseState(record.caseState)] : []),
      ]);
      const failed = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected');
      if (failed) throw failed.reason;
      return reach;
    },
  };
}
