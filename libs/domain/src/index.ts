// Pure domain code: no I/O, no clocks, safe to import from workflows.
export * from './complaints/complaint-category';
export * from './complaints/complaint-lifecycle';
export * from './customers/customer-tier';
export * from './staff/staff';
export * from './cases/case-number';
export * from './assignment/choose-agent';
export * from './errors/domain-error';
export * from './staff/access';
export * from './sla/sla-policy';
export * from './sla/sla-targets';
export * from './calendar/business-calendar';
export * from './complaints/key-parts';
export * from './staff/reassignment';
