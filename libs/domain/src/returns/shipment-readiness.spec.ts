import { addressProblems, checkOf, partsPaymentNeeded, shipmentRefusalMessage, shipmentRefusals } from './shipment-readiness';

const address = { name: '张三', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' };
const inStock = { missing: [] };

describe('L-4: checks before shipping', () => {
  it('L-4: a complete address with a mobile or landline number passes', () => {
    expect(addressProblems(address)).toEqual([]);
    expect(addressProblems({ ...address, phone: '0571-8888 1234' })).toEqual([]);
    expect(addressProblems({ ...address, phone: '+8613900000000' })).toEqual([]);
  });

  it('L-4: names what is missing in the address and contact, never the value', () => {
    const problems = addressProblems({ name: ' ', phone: '123456', region: '', line: '' });
    expect(problems).toEqual([
      'the recipient has no name',
      'the contact phone is neither a mobile number nor a landline with its area code',
      'the address has no region',
      'the address has no street line',
    ]);
    expect(problems.join(' ')).not.toContain('123456');
    expect(addressProblems(undefined)).toEqual(['no delivery address on the request']);
  });

  it('L-4: ships only with stock, a good address and the payment received', () => {
    expect(shipmentRefusals({ stock: inStock, address, payment: { paid: true } })).toEqual([]);
    expect(shipmentRefusals({ stock: { missing: [{ sku: 'EB-200', requested: 1, onHand: 0 }] }, address: { ...address, phone: '1' }, payment: { paid: false } })).toEqual([
      'out of stock: EB-200 (1 needed, 0 on hand)',
      'address: the contact phone is neither a mobile number nor a landline with its area code',
      'payment: finance has not received the payment for the order',
    ]);
  });
});

describe('L-4: parts shipments', () => {
  it('L-4: warranty parts need no payment; chargeable parts do (C-10)', () => {
    expect(partsPaymentNeeded('warranty')).toBe(false);
    expect(partsPaymentNeeded('chargeable')).toBe(true);
    // Finance not asked (null): no payment reason, whatever else fails.
    expect(shipmentRefusals({ stock: inStock, address, payment: null })).toEqual([]);
  });

  it.each([
    [['out of stock: CTRL-48V-A (2 needed, 0 on hand)'], '不能发货（L-4）：库存不足（out of stock: CTRL-48V-A (2 needed, 0 on hand)）'],
    [['address: the recipient has no name', 'address: the address has no region'], '不能发货（L-4）：收货地址或联系人有误（address: the recipient has no name; address: the address has no region）'],
    [['payment: finance has not received the payment for the order'], '不能发货（L-4）：财务未确认收款（payment: finance has not received the payment for the order）'],
  ])('L-4: names each failed check for staff: %j', (reasons, message) => {
    expect(shipmentRefusalMessage(reasons)).toBe(message);
  });

  it('L-4: groups reasons by check in the order the checks are made', () => {
    const reasons = shipmentRefusals({ stock: { missing: [{ sku: 'A', requested: 2, onHand: 1 }] }, address: undefined, payment: { paid: false } });
    expect(reasons.map(checkOf)).toEqual(['stock', 'address', 'payment']);
    expect(shipmentRefusalMessage(reasons)).toMatch(/^不能发货（L-4）：库存不足（.*）；收货地址或联系人有误（.*）；财务未确认收款（.*）$/);
  });
});
