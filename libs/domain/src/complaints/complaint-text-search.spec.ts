import { complaintTextSearch } from './complaint-text-search';

describe('complaintTextSearch (the complaint list free text)', () => {
  it('a part of a case number matches case numbers, and product references from their beginning', () => {
    expect(complaintTextSearch('cp-20261124')).toMatchObject({ caseNo: '%CP-20261124%', customerNo: null, phone: null, productRef: 'CP20261124%' });
  });

  it('a customer number is matched whole', () => {
    expect(complaintTextSearch('cu-000123').customerNo).toBe('CU-000123');
  });

  it('a name matches as A-3 does: any part from three characters, else its beginning', () => {
    expect(complaintTextSearch('王小明')).toMatchObject({ caseNo: null, name: { mode: 'contains', pattern: '%王小明%' }, phone: null, productRef: null });
    expect(complaintTextSearch('王').name).toEqual({ mode: 'starts_with', pattern: '王%' });
  });

  it.each([
    ['4-6 digits: the last digits of the phone', '5678', { mode: 'ends_with', pattern: '%5678', tail: '5678' }],
    ['7 or more: from the start', '138 0013', { mode: 'starts_with', pattern: '1380013%' }],
  ])('%s', (_label, q, phone) => {
    expect(complaintTextSearch(q).phone).toEqual(phone);
  });

  it('LIKE wildcards typed by a user match themselves', () => {
    expect(complaintTextSearch('100%_x').name.pattern).toBe('%100\\%\\_x%');
  });

  it('empty text is refused naming the field', () => {
    expect(() => complaintTextSearch('   ')).toThrow('q must not be empty');
  });
});
