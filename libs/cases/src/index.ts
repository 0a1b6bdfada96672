export * from './open-case';
export * from './idempotency-key.decorator';
export * from './case-update-executor';
export * from './storable-text';
export * from './case-view-reader';
export * from './case-read.query';
export * from './case-read-response';
