// Who the tier-2 and tier-3 runs may pick (F-3, F-4). The picking itself is a seeded shuffle in the
// database; these are the date windows it works on. Pure.

/** The ISO date `months` calendar months before `iso`, clamped to the month's last day (31 May → 30 April). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface Tier3Windows {
  /** F-4: new customers a quarter after purchase: bought from 6 to 3 months before the run. */
  purchasedFrom: string;
  purchasedBefore: string;
  /** F-4: repair customers of the last quarter. */
  repairedFrom: string;
  repairedBefore: string;
}

/**
 * F-4 windows of a quarterly run on `asOf` (a local date). Consecutive quarterly runs cover every
 * purchase once: each customer is called when a full quarter has passed since the purchase.
 */
export function tier3Windows(asOf: string): Tier3Windows {
  return { purchasedFrom: monthsBefore(asOf, 6), purchasedBefore: monthsBefore(asOf, 3), repairedFrom: monthsBefore(asOf, 3), repairedBefore: asOf };
}
