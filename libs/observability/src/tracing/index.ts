export * from './tracing';
export * from './temporal-tracing';
export * from './http-tracing.middleware';
