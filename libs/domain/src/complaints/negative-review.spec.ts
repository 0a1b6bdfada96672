import { checkReviewStep, chooseReviewRemedy } from './negative-review';

describe('C-15: the remedy for a negative review', () => {
  it.each([
    ['unused → return or exchange', { itemUsed: false, customerIsVip: false }, 'return_or_exchange'],
    ['unused, VIP → return or exchange', { itemUsed: false, customerIsVip: true }, 'return_or_exchange'],
    ['unused, return asked → return or exchange', { itemUsed: false, customerIsVip: false, requested: 'return_or_exchange' as const }, 'return_or_exchange'],
    ['used → VIP upgrade by default', { itemUsed: true, customerIsVip: false }, 'vip_upgrade'],
    ['used, already VIP → a gift by default', { itemUsed: true, customerIsVip: true }, 'gift'],
    ['used, gift asked → gift', { itemUsed: true, customerIsVip: false, requested: 'gift' as const }, 'gift'],
    ['used, free shipping asked → free shipping on the next order', { itemUsed: true, customerIsVip: true, requested: 'free_shipping_next_order' as const }, 'free_shipping_next_order'],
  ])('%s', (_label, facts, remedy) => {
    expect(chooseReviewRemedy(facts)).toBe(remedy);
  });

  it.each([
    ['a used item is not taken back', { itemUsed: true, customerIsVip: false, requested: 'return_or_exchange' as const }, 'remedy for a used item must be one of: vip_upgrade, gift, free_shipping_next_order'],
    ['an unused item gets nothing but return or exchange', { itemUsed: false, customerIsVip: false, requested: 'gift' as const }, 'remedy for an unused item is return_or_exchange'],
    ['a VIP is not upgraded again', { itemUsed: true, customerIsVip: true, requested: 'vip_upgrade' as const }, 'remedy vip_upgrade: the customer is already VIP'],
  ])('refused: %s', (_label, facts, message) => {
    expect(() => chooseReviewRemedy(facts)).toThrow(message);
  });
});

describe('C-15: the steps of a negative review', () => {
  it.each([
    ['recorded', 'contact'],
    ['contacted', 'contact'],
    ['contacted', 'offer_remedy'],
    ['contacted', 'close'],
    ['remedy_offered', 'close'],
  ] as const)('%s allows %s', (status, step) => {
    expect(() => checkReviewStep(status, step)).not.toThrow();
  });

  it.each([
    ['recorded', 'offer_remedy', 'cannot offer remedy a negative review that is recorded'],
    ['recorded', 'close', 'cannot close a negative review that is recorded'],
    ['remedy_offered', 'contact', 'cannot contact a negative review that is remedy offered'],
    ['closed', 'close', 'cannot close a negative review that is closed'],
  ] as const)('%s refuses %s', (status, step, message) => {
    expect(() => checkReviewStep(status, step)).toThrow(message);
  });
});
