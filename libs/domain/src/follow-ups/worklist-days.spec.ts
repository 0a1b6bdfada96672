import { DomainError } from '../errors/domain-error';
import { worklistDays, WORKLIST_RANGE_MAX_DAYS } from './worklist-days';

const SHANGHAI = 'Asia/Shanghai';
const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.field : 'not a DomainError';
  }
  return undefined;
};

describe('worklistDays', () => {
  it('a date covers every call due by the end of that day in Asia/Shanghai (overdue ones included)', () => {
    const days = worklistDays({ date: '2026-12-01' }, '2026-11-30', SHANGHAI);
    expect(days).toEqual({ date: '2026-12-01', from: null, to: '2026-12-01', fromInstant: null, untilInstant: Date.parse('2026-12-01T16:00:00Z') });
  });

  it('defaults to today', () => {
    expect(worklistDays({}, '2026-11-30', SHANGHAI).untilInstant).toBe(Date.parse('2026-11-30T16:00:00Z'));
  });

  it('a range covers the calls falling due from the start of `from` to the end of `to`', () => {
    const days = worklistDays({ from: '2026-11-30', to: '2026-12-06' }, '2026-11-30', SHANGHAI);
    expect(days).toMatchObject({ from: '2026-11-30', to: '2026-12-06', fromInstant: Date.parse('2026-11-29T16:00:00Z'), untilInstant: Date.parse('2026-12-06T16:00:00Z') });
  });

  it.each([
    [{ date: '2026-02-31' }, 'date'],
    [{ date: '2026-13-01' }, 'date'],
    [{ date: 'tomorrow' }, 'date'],
    [{ from: '2026-12-01' }, 'to'],
    [{ to: '2026-12-01' }, 'from'],
    [{ from: '2026-12-32', to: '2026-12-01' }, 'from'],
    [{ from: '2026-12-02', to: '2026-12-01' }, 'to'],
    [{ from: '2026-12-01', to: '2027-03-01' }, 'to'],
    [{ date: '2026-12-01', from: '2026-12-01', to: '2026-12-02' }, 'date'],
  ])('refuses %j naming %s', (query, field) => {
    expect(fieldOf(() => worklistDays(query, '2026-11-30', SHANGHAI))).toBe(field);
  });

  it(`allows a range of ${WORKLIST_RANGE_MAX_DAYS} days`, () => {
    expect(() => worklistDays({ from: '2026-12-01', to: '2026-12-31' }, '2026-11-30', SHANGHAI)).not.toThrow();
  });
});
