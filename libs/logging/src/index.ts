export * from './logger.module';
export * from './redaction';
