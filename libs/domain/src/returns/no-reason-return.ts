import { fromLocal, MS_PER_DAY, toLocal } from '../calendar/zoned-time';
import { BUSINESS_TIME_ZONE } from '../cases/business-time-zone';

// R-9 (PRC Consumer Rights Protection Law art. 25): seven days from receipt, without a reason,
// except for goods the law excludes.
export const NO_REASON_DAYS = 7;

export const GOODS_CLASSES = ['standard', 'custom_made', 'perishable', 'unsealed_digital', 'periodical', 'declared_non_returnable'] as const;
export type GoodsClass = (typeof GOODS_CLASSES)[number];

const EXCLUDED: Record<Exclude<GoodsClass, 'standard'>, string> = {
  custom_made: 'custom-made goods are excluded from no-reason returns (R-9)',
  perishable: 'perishable goods are excluded from no-reason returns (R-9)',
  unsealed_digital: 'digital goods whose seal is broken are excluded from no-reason returns (R-9)',
  periodical: 'newspapers and periodicals are excluded from no-reason returns (R-9)',
  declared_non_returnable: 'the buyer confirmed at purchase that these goods cannot be returned without a reason (R-9)',
};

export type NoReasonEligibility = { eligible: true; lastDay: string; until: number } | { eligible: false; reason: string };

/**
 * Whether a no-reason return may be requested at `now` for goods received at `receivedAt`. The
 * seven days start the day after receipt and end at midnight after the seventh, in the shop's zone.
 */
export function noReasonEligibility(goods: { receivedAt: number; goodsClass: GoodsClass }, now: number, timeZone = BUSINESS_TIME_ZONE): NoReasonEligibility {
  if (goods.goodsClass !== 'standard') return { eligible: false, reason: EXCLUDED[goods.goodsClass] };
  if (goods.receivedAt > now) return { eligible: false, reason: 'goodsReceivedAt lies in the future' };
  const receiptDay = toLocal(goods.receivedAt, timeZone).day;
  const until = fromLocal(receiptDay + NO_REASON_DAYS + 1, 0, timeZone);
  const lastDay = new Date((receiptDay + NO_REASON_DAYS) * MS_PER_DAY).toISOString().slice(0, 10);
  if (now >= until) return { eligible: false, reason: `the seven days for a no-reason return ended on ${lastDay} (R-9)` };
  return { eligible: true, lastDay, until };
}
