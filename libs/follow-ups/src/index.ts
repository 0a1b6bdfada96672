export * from './follow-ups.module';
