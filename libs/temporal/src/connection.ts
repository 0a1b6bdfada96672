import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '@libs/config';
import { createDataConverter, PayloadEncryptionConfig } from './codec/data-converter';

export async function connectToTemporal(config: Pick<AppConfig, 'TEMPORAL_ADDRESS'>): Promise<Connection> {
  return Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: '5s' });
}

/** A client with the platform's data converter, so that it reads and writes encrypted payloads. */
export function createTemporalClient(connection: Connection, config: Pick<AppConfig, 'TEMPORAL_NAMESPACE'> & PayloadEncryptionConfig): Client {
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config) });
}
