export * from './attachments.module';
