export * from './open-case';
export * from './idempotency-key.decorator';
export * from './case-update-executor';
export * from './storable-text';
