import { DomainError } from '../errors/domain-error';
import { codeMatch, escapeLike, normaliseCode, normalisePhone, phoneMatch, textMatch } from './customer-search';

describe('customer search keys (A-3)', () => {
  it.each([
    ['王建国', { mode: 'contains', pattern: '%王建国%' }],
    ['张伟', { mode: 'starts_with', pattern: '张伟%' }],
    ['  Shunda  Logistics ', { mode: 'contains', pattern: '%shunda logistics%' }],
    ['50%_off', { mode: 'contains', pattern: '%50\\%\\_off%' }],
  ])('A-3: name/organisation %j -> %j', (input, expected) => {
    expect(textMatch(input, 'name')).toEqual(expected);
  });

  it.each([
    ['13800000001', { mode: 'starts_with', pattern: '13800000001%' }],
    ['+86 138-0000-0001', { mode: 'starts_with', pattern: '13800000001%' }],
    ['0001', { mode: 'ends_with', pattern: '%0001', tail: '0001' }],
    ['900001', { mode: 'ends_with', pattern: '%900001', tail: '0001' }],
  ])('A-3: phone %j -> %j', (input, expected) => {
    expect(phoneMatch(input)).toEqual(expected);
  });

  it('A-3: serial/VIN and plate match whole or from the start, whatever the case and spacing', () => {
    expect(codeMatch('lsv ab12-34', 'serialNo')).toEqual({ mode: 'starts_with', pattern: 'LSVAB1234%' });
    expect(codeMatch('浙a·12345', 'plate')).toEqual({ mode: 'starts_with', pattern: '浙A12345%' });
    expect(normaliseCode(' 浙A 12345 ')).toBe('浙A12345');
  });

  it.each([
    ['name', () => textMatch('   ', 'name')],
    ['name', () => textMatch('x'.repeat(101), 'name')],
    ['phone', () => phoneMatch('12a4')],
    ['phone', () => phoneMatch('123')],
    ['plate', () => codeMatch('A', 'plate')],
  ])('A-3: refuses a bad %s, naming the field', (field, call) => {
    expect(call).toThrow(DomainError);
    try {
      call();
    } catch (error) {
      expect((error as DomainError).field).toBe(field);
    }
  });

  it('A-3: phone numbers are stored as digits, so that every way of writing one finds it', () => {
    expect(normalisePhone('+86 138-0000 0001')).toBe('13800000001');
    expect(normalisePhone('(0571) 8888-0001')).toBe('057188880001');
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
  });
});
