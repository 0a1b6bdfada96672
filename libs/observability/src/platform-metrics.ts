import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The platform's own metrics, one registry per process (API or worker). Names start with `aftersales_`;
 * labels carry case types, targets, departments and outcomes only, never a case number or personal data.
 * `deploy/grafana/after-sales.json` queries these names; a spec keeps the two in step.
 */
export function createPlatformMetrics(process: 'api' | 'worker') {
  const registry = new Registry();
  registry.setDefaultLabels({ process });
  collectDefaultMetrics({ register: registry, prefix: 'aftersales_' });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
  return {
    registry,
    casesOpened: new Counter({ name: 'aftersales_cases_opened_total', help: 'Cases opened, by type (complaint, return, followup).', labelNames: ['type'], registers: [registry] }),
    casesClosed: new Counter({ name: 'aftersales_cases_closed_total', help: 'Cases that reached a final status, by type and status.', labelNames: ['type', 'status'], registers: [registry] }),
    escalations: new Counter({ name: 'aftersales_escalations_total', help: 'Complaint escalations recorded, by level (1-3).', labelNames: ['level'], registers: [registry] }),
    slaBreaches: new Counter({ name: 'aftersales_sla_breaches_total', help: 'SLA deadlines passed, by target (first_contact, resolution, supervisor_report, escalation_N).', labelNames: ['target'], registers: [registry] }),
    refunds: new Counter({ name: 'aftersales_refunds_total', help: 'Refund payments asked of finance, by outcome (paid, failed).', labelNames: ['outcome'], registers: [registry] }),
    departmentRequests: new Counter({
      name: 'aftersales_department_requests_total',
      help: 'Requests to the departments, by department, kind and outcome (completed, refused, error, sent for a callback).',
      labelNames: ['department', 'kind', 'outcome'],
      registers: [registry],
    }),
    departmentRequestSeconds: new Histogram({ name: 'aftersales_department_request_seconds', help: 'Time a department took to answer a call.', labelNames: ['department', 'kind'], buckets: seconds, registers: [registry] }),
    readModelLag: new Histogram({ name: 'aftersales_read_model_lag_seconds', help: 'From a case change decided by its workflow to the read model holding it.', labelNames: ['type'], buckets: seconds, registers: [registry] }),
    activities: new Counter({ name: 'aftersales_activities_total', help: 'Activity executions by type and outcome (ok, retryable, final).', labelNames: ['activity', 'outcome'], registers: [registry] }),
    activitySeconds: new Histogram({ name: 'aftersales_activity_seconds', help: 'Activity execution time by type.', labelNames: ['activity'], buckets: seconds, registers: [registry] }),
    httpRequests: new Counter({ name: 'aftersales_http_requests_total', help: 'API requests by method, route pattern and status.', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    httpSeconds: new Histogram({ name: 'aftersales_http_request_seconds', help: 'API response time by method and route pattern.', labelNames: ['method', 'route'], buckets: seconds, registers: [registry] }),
  };
}

export type PlatformMetrics = ReturnType<typeof createPlatformMetrics>;

/** Every metric name the platform exports (for the dashboard check). */
export const PLATFORM_METRIC_NAMES = [
  'aftersales_cases_opened_total',
  'aftersales_cases_closed_total',
  'aftersales_escalations_total',
  'aftersales_sla_breaches_total',
  'aftersales_refunds_total',
  'aftersales_department_requests_total',
  'aftersales_department_request_seconds',
  'aftersales_read_model_lag_seconds',
  'aftersales_activities_total',
  'aftersales_activity_seconds',
  'aftersales_http_requests_total',
  'aftersales_http_request_seconds',
] as const;
