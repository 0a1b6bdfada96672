export * from './platform-metrics';
export * from './activity-metrics';
export * from './activity-metrics.interceptor';
export * from './worker-metrics-server';
