import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { AppConfig } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { installSdkLogging } from '../../apps/worker/src/sdk-logging';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createSuiteDatabase, suiteConfig } from './infrastructure';

export interface TestStack {
  config: AppConfig;
  /** Direct access for arranging data and checking the read model. */
  db: DataSource;
  temporal: Client;
  /** The API listening on an ephemeral port, when asked for. */
  api?: INestApplication;
  /** Stops the worker application (in-flight work is drained), as a deploy or crash would. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real worker application (Nest context, real activities) on a suite-own namespace, task queue and
 * database; optionally the real API application in front of it.
 */
export async function startTestStack(options: { api?: boolean } = {}): Promise<TestStack> {
  const database = await createSuiteDatabase();
  const config = suiteConfig(database.url);
  const db = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config) });

  installSdkLogging(config);
  let worker: INestApplicationContext | undefined;
  const startWorker = async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn'] });
    await worker.init();
  };
  const stopWorker = async () => {
    await worker?.close();
    worker = undefined;
  };
  await startWorker();

  let api: INestApplication | undefined;
  if (options.api) {
    api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
  }

  return {
    config,
    db,
    temporal,
    api,
    startWorker,
    stopWorker,
    async stop() {
      await api?.close();
      await stopWorker();
      await connection.close();
      await db.destroy();
      await database.drop();
    },
  };
}
