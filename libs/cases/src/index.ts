export * from './open-case';
export * from './idempotency-scope';
