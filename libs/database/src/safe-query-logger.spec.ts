import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { SafeQueryLogger } from './safe-query-logger';

describe('SafeQueryLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs a failed statement with its SQLSTATE on one line and never its parameters', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const parameters = ['张伟', '13800000001'];
    const failure = new QueryFailedError('INSERT INTO customers (name, phone)\n   VALUES ($1, $2)', parameters, Object.assign(new Error('duplicate key value violates unique constraint "customers_phone_key"'), { code: '23505' }));
    new SafeQueryLogger(['error']).logQueryError(failure, 'INSERT INTO customers (name, phone)\n   VALUES ($1, $2)', parameters);
    expect(error).toHaveBeenCalledWith('query failed (23505): duplicate key value violates unique constraint "customers_phone_key" — INSERT INTO customers (name, phone) VALUES ($1, $2)');
  });

  it('stays silent for levels it was not given', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new SafeQueryLogger(['warn']).logQueryError('boom', 'SELECT 1');
    expect(error).not.toHaveBeenCalled();
  });
});
