import { isFileComplete, missingFileFields } from './customer-file';

const file = (over: Partial<Parameters<typeof missingFileFields>[0]> = {}) => ({
  organisation: '杭州顺达物流有限公司',
  address: '浙江省杭州市西湖区文三路 1 号',
  phone: '13800000001',
  contactPerson: '王经理',
  region: '浙江省杭州市',
  birthday: '1978-03-12',
  ...over,
});

describe('customer file completeness (A-4)', () => {
  it.each([
    ['organisation and address', {}, true],
    ['no organisation', { organisation: null }, false],
    ['blank organisation', { organisation: '  ' }, false],
    ['no address', { address: null }, false],
    ['empty address', { address: '' }, false],
  ])('A-4: %s -> complete %s', (_, over, complete) => {
    expect(isFileComplete(file(over))).toBe(complete);
  });

  it('A-1: lists the missing fields, the A-4 ones first, and products when none are recorded', () => {
    expect(missingFileFields(file(), 1)).toEqual([]);
    expect(missingFileFields(file({ address: null, birthday: null, organisation: '' }), 0)).toEqual(['organisation', 'address', 'birthday', 'products']);
  });
});
