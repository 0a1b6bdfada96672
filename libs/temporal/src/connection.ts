import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '@libs/config';

export async function connectToTemporal(config: Pick<AppConfig, 'TEMPORAL_ADDRESS'>): Promise<Connection> {
  return Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: '5s' });
}

export function createTemporalClient(connection: Connection, config: Pick<AppConfig, 'TEMPORAL_NAMESPACE'>): Client {
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
}
