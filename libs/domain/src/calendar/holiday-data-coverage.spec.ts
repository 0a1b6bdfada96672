import { holidayDataWarning } from './holiday-data-coverage';

describe('holiday data coverage', () => {
  it('is silent while this year and the next are covered', () => {
    expect(holidayDataWarning(new Date('2025-06-01T00:00:00Z'))).toBeNull();
  });

  it('names the next year once only this year is covered', () => {
    expect(holidayDataWarning(new Date('2026-11-24T00:00:00Z'))).toMatch(/not known for 2027: .*Monday to Friday/);
  });

  it('names both years when neither is covered', () => {
    expect(holidayDataWarning(new Date('2031-03-01T00:00:00Z'))).toMatch(/not known for 2031 and 2032/);
  });
});
