export * from './logger.module';
export * from './redaction';
export * from './request-id';
