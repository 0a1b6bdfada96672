export * from './sla-policies.module';
