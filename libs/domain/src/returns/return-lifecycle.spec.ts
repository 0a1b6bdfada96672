import {
  allowedReturnEvents,
  isFinalReturnStatus,
  nextReturnStatus,
  RETURN_EVENTS,
  RETURN_STATUSES,
  RETURN_TYPES,
  ReturnEvent,
  ReturnStatus,
  ReturnType,
} from './return-lifecycle';

type Row = [rule: string, type: ReturnType, from: ReturnStatus, event: ReturnEvent, to: ReturnStatus];

const ALL: ReturnType[] = ['refund_only', 'return_and_refund', 'exchange'];
const WITH_GOODS: ReturnType[] = ['return_and_refund', 'exchange'];

function rows(rule: string, types: ReturnType[], from: ReturnStatus, event: ReturnEvent, to: ReturnStatus): Row[] {
  return types.map((type) => [rule, type, from, event, to]);
}

// Every allowed transition, written out from and L-2; every other
// (type, status, event) combination must be refused.
const ALLOWED: Row[] = [
  // the seller agrees or rejects; the buyer modifies a rejected request.
  ...rows('R-1', ALL, 'requested', 'agree', 'agreed'),
  ...rows('R-1', ALL, 'requested', 'reject', 'rejected'),
  ...rows('R-1', ALL, 'rejected', 'modify', 'requested'),
  // the buyer never ships, or never modifies → closed.
  ...rows('R-8', ALL, 'agreed', 'close', 'closed'),
  ...rows('R-8', ALL, 'rejected', 'close', 'closed'),
  // Withdrawn before any goods are on their way.
  ...rows('R-1', ALL, 'requested', 'cancel', 'cancelled'),
  ...rows('R-1', ALL, 'agreed', 'cancel', 'cancelled'),
  ...rows('R-1', ALL, 'rejected', 'cancel', 'cancelled'),
  // Refund only: no goods come back; finance pays.
  ['R-1', 'refund_only', 'agreed', 'request_refund', 'refund_pending'],
  ['R-1', 'refund_only', 'refund_pending', 'refund_paid', 'refunded'],
  // goods come back, are received and inspected.
  ...rows('R-4', WITH_GOODS, 'agreed', 'ship', 'buyer_shipped'),
  ...rows('R-4', WITH_GOODS, 'buyer_shipped', 'receive', 'received'),
  ...rows('R-5', WITH_GOODS, 'received', 'inspect', 'inspected'),
  // a correction asked after the goods are on their way, and the buyer's answer.
  ...rows('R-3', WITH_GOODS, 'buyer_shipped', 'request_correction', 'rejected'),
  ...rows('R-3', WITH_GOODS, 'rejected', 'modify_shipped', 'buyer_shipped'),
  // refund refused, or the exchange's shipping fee never paid.
  ...rows('R-6', WITH_GOODS, 'inspected', 'close', 'closed'),
  // Return and refund: after inspection, or from in transit (R-8 receipt never confirmed, L-2 parcel lost).
  ['R-6', 'return_and_refund', 'inspected', 'request_refund', 'refund_pending'],
  ['R-8', 'return_and_refund', 'buyer_shipped', 'request_refund', 'refund_pending'],
  ['R-4', 'return_and_refund', 'refund_pending', 'refund_paid', 'refunded'],
  // Exchange: replacement after inspection, for a lost return parcel (L-2), or shipped again (L-2).
  ['R-6', 'exchange', 'inspected', 'ship_replacement', 'replacement_shipped'],
  ['L-2', 'exchange', 'buyer_shipped', 'ship_replacement', 'replacement_shipped'],
  ['L-2', 'exchange', 'replacement_shipped', 'ship_replacement', 'replacement_shipped'],
  ['R-6', 'exchange', 'replacement_shipped', 'deliver', 'delivered'],
  ['R-6', 'exchange', 'delivered', 'close', 'closed'],
];

const key = (type: ReturnType, from: ReturnStatus, event: ReturnEvent) => `${type}:${from}:${event}`;
const allowedKey = new Map(ALLOWED.map(([, type, from, event, to]) => [key(type, from, event), to]));
const COMBINATIONS = RETURN_TYPES.flatMap((type) => RETURN_STATUSES.flatMap((from) => RETURN_EVENTS.map((event) => [type, from, event] as const)));
const REFUSED = COMBINATIONS.filter(([type, from, event]) => !allowedKey.has(key(type, from, event)));

/** Applies `events` in turn from `requested`, failing on the first one that is refused. */
function walk(type: ReturnType, events: ReturnEvent[], from: ReturnStatus = 'requested'): ReturnStatus[] {
  const path: ReturnStatus[] = [from];
  for (const event of events) {
    const next = nextReturnStatus(type, path[path.length - 1], event);
    if (next === undefined) throw new Error(`${type}: ${event} refused in ${path[path.length - 1]} after ${path.join(' → ')}`);
    path.push(next);
  }
  return path;
}

describe('return lifecycle', () => {
  it('the expected table has no duplicate rows and uses only known names', () => {
    expect(allowedKey.size).toBe(ALLOWED.length);
    for (const [, type, from, event, to] of ALLOWED) {
      expect(RETURN_TYPES).toContain(type);
      expect(RETURN_STATUSES).toContain(from);
      expect(RETURN_STATUSES).toContain(to);
      expect(RETURN_EVENTS).toContain(event);
    }
    expect(ALLOWED.length + REFUSED.length).toBe(RETURN_TYPES.length * RETURN_STATUSES.length * RETURN_EVENTS.length);
  });

  it.each(ALLOWED)('%s %s: %s --%s--> %s', (_rule, type, from, event, to) => {
    expect(nextReturnStatus(type, from, event)).toBe(to);
  });

  it.each(REFUSED)('%s: refuses %s in status %s', (type, from, event) => {
    expect(nextReturnStatus(type, from, event)).toBeUndefined();
  });

  const TYPE_STATUS = RETURN_TYPES.flatMap((type) => RETURN_STATUSES.map((status) => [type, status] as const));
  it.each(TYPE_STATUS)('allowedReturnEvents(%s, %s) lists exactly the allowed events, in event order', (type, status) => {
    const expected = RETURN_EVENTS.filter((event) => allowedKey.has(key(type, status, event)));
    expect(allowedReturnEvents(type, status)).toEqual(expected);
  });

  it('R-1/R-8: refunded, closed and cancelled are final, and nothing else', () => {
    expect(RETURN_STATUSES.filter(isFinalReturnStatus)).toEqual(['refunded', 'closed', 'cancelled']);
  });

  it.each(RETURN_TYPES.flatMap((type) => (['refunded', 'closed', 'cancelled'] as const).map((status) => [type, status] as const)))(
    'R-1: %s in final status %s allows no event',
    (type, status) => {
      expect(allowedReturnEvents(type, status)).toEqual([]);
      for (const event of RETURN_EVENTS) expect(nextReturnStatus(type, status, event)).toBeUndefined();
    },
  );

  it.each(RETURN_TYPES.flatMap((type) => RETURN_STATUSES.filter((s) => !isFinalReturnStatus(s)).map((status) => [type, status] as const)))(
    '%s in a non-final status %s can still move on, unless the type never reaches it',
    (type, status) => {
      const reachable = new Set<ReturnStatus>(['requested']);
      for (let grew = true; grew; ) {
        grew = false;
        for (const [, t, from, , to] of ALLOWED) {
          if (t === type && reachable.has(from) && !reachable.has(to)) {
            reachable.add(to);
            grew = true;
          }
        }
      }
      if (reachable.has(status)) expect(allowedReturnEvents(type, status).length).toBeGreaterThan(0);
      else expect(allowedReturnEvents(type, status)).toEqual([]);
    },
  );

  it('R-1: the refund-only path goes requested → agreed → refund_pending → refunded', () => {
    expect(walk('refund_only', ['agree', 'request_refund', 'refund_paid'])).toEqual(['requested', 'agreed', 'refund_pending', 'refunded']);
    expect(isFinalReturnStatus('refunded')).toBe(true);
  });

  it('R-1: a refund-only request never takes goods back', () => {
    for (const event of ['ship', 'receive', 'inspect', 'request_correction', 'modify_shipped', 'ship_replacement', 'deliver'] as const) {
      for (const status of RETURN_STATUSES) expect(nextReturnStatus('refund_only', status, event)).toBeUndefined();
    }
  });

  it('R-4/R-6: the return-and-refund path goes through shipment, receipt, inspection and finance', () => {
    expect(walk('return_and_refund', ['agree', 'ship', 'receive', 'inspect', 'request_refund', 'refund_paid'])).toEqual([
      'requested',
      'agreed',
      'buyer_shipped',
      'received',
      'inspected',
      'refund_pending',
      'refunded',
    ]);
  });

  it('R-6: the exchange path goes … → inspected → replacement_shipped → delivered → closed', () => {
    expect(walk('exchange', ['agree', 'ship', 'receive', 'inspect', 'ship_replacement', 'deliver', 'close'])).toEqual([
      'requested',
      'agreed',
      'buyer_shipped',
      'received',
      'inspected',
      'replacement_shipped',
      'delivered',
      'closed',
    ]);
  });

  it('R-6: an exchange is never refunded', () => {
    for (const status of RETURN_STATUSES) {
      expect(nextReturnStatus('exchange', status, 'request_refund')).toBeUndefined();
      expect(nextReturnStatus('exchange', status, 'refund_paid')).toBeUndefined();
    }
  });

  it('R-6: an inspection that refuses the refund, or an unpaid exchange fee, closes the request', () => {
    expect(walk('return_and_refund', ['agree', 'ship', 'receive', 'inspect', 'close']).at(-1)).toBe('closed');
    expect(walk('exchange', ['agree', 'ship', 'receive', 'inspect', 'close']).at(-1)).toBe('closed');
  });

  it.each(RETURN_TYPES)('R-1: %s rejected → modify goes back to requested, and may be agreed then', (type) => {
    expect(walk(type, ['reject', 'modify', 'agree'])).toEqual(['requested', 'rejected', 'requested', 'agreed']);
  });

  it.each(RETURN_TYPES)('R-1: %s may be rejected and modified several rounds', (type) => {
    expect(walk(type, ['reject', 'modify', 'reject', 'modify']).at(-1)).toBe('requested');
  });

  it.each(WITH_GOODS)('R-3: %s correction after shipment: request_correction, then modify_shipped back to buyer_shipped', (type) => {
    expect(walk(type, ['agree', 'ship', 'request_correction', 'modify_shipped', 'receive'])).toEqual([
      'requested',
      'agreed',
      'buyer_shipped',
      'rejected',
      'buyer_shipped',
      'received',
    ]);
  });

  it.each(WITH_GOODS)('R-3: %s correction can be asked only while the goods are in transit', (type) => {
    for (const status of RETURN_STATUSES.filter((s) => s !== 'buyer_shipped')) {
      expect(nextReturnStatus(type, status, 'request_correction')).toBeUndefined();
    }
  });

  it('R-3: modify_shipped is only an answer to a rejection', () => {
    for (const type of RETURN_TYPES) {
      for (const status of RETURN_STATUSES.filter((s) => s !== 'rejected')) expect(nextReturnStatus(type, status, 'modify_shipped')).toBeUndefined();
    }
  });

  it.each(RETURN_TYPES)('R-1: %s cannot be cancelled once goods or money are moving', (type) => {
    for (const status of ['buyer_shipped', 'received', 'inspected', 'refund_pending', 'replacement_shipped', 'delivered'] as const) {
      expect(nextReturnStatus(type, status, 'cancel')).toBeUndefined();
    }
  });

  it('R-8/L-2: a return parcel never received is refunded, or replaced, from in transit', () => {
    expect(walk('return_and_refund', ['agree', 'ship', 'request_refund', 'refund_paid']).at(-1)).toBe('refunded');
    expect(walk('exchange', ['agree', 'ship', 'ship_replacement', 'deliver', 'close']).at(-1)).toBe('closed');
  });

  it('L-2: a damaged or lost replacement is shipped again', () => {
    expect(walk('exchange', ['ship_replacement', 'ship_replacement', 'deliver'], 'inspected')).toEqual([
      'inspected',
      'replacement_shipped',
      'replacement_shipped',
      'delivered',
    ]);
  });

  it('R-8: the buyer silent after agreement or rejection lets the request close', () => {
    for (const type of RETURN_TYPES) {
      expect(walk(type, ['agree', 'close']).at(-1)).toBe('closed');
      expect(walk(type, ['reject', 'close']).at(-1)).toBe('closed');
      expect(nextReturnStatus(type, 'requested', 'close')).toBeUndefined();
      expect(nextReturnStatus(type, 'buyer_shipped', 'close')).toBeUndefined();
    }
  });
});
