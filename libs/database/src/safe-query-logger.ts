import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';
import { redactText } from '../../logging/src/redaction';

/** A statement on one line, cut short: enough to find it in the code. */
const statement = (query: string) => redactText(query.replace(/\s+/g, ' ').trim()).slice(0, 300);

type Level = 'log' | 'info' | 'warn' | 'error' | 'query' | 'schema' | 'migration';

/**
 * TypeORM's own loggers print a failed query with its parameters: customers' names and phone numbers.
 * This one logs the statement, the PostgreSQL error code and a redacted message, never a parameter.
 */
export class SafeQueryLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  constructor(private readonly levels: Level[]) {}

  logQuery(query: string): void {
    if (this.levels.includes('query')) this.logger.debug?.(statement(query));
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    if (!this.levels.includes('error')) return;
    const code = typeof error === 'object' ? (error as { code?: string }).code : undefined;
    const message = typeof error === 'string' ? error : error.message;
    this.logger.error(`query failed${code ? ` (${code})` : ''}: ${redactText(message)} — ${statement(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${statement(query)}`);
  }

  logSchemaBuild(message: string): void {
    if (this.levels.includes('schema')) this.logger.log(message);
  }

  logMigration(message: string): void {
    if (this.levels.includes('migration')) this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (!this.levels.includes(level)) return;
    const text = redactText(String(message));
    if (level === 'warn') this.logger.warn(text);
    else this.logger.log(text);
  }
}
