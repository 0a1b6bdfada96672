// C-15: a negative review is recorded, the buyer contacted and a remedy offered: the item taken back
// or exchanged when it is unused; otherwise a VIP upgrade, a gift or free shipping on the next order.
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export const REVIEW_PLATFORMS = ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'own_shop', 'other'] as const;
export type ReviewPlatform = (typeof REVIEW_PLATFORMS)[number];

export const NEGATIVE_REVIEW_STATUSES = ['recorded', 'contacted', 'remedy_offered', 'closed'] as const;
export type NegativeReviewStatus = (typeof NEGATIVE_REVIEW_STATUSES)[number];

export const REVIEW_REMEDIES = ['return_or_exchange', 'vip_upgrade', 'gift', 'free_shipping_next_order'] as const;
export type ReviewRemedy = (typeof REVIEW_REMEDIES)[number];

/** What a buyer with a used item may be offered instead of taking it back. */
export const USED_ITEM_REMEDIES: readonly ReviewRemedy[] = ['vip_upgrade', 'gift', 'free_shipping_next_order'];

export const REVIEW_OUTCOMES = ['review_revised', 'review_kept', 'buyer_unreachable'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface RemedyFacts {
  /** Learned when the buyer was contacted. */
  itemUsed: boolean;
  /** A VIP cannot be upgraded again. */
  customerIsVip: boolean;
  /** What the handler would offer; absent: the rule's choice. */
  requested?: ReviewRemedy;
}

/**
 * C-15: the remedy to offer. Unused → return or exchange (nothing else is offered for an unused item);
 * used → the one requested among VIP upgrade, gift and free shipping, or by default a VIP upgrade
 * (a gift for a customer who is already VIP).
 */
export function chooseReviewRemedy(facts: RemedyFacts): ReviewRemedy {
  const { itemUsed, customerIsVip, requested } = facts;
  if (!itemUsed) {
    if (requested && requested !== 'return_or_exchange') {
      throw new DomainError(DomainErrorCode.Validation, 'remedy for an unused item is return_or_exchange', 'remedy');
    }
    return 'return_or_exchange';
  }
  if (requested === 'return_or_exchange') {
    throw new DomainError(DomainErrorCode.Validation, `remedy for a used item must be one of: ${USED_ITEM_REMEDIES.join(', ')}`, 'remedy');
  }
  if (requested === 'vip_upgrade' && customerIsVip) {
    throw new DomainError(DomainErrorCode.Validation, 'remedy vip_upgrade: the customer is already VIP', 'remedy');
  }
  return requested ?? (customerIsVip ? 'gift' : 'vip_upgrade');
}

type Step = 'contact' | 'offer_remedy' | 'close';

const ALLOWED: Record<Step, readonly NegativeReviewStatus[]> = {
  // A buyer may be contacted again (each call noted) until a remedy is offered.
  contact: ['recorded', 'contacted'],
  offer_remedy: ['contacted'],
  close: ['contacted', 'remedy_offered'],
};

/** Whether `step` may be taken in `status`; the refusal names the state, as case actions do. */
export function checkReviewStep(status: NegativeReviewStatus, step: Step): void {
  if (!ALLOWED[step].includes(status)) {
    throw new DomainError(DomainErrorCode.InvalidTransition, `cannot ${step.replace('_', ' ')} a negative review that is ${status.replace('_', ' ')}`);
  }
}
