import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '@libs/config';
import { startTracing, temporalTracingPlugins, TracingSettings } from '@libs/observability/tracing';
import { createDataConverter, PayloadEncryptionConfig } from './codec/data-converter';

export async function connectToTemporal(config: Pick<AppConfig, 'TEMPORAL_ADDRESS'>): Promise<Connection> {
  return Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: '5s' });
}

/** A client with the platform's data converter, so that it reads and writes encrypted payloads. */
export function createTemporalClient(
  connection: Connection,
  config: Pick<AppConfig, 'TEMPORAL_NAMESPACE'> & PayloadEncryptionConfig & TracingSettings,
): Client {
  // Starting a workflow continues the trace of the request that asked for it (when tracing is on).
  const plugins = temporalTracingPlugins(startTracing(config, 'after-sales'));
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config), plugins });
}
