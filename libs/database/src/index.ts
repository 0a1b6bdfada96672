export * from './entities';
export * from './data-source-options';
export * from './run-migrations';
export * from './database.module';
export * from './demo/load-demo-data';
export * from './idempotency';
export * from './case-numbers';
export * from './data-errors';
