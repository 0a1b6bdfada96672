export * from './returns.module';
