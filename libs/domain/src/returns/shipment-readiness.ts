// L-4: before anything ships to a customer (a replacement, parts), stock is checked, the address and
// contact are confirmed and finance confirms the payment; only then does the courier get the shipment.
// Pure: the departments' answers are given. Reasons name no personal data (they go on the timeline).

export interface ShippingAddress {
  name: string;
  phone: string;
  region: string;
  line: string;
}

export interface StockAnswer {
  /** Items the stock cannot cover, with what is on hand. */
  missing: Array<{ sku: string; requested: number; onHand: number }>;
}

export interface PaymentAnswer {
  paid: boolean;
}

/** A Chinese mobile number (1 and ten digits) or a landline with its area code, optionally +86. */
const MOBILE = /^(\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^(\+?86)?0\d{2,3}\d{7,8}$/;

/** L-4: what is wrong with the address and contact a shipment would go to; empty when it can go. */
export function addressProblems(address: ShippingAddress | null | undefined): string[] {
  if (!address) return ['no delivery address on the request'];
  const problems: string[] = [];
  if (!address.name?.trim()) problems.push('the recipient has no name');
  const phone = (address.phone ?? '').replace(/[\s-]/g, '');
  if (!MOBILE.test(phone) && !LANDLINE.test(phone)) problems.push('the contact phone is neither a mobile number nor a landline with its area code');
  if (!address.region?.trim()) problems.push('the address has no region');
  if (!address.line?.trim()) problems.push('the address has no street line');
  return problems;
}

/**
 * L-4: every reason not to ship, stock first, then address and contact, then payment; empty when it may
 * ship. `payment` null: nothing is to be paid (warranty parts, C-10), so finance was not asked.
 */
export function shipmentRefusals(checks: { stock: StockAnswer; address: ShippingAddress | null | undefined; payment: PaymentAnswer | null }): string[] {
  const reasons = checks.stock.missing.map((m) => `out of stock: ${m.sku} (${m.requested} needed, ${m.onHand} on hand)`);
  reasons.push(...addressProblems(checks.address).map((p) => `address: ${p}`));
  if (checks.payment && !checks.payment.paid) reasons.push('payment: finance has not received the payment for the order');
  return reasons;
}

/** Parts are free under warranty (the three guarantees, C-10); chargeable parts are paid for through an order. */
export const PARTS_BILLING = ['warranty', 'chargeable'] as const;
export type PartsBilling = (typeof PARTS_BILLING)[number];

/** L-4: whether finance must confirm a payment before parts ship: only for chargeable parts. */
export function partsPaymentNeeded(billing: PartsBilling): boolean {
  return billing === 'chargeable';
}

export type ShipmentCheck = 'stock' | 'address' | 'payment';

/** Which check a reason of `shipmentRefusals` comes from. */
export function checkOf(reason: string): ShipmentCheck {
  if (reason.startsWith('out of stock')) return 'stock';
  return reason.startsWith('payment:') ? 'payment' : 'address';
}

const CHECK_NAMES: Record<ShipmentCheck, string> = { stock: '库存不足', address: '收货地址或联系人有误', payment: '财务未确认收款' };

/**
 * L-4: the refusal staff read when a shipment may not go: each failed check in Chinese with its reasons
 * (which name no personal data), e.g. `不能发货（L-4）：库存不足（out of stock: CTRL-48V-A (2 needed, 0 on hand)）`.
 */
export function shipmentRefusalMessage(reasons: string[]): string {
  const checks = [...new Set(reasons.map(checkOf))];
  const parts = checks.map((check) => `${CHECK_NAMES[check]}（${reasons.filter((r) => checkOf(r) === check).join('; ')}）`);
  return `不能发货（L-4）：${parts.join('；')}`;
}
