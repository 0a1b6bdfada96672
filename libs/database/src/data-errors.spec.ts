import { QueryFailedError } from 'typeorm';
import { dataRejectionOf, sqlStateOf } from './data-errors';

const pgError = (code: string, extra: Record<string, string> = {}) => Object.assign(new Error('pg says no'), { code, ...extra });

describe('data-caused database errors', () => {
  it.each([
    ['NUL in a text column', '22021', 'character not allowed in text (e.g. NUL)'],
    ['a number beyond its column', '22003', 'number out of range for its column'],
    ['year 0', '22008', 'date or time out of range'],
    ['NUL in JSON', '22P05', 'character not allowed in JSON (e.g. \\u0000)'],
    ['a missing required value', '23502', 'required value missing'],
    ['a check constraint', '23514', 'value outside what the table allows'],
    ['another data exception', '2200G', 'value the database cannot store'],
    ['an index row too large', '54000', 'value too large to index'],
  ])('recognises %s (%s)', (_case, code, reason) => {
    expect(dataRejectionOf(pgError(code))).toMatchObject({ sqlState: code, reason });
  });

  it.each([
    ['a lost connection', '08006'],
    ['a serialisation failure', '40001'],
    ['a deadlock', '40P01'],
    ['too many connections', '53300'],
    ['an administrator shutdown', '57P01'],
    ['an undefined table (a code or migration bug: retry after the fix)', '42P01'],
  ])('leaves %s to retries', (_case, code) => {
    expect(dataRejectionOf(pgError(code))).toBeUndefined();
  });

  it('reads the code through TypeORM, keeps table, column and constraint, and never the value', () => {
    const driverError = pgError('23502', { table: 'case_records', column: 'customer_no', detail: 'Failing row contains (张伟, 13800000001).' });
    const wrapped = new QueryFailedError('INSERT INTO case_records ...', ['张伟', '13800000001'], driverError);
    expect(sqlStateOf(wrapped)).toBe('23502');
    const rejection = dataRejectionOf(wrapped)!;
    expect(rejection).toEqual({ sqlState: '23502', reason: 'required value missing', table: 'case_records', column: 'customer_no' });
    expect(JSON.stringify(rejection)).not.toMatch(/张伟|13800000001/);
  });

  it('leaves errors without a SQLSTATE to retries (pool timeouts, network errors)', () => {
    expect(dataRejectionOf(new Error('timeout exceeded when trying to connect'))).toBeUndefined();
    expect(dataRejectionOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(dataRejectionOf(null)).toBeUndefined();
  });
});
