import { OpenTelemetryPlugin } from '@temporalio/interceptors-opentelemetry';
import type { Tracing } from './tracing';

/**
 * The Temporal SDK's OpenTelemetry plugin: client calls (start, signal, update, query), workflow
 * runs and the activities they call become spans of one trace, carried in Temporal headers. Spans
 * name workflow and activity types only; payloads (encrypted personal data) are never read.
 */
export function temporalTracingPlugins(tracing: Tracing | undefined): OpenTelemetryPlugin[] {
  return tracing ? [new OpenTelemetryPlugin({ resource: tracing.resource, spanProcessor: tracing.spanProcessor })] : [];
}
