import { BadRequestException, Injectable } from '@nestjs/common';

/** What the simulated stock holds of a SKU nobody has set: plenty. */
const DEFAULT_ON_HAND = 100;

/**
 * The sales team: takes each lead once (F-11) and names the sales manager who owns it; answers stock
 * checks before a shipment (L-4) from its stock, which tests and demos set per SKU.
 */
@Injectable()
export class SalesDesk {
  private readonly leads = new Map<string, { accepted: true; salesOwner: string }>();
  private readonly stock = new Map<string, number>();

  handle(kind: string, requestId: string, payload: Record<string, unknown> = {}): unknown {
    if (kind === 'check-stock') return this.checkStock(payload);
    if (kind !== 'hand-over-lead') throw new BadRequestException({ code: 'UNKNOWN_KIND', message: `the sales department does not handle ${kind}` });
    const known = this.leads.get(requestId);
    if (known) return known;
    const answer = { accepted: true as const, salesOwner: 'SM-001' };
    this.leads.set(requestId, answer);
    return answer;
  }

  /** For tests and demos: how many of a SKU are on hand. */
  setOnHand(sku: string, onHand: number): void {
    this.stock.set(sku, onHand);
  }

  private checkStock(payload: Record<string, unknown>): { missing: Array<{ sku: string; requested: number; onHand: number }> } {
    const items = payload.items;
    if (!Array.isArray(items)) throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'items must be a list of {sku, quantity}' });
    const missing = [];
    for (const item of items as Array<{ sku?: unknown; quantity?: unknown }>) {
      const sku = String(item.sku ?? '');
      const requested = Number(item.quantity ?? 0);
      const onHand = this.stock.get(sku) ?? DEFAULT_ON_HAND;
      if (onHand < requested) missing.push({ sku, requested, onHand });
    }
    return { missing };
  }
}
