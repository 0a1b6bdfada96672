// K-1..K-8, C-5, A-4, L-5: the targets the rules set, shown next to every measured value.
import { FILE_COMPLETENESS_TARGET } from '../customers/customer-file';

export type KpiId =
  | 'first_response_avg_hours'
  | 'first_response_within_24h'
  | 'quality_closed_within_3_days'
  | 'follow_up_coverage_under_warranty'
  | 'customer_satisfaction'
  | 'service_satisfaction'
  | 'complaint_handling_rate'
  | 'survey_coverage'
  | 'file_completeness'
  | 'late_file_hand_overs'
  | 'complaint_volume_change'
  | 'parts_shipping_accuracy';

export interface KpiTarget {
  id: KpiId;
  rule: string;
  label: string;
  unit: 'hours' | 'share' | 'count';
  /** `at_least`: the value should reach the target; `at_most`: it should stay at or below it. */
  direction: 'at_least' | 'at_most';
  target: number;
}

export const KPI_TARGETS: readonly KpiTarget[] = [
  { id: 'first_response_avg_hours', rule: 'K-1', label: 'First response time, average', unit: 'hours', direction: 'at_most', target: 24 },
  { id: 'first_response_within_24h', rule: 'K-1', label: 'First responses within 24 h', unit: 'share', direction: 'at_least', target: 1 },
  { id: 'quality_closed_within_3_days', rule: 'C-5', label: 'Quality complaints closed within 3 days', unit: 'share', direction: 'at_least', target: 1 },
  { id: 'follow_up_coverage_under_warranty', rule: 'K-3', label: 'Follow-up coverage of customers under warranty', unit: 'share', direction: 'at_least', target: 1 },
  { id: 'customer_satisfaction', rule: 'K-2', label: 'Customer satisfaction (follow-up calls)', unit: 'share', direction: 'at_least', target: 0.85 },
  { id: 'service_satisfaction', rule: 'K-2', label: 'Service satisfaction (complaint satisfaction calls)', unit: 'share', direction: 'at_least', target: 0.98 },
  { id: 'complaint_handling_rate', rule: 'K-4', label: 'Complaint handling rate', unit: 'share', direction: 'at_least', target: 0.98 },
  { id: 'survey_coverage', rule: 'K-4', label: 'Satisfaction survey coverage', unit: 'share', direction: 'at_least', target: 0.95 },
  { id: 'file_completeness', rule: 'A-4', label: 'Files with organisation and installation address', unit: 'share', direction: 'at_least', target: FILE_COMPLETENESS_TARGET },
  { id: 'late_file_hand_overs', rule: 'K-8', label: 'Late file hand-overs', unit: 'count', direction: 'at_most', target: 0 },
  { id: 'complaint_volume_change', rule: 'K-5', label: 'Complaint volume against the previous period', unit: 'share', direction: 'at_most', target: -0.2 },
  { id: 'parts_shipping_accuracy', rule: 'L-5', label: 'Parts shipments without a wrong or missing part', unit: 'share', direction: 'at_least', target: 0.98 },
];

export function kpiTarget(id: KpiId): KpiTarget {
  return KPI_TARGETS.find((k) => k.id === id)!;
}

/** Whether a value meets its target; `null` when there is nothing to measure yet. */
export function meetsTarget(target: Pick<KpiTarget, 'direction' | 'target'>, value: number | null): boolean | null {
  if (value === null || Number.isNaN(value)) return null;
  return target.direction === 'at_least' ? value >= target.target : value <= target.target;
}

/** C-8: a score of 2 or less reopens a complaint, so 3 and up counts as satisfied (scores 1-5). */
export const SATISFIED_AT_OR_ABOVE = 3;

/** F-9: on a follow-up call a score of 3 or less is handled as unsatisfied (the seeded follow-up policy), so 4 and up counts. */
export const FOLLOW_UP_SATISFIED_AT_OR_ABOVE = 4;

/** A share rounded to four decimals, or `null` without a denominator. */
export function share(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}
