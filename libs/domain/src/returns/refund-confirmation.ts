import type { ReturnPolicyTerms } from './return-policy';

/**
 * whether a refund waits for a person with the finance role to confirm it before finance is
 * asked to pay. The threshold is a term of the return policy (`refundConfirmationAboveFen`); a version
 * without it (null, or written before the term existed) sends every refund straight to finance.
 */
export function refundNeedsFinanceConfirmation(amountFen: number, terms: Pick<ReturnPolicyTerms, 'refundConfirmationAboveFen'>): boolean {
  const above = terms.refundConfirmationAboveFen;
  return above !== undefined && above !== null && amountFen > above;
}
