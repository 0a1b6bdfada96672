import { DataSource } from 'typeorm';
import { EscalationRecipients, escalationRecipients, LinePerson } from '@libs/domain/staff/reporting-line';
import type { StaffRole } from '@libs/domain/staff/staff';

/** The whole reporting line: the staff list is small, and a line may cross departments. */
export async function loadReportingLine(dataSource: DataSource): Promise<Map<string, LinePerson>> {
  const rows: Array<{ code: string; role: LinePerson['role']; status: LinePerson['status']; reports_to_code: string | null; delegate_code: string | null }> = await dataSource.query(
    `SELECT code, role, status, reports_to_code, delegate_code FROM staff_members`,
  );
  return new Map(rows.map((r) => [r.code, { code: r.code, role: r.role, status: r.status, reportsTo: r.reports_to_code, delegate: r.delegate_code }]));
}

export function createReportingLineActivities(dataSource: DataSource) {
  return {
    /** Escalations reach people: the named person up the owner's reporting line (and their delegate), else the role inbox. */
    async resolveEscalationRecipients(request: { owner: string | null; role: StaffRole }): Promise<EscalationRecipients> {
      return escalationRecipients(request.owner, request.role, await loadReportingLine(dataSource));
    },
  };
}
