import type { ComplaintCategory, ComplaintSeverity } from '../complaints/complaint-category';
import type { CustomerTier } from '../customers/customer-tier';

export type SlaCalendarKind = '24x7' | 'cn-working-hours';

/** A complaint SLA policy as the workflow keeps it: a snapshot, so later edits never change a running case. */
export interface SlaPolicy {
  code: string;
  version: number;
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  customerTier: CustomerTier | null;
  calendar: SlaCalendarKind;
  timeZone: string;
  /**
   * The version of the business calendar `calendar` names, fixed when the case starts so that a later
   * import never moves its deadlines; absent for 24x7 and in snapshots taken before calendars were
   * data (those count on version 1, the package data they started with).
   */
  calendarVersion?: number;
  firstContactSeconds: number;
  resolutionSeconds: number;
  supervisorReportSeconds: number;
  escalationStepsSeconds: number[];
  /** C-8: delay from resolution to the satisfaction call; absent in snapshots taken before it existed. */
  satisfactionCallSeconds?: number;
  active: boolean;
}

export interface SlaNeed {
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  customerTier: CustomerTier;
}

/**
 * The policy for a complaint: active, latest version of its code, selectors matching (null = any);
 * the most specific wins, and among equally specific ones the stricter (where the documents differ,
 * the stricter rule is the default).
 */
export function selectSlaPolicy(policies: readonly SlaPolicy[], need: SlaNeed): SlaPolicy | undefined {
  const latest = new Map<string, SlaPolicy>();
  for (const p of policies) {
    if ((latest.get(p.code)?.version ?? 0) < p.version) latest.set(p.code, p);
  }
  const matching = [...latest.values()].filter(
    (p) =>
      p.active &&
      (p.category === null || p.category === need.category) &&
      (p.severity === null || p.severity === need.severity) &&
      (p.customerTier === null || p.customerTier === need.customerTier),
  );
  return matching.sort((a, b) => specificity(b) - specificity(a) || strictness(a, b) || a.code.localeCompare(b.code))[0];
}

function specificity(p: SlaPolicy): number {
  return [p.category, p.severity, p.customerTier].filter((s) => s !== null).length;
}

function strictness(a: SlaPolicy, b: SlaPolicy): number {
  return a.firstContactSeconds - b.firstContactSeconds || a.resolutionSeconds - b.resolutionSeconds;
}
