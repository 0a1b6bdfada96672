import { roleRank } from './hierarchy';
import type { StaffRole, StaffStatus } from './staff';

/** One person on the reporting line: whom they report to, and who takes over while they are absent. */
export interface LinePerson {
  code: string;
  role: StaffRole;
  status: StaffStatus;
  reportsTo: string | null;
  delegate: string | null;
}

/** Whom an escalation reaches: named people, or the role inbox when nobody is named. */
export interface EscalationRecipients {
  recipients: string[];
  named: boolean;
}

/**
 * Escalations reach people, not role inboxes: from the case's owner up the reporting line to the first
 * person whose role is at least the one the step names (a supervisor one level up from an agent, a
 * manager above that supervisor). An absent person is told together with their delegate; with no
 * delegate, the role inbox is told too so that somebody at work sees it. Nobody named (no owner, no
 * line, a broken or circular line, or a person who left): the role inbox alone.
 */
export function escalationRecipients(owner: string | null, role: StaffRole, people: ReadonlyMap<string, LinePerson>): EscalationRecipients {
  const inbox = { recipients: [role as string], named: false };
  const seen = new Set<string>();
  let current = owner ? people.get(owner) : undefined;
  while (current && !seen.has(current.code)) {
    seen.add(current.code);
    const above = current.reportsTo ? people.get(current.reportsTo) : undefined;
    if (!above || above.status === 'departed') return inbox;
    if (roleRank(above.role) >= roleRank(role)) return reach(above, role, people);
    current = above;
  }
  return inbox;
}

function reach(person: LinePerson, role: StaffRole, people: ReadonlyMap<string, LinePerson>): EscalationRecipients {
  if (person.status === 'active') return { recipients: [person.code], named: true };
  const delegate = person.delegate ? people.get(person.delegate) : undefined;
  if (delegate?.status === 'active') return { recipients: [person.code, delegate.code], named: true };
  return { recipients: [person.code, role], named: true };
}
