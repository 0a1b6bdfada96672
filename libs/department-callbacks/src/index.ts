export * from './department-callbacks.module';
