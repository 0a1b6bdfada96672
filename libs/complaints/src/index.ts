export * from './complaints.module';
