import { DomainError } from '../errors/domain-error';
import { previousPeriod, reportPeriod } from './report-period';

describe('report period', () => {
  it('covers whole local days in Asia/Shanghai: from inclusive, to exclusive', () => {
    const p = reportPeriod({ from: '2026-11-01', to: '2026-12-01' });
    expect(p.from.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(previousPeriod(p)).toEqual({ from: new Date('2026-10-01T16:00:00.000Z'), to: p.from });
  });

  it.each([
    [{ to: '2026-12-01' }, 'from'],
    [{ from: '2026-11-01' }, 'to'],
    [{ from: '2026-13-01', to: '2026-12-01' }, 'from'],
    [{ from: '2026-02-30', to: '2026-12-01' }, 'from'],
    [{ from: '2026-11-01T00:00:00Z', to: '2026-12-01' }, 'from'],
    [{ from: '2026-11-01', to: '2026-11-01' }, 'to'],
    [{ from: '2026-11-01', to: '2026-10-01' }, 'to'],
    [{ from: '2020-01-01', to: '2026-01-01' }, 'to'],
    [{ from: '2026-11-01', to: '2026-12-01', timeZone: 'Nowhere/City' }, 'timeZone'],
  ])('refuses %j naming %s', (query, field) => {
    let error: unknown;
    try {
      reportPeriod(query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).field).toBe(field);
  });
});
