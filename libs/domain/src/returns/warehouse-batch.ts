import { fromLocal, toLocal } from '../calendar/zoned-time';
import { clockTimeMs, WarehouseBatchRule } from './return-policy';

/**
 * R-5: when a returned parcel reaches after-sales' inspection queue. Parcels arriving after the
 * cut-off (16:00), together with the next morning's, are handed over as one batch at 15:00 the next
 * day; a parcel arriving between the morning's end and the cut-off is handed over as it comes.
 */
export function inspectionQueuedAt(arrivedAt: number, rule: WarehouseBatchRule | null): number {
  if (!rule) return arrivedAt;
  const { day, msOfDay } = toLocal(arrivedAt, rule.timeZone);
  const handover = clockTimeMs(rule.handoverAt);
  if (msOfDay >= clockTimeMs(rule.cutoff)) return fromLocal(day + 1, handover, rule.timeZone);
  if (msOfDay < clockTimeMs(rule.morningEnds)) return fromLocal(day, handover, rule.timeZone);
  return arrivedAt;
}
