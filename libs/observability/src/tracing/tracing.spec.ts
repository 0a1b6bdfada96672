import { trace } from '@opentelemetry/api';
import { startTracing, temporalTracingPlugins } from '.';

describe('tracing switch', () => {
  it('sets nothing up without OTEL_EXPORTER_OTLP_ENDPOINT: no provider, no Temporal plugin, spans do not record', () => {
    expect(startTracing({}, 'after-sales-api')).toBeUndefined();
    expect(startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' }, 'after-sales-api')).toBeUndefined();
    expect(temporalTracingPlugins(undefined)).toEqual([]);
    expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
  });

  it('registers one pipeline per process when an endpoint is set', () => {
    const first = startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/' }, 'after-sales-api');
    expect(first).toBeDefined();
    expect(startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, 'after-sales-worker')).toBe(first);
    expect(first!.resource.attributes['service.name']).toBe('after-sales-api');
    expect(temporalTracingPlugins(first)).toHaveLength(1);
    expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(true);
  });
});
