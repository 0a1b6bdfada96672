import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface TracingSettings {
  /** OTLP/HTTP collector base address (`OTEL_EXPORTER_OTLP_ENDPOINT`); unset means no tracing at all. */
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_SERVICE_NAME?: string;
}

/** The process's tracing pipeline: what the Temporal plugin and the HTTP middleware need. */
export interface Tracing {
  readonly resource: Resource;
  readonly spanProcessor: SpanProcessor;
  /** Sends what is buffered; the processor keeps running (the API and a worker may share it). */
  flush(): Promise<void>;
}

// One pipeline per process: the API and the worker of `npm test`'s stacks share a process and a
// global tracer provider, which can be registered only once.
let current: Tracing | undefined;

/**
 * Starts exporting spans over OTLP/HTTP when an endpoint is configured, and returns undefined (nothing
 * registered, nothing wrapped: no cost) when it is not. The first caller's service name names the process.
 */
export function startTracing(settings: TracingSettings, defaultServiceName: string): Tracing | undefined {
  const endpoint = settings.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return undefined;
  if (current) return current;
  const resource = new Resource({ 'service.name': settings.OTEL_SERVICE_NAME?.trim() || defaultServiceName });
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  // Short batches: an operator looking at a trace wants the request they just made.
  const spanProcessor = new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // Registers the async-local context manager and W3C trace-context propagation.
  provider.register();
  current = { resource, spanProcessor, flush: () => provider.forceFlush() };
  return current;
}

/** The platform's tracer; a no-op until startTracing registered a provider. */
export function platformTracer() {
  return trace.getTracer('after-sales-platform');
}

/** Sends the spans still buffered (at shutdown); nothing when tracing is off. */
export async function flushTracing(): Promise<void> {
  await current?.flush();
}
